package org.harmtrack.store;

import java.util.List;
import java.util.Objects;
import org.harmtrack.link.Incident;

/**
 * An incident as the store keeps it: the reports of several articles linked into one, with each report's
 * provenance.
 *
 * @param incident the linked reports, ready for {@link org.harmtrack.link.Reconciliation} and
 *                 {@link org.harmtrack.link.Corroboration}; its id is the store's stable incident id
 * @param reports  each report as stored (article title, address, publisher, date), in the order of
 *                 {@code incident.events()}
 */
public record LinkedIncident(Incident incident, List<StoredIncident> reports) {
    public LinkedIncident {
        Objects.requireNonNull(incident, "incident");
        reports = List.copyOf(reports);
        if (reports.size() != incident.events().size()) {
            throw new IllegalArgumentException("one stored report per event: " + reports.size() + " reports for "
                    + incident.events().size() + " events");
        }
    }

    /** The incident's stable id. */
    public String id() {
        return incident.id();
    }
}
