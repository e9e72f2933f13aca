package org.harmtrack.extract;

/**
 * A document's reading took longer than the time it was given
 * ({@link IncidentExtractor#extract(org.harmtrack.model.Document, java.time.Duration)}): the document is to be named
 * and passed over, so that one pathological text cannot hold up a batch.
 */
public final class ExtractionOverBudget extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The reading of document {@code id} ran past its time. */
    public ExtractionOverBudget(String id) {
        super("reading document " + id + " took longer than its time budget", null, false, false);
    }
}
