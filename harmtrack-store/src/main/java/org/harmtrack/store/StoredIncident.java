package org.harmtrack.store;

import java.time.LocalDate;
import java.util.Objects;
import org.harmtrack.model.Event;

/**
 * An incident as the store returns it: the event with the provenance of the article it came from.
 *
 * @param incidentId "{@code <documentId>#<n>}", n being the event's 1-based position in the extraction
 * @param documentId the article's id
 * @param title      the article's title, or null
 * @param url        the article's address, or null
 * @param publisher  who published the article, or null
 * @param published  the article's publication date, or null
 * @param event      the incident exactly as it was ingested
 */
public record StoredIncident(String incidentId, String documentId, String title, String url, String publisher,
                             LocalDate published, Event event) {
    public StoredIncident {
        Objects.requireNonNull(incidentId, "incidentId");
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(event, "event");
    }

    /** The id the store gives the {@code eventNo}-th (1-based) event of a document. */
    public static String incidentId(String documentId, int eventNo) {
        return documentId + "#" + eventNo;
    }
}
