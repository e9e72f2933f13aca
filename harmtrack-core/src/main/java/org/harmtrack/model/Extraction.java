package org.harmtrack.model;

import java.util.List;
import java.util.Objects;

/** What the extractor read in one document: its incidents and its campaign-level aggregates. */
public record Extraction(String documentId, List<Event> events, List<Aggregate> aggregates) implements java.io.Serializable {
    public Extraction {
        Objects.requireNonNull(documentId, "documentId");
        events = List.copyOf(events);
        aggregates = List.copyOf(aggregates);
    }
}
