package org.harmtrack.link;

import java.util.List;
import java.util.Objects;

/**
 * Reports of one incident.
 *
 * @param id     a stable id derived from the incident's earliest report (the same input gives the same id, in any
 *               order; see {@link IncidentLinker#idFor})
 * @param events the reports' events, ordered by report id
 */
public record Incident(String id, List<ReportedEvent> events) implements java.io.Serializable {
    public Incident {
        Objects.requireNonNull(id, "id");
        events = List.copyOf(events);
    }

    /** The ids of the reports that tell of this incident, each once, in order. */
    public List<String> articleIds() {
        return events.stream().map(ReportedEvent::documentId).distinct().toList();
    }
}
