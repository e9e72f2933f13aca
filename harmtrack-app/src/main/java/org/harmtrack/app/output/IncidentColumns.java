package org.harmtrack.app.output;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.harmtrack.model.Event;
import org.harmtrack.model.EventDate;
import org.harmtrack.model.Perpetrator;
import org.harmtrack.model.Place;
import org.harmtrack.model.Range;
import org.harmtrack.store.StoredIncident;

/**
 * An incident as one flat row: the columns of the CSV output and the properties of the GeoJSON one.
 * Values are String, Long or Double, or null where the incident has no such value (unknown counts stay null,
 * never 0). Lists are joined with {@code ;}.
 */
public final class IncidentColumns {
    /** The column names, in order. */
    public static final List<String> NAMES = List.of("incident_id", "document_id", "date_start", "date_end", "type",
            "place_name", "place_text", "country", "admin1", "admin2", "lat", "lon", "precision",
            "killed_min", "killed_max", "injured_min", "injured_max", "civilians_min", "civilians_max",
            "children_min", "children_max", "perpetrators", "sources", "url");

    private IncidentColumns() {
    }

    /** The incident's values, in {@link #NAMES} order. */
    public static List<Object> values(StoredIncident incident) {
        Event e = incident.event();
        EventDate d = e.date();
        Place p = e.place();
        return Arrays.asList(incident.incidentId(), incident.documentId(),
                d == null || d.start() == null ? null : d.start().toString(),
                d == null || d.end() == null ? null : d.end().toString(),
                e.type().key(),
                p == null ? null : p.name(), p == null ? null : p.text(), p == null ? null : p.country(),
                p == null ? null : p.admin1(), p == null ? null : p.admin2(),
                p == null ? null : p.lat(), p == null ? null : p.lon(), p == null ? null : p.precision().key(),
                min(e.killed()), max(e.killed()), min(e.injured()), max(e.injured()),
                min(e.civiliansKilled()), max(e.civiliansKilled()), min(e.childrenKilled()), max(e.childrenKilled()),
                joined(e.perpetrators(), Perpetrator::name), joined(e.sources(), Function.identity()),
                incident.url());
    }

    /** A value as text: numbers without exponent, null as the empty string. */
    static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double x) {
            return BigDecimal.valueOf(x).stripTrailingZeros().toPlainString();
        }
        return value.toString();
    }

    private static Long min(Range r) {
        return r == null ? null : r.min();
    }

    private static Long max(Range r) {
        return r == null ? null : r.max();
    }

    private static <T> String joined(List<T> items, Function<T, String> name) {
        if (items.isEmpty()) {
            return null;
        }
        return items.stream().map(name).distinct().collect(Collectors.joining(";"));
    }
}
