package org.harmtrack.extract;

/**
 * A document's reading went past its budget
 * ({@link IncidentExtractor#extract(org.harmtrack.model.Document, java.time.Duration)}): it took longer than the time
 * it was given, or gave more casualty figures than any report does ({@link IncidentExtractor#MAX_FIGURES}). The
 * document is to be named and passed over, so that one pathological text cannot hold up or exhaust a batch.
 */
public final class ExtractionOverBudget extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String reason;

    /** The reading of document {@code id} ran past its time. */
    public ExtractionOverBudget(String id) {
        this(id, "took longer than the time one document may take");
    }

    /** The reading of document {@code id} stopped for the reason given ("gave more than ..."). */
    public ExtractionOverBudget(String id, String reason) {
        super("reading document " + id + " " + reason, null, false, false);
        this.reason = reason;
    }

    /** Why the reading stopped, as the end of a sentence whose subject is the reading ("took longer than ..."). */
    public String reason() {
        return reason;
    }
}
