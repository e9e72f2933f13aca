package org.harmtrack.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.harmtrack.link.Incident;
import org.harmtrack.link.IncidentLinker;
import org.harmtrack.link.ReportedEvent;

/**
 * Files just-written events under incidents that were linked elsewhere (by the Spark job, over a whole corpus),
 * instead of linking them here: each event joins the incident id it was given, which is created if new, and every
 * incident touched gets its summary (reconciled figures, grade) rewritten by {@link IncidentLinks#updateSummaries},
 * the same code that summarises the incidents this store links itself. An incident given over several batches
 * gathers its reports across them. Not thread-safe; one instance works for one transaction.
 */
final class LinkedElsewhere {
    private final IncidentLinks links;

    LinkedElsewhere(IncidentLinks links) {
        this.links = links;
    }

    /**
     * @param pending    the events written in this transaction, and the incidents their articles' old versions had
     * @param incidentOf report key ("doc#0") to incident id; a report not in it is an incident of its own
     */
    void place(IncidentLinks.Pending pending, Map<String, String> incidentOf) throws SQLException {
        Map<String, List<ReportedEvent>> given = new TreeMap<>();
        for (ReportedEvent r : pending.fresh()) {
            given.computeIfAbsent(incidentOf.getOrDefault(r.key(), IncidentLinker.idFor(r)),
                    id -> new ArrayList<>()).add(r);
        }
        Set<String> touched = new TreeSet<>(given.keySet());
        touched.addAll(pending.previous());
        Map<String, String> storedOf = links.members(touched);
        Map<String, List<ReportedEvent>> reports = new TreeMap<>();
        for (ReportedEvent r : links.stored(storedOf.keySet())) {
            reports.computeIfAbsent(storedOf.get(r.key()), id -> new ArrayList<>()).add(r);
        }
        try (PreparedStatement insert = links.insertReport()) {
            for (Map.Entry<String, List<ReportedEvent>> e : given.entrySet()) {
                if (!links.isLive(e.getKey())) {
                    links.insertIncident(e.getKey());
                }
                for (ReportedEvent r : e.getValue()) {
                    IncidentLinks.addReport(insert, r, e.getKey());
                }
                reports.computeIfAbsent(e.getKey(), id -> new ArrayList<>()).addAll(e.getValue());
            }
            insert.executeBatch();
        }
        List<Incident> groups = new ArrayList<>();
        for (Map.Entry<String, List<ReportedEvent>> e : reports.entrySet()) {
            List<ReportedEvent> events = new ArrayList<>(e.getValue());
            events.sort(Comparator.comparing(ReportedEvent::key));
            groups.add(new Incident(e.getKey(), events));
        }
        links.updateSummaries(groups, groups.stream().map(Incident::id).toArray(String[]::new));
        links.dropEmptyIncidents(pending.previous());
    }
}
