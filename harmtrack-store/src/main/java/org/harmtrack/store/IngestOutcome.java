package org.harmtrack.store;

/** What {@link IncidentStore#ingest} did with an article. */
public enum IngestOutcome {
    /** The article was new and has been stored. */
    STORED,
    /** The article was stored with another text; its text, metadata, events and aggregates were replaced. */
    UPDATED,
    /** The article was already stored with the same text; nothing was written. */
    UNCHANGED
}
