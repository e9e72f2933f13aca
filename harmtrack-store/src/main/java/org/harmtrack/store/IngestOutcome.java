package org.harmtrack.store;

/** What {@link IncidentStore#ingest} did with an article. */
public enum IngestOutcome {
    /** The article was new and has been stored. */
    STORED,
    /** The article was stored with another text; its text, metadata, events and aggregates were replaced. */
    UPDATED,
    /** The article was already stored with the same text; nothing was written. */
    UNCHANGED,
    /**
     * A new id whose text is exactly that of an article stored under another id (one wire copy at two addresses):
     * nothing was written, so the copy counts once. Near-copies are stored and counted once as sources instead
     * ({@link org.harmtrack.link.Corroboration}).
     */
    DUPLICATE
}
