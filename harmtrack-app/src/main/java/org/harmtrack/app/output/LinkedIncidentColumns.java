package org.harmtrack.app.output;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.harmtrack.link.AirwarsScale;
import org.harmtrack.link.IncidentDetails;
import org.harmtrack.link.IncidentSummary;
import org.harmtrack.link.Reconciliation;
import org.harmtrack.model.Measure;
import org.harmtrack.model.Place;
import org.harmtrack.model.Range;
import org.harmtrack.model.VictimCategory;
import org.harmtrack.store.LinkedIncident;
import org.harmtrack.store.StoredIncident;

/**
 * A linked incident as one flat row in the manner of monitors' spreadsheets: when, where (with precision), what,
 * by whom, reconciled minimum and maximum per victim category, the grade and its sources, and the reports
 * (article ids and addresses), with the rule behind the killed and civilian ranges in words; the grade on Airwars'
 * scale with its sentence, the kinds of targets and weapons (an allegation marked with who alleges it) and each
 * belligerent's latest position. Unknown values are
 * null (never 0); lists are joined with {@code ;}.
 */
public final class LinkedIncidentColumns {
    private static final List<VictimCategory> CATEGORIES = List.of(VictimCategory.ALL, VictimCategory.CIVILIANS,
            VictimCategory.CHILDREN, VictimCategory.WOMEN, VictimCategory.FIGHTERS);

    /** The column names, in order. */
    public static final List<String> NAMES = List.of("incident_id", "date_start", "date_end", "type", "place_name",
            "country", "admin1", "admin2", "lat", "lon", "precision", "killed_min", "killed_max", "civilians_min",
            "civilians_max", "children_min", "children_max", "women_min", "women_max", "fighters_min",
            "fighters_max", "injured_min", "injured_max", "grade", "sources", "perpetrators", "reports",
            "article_ids", "urls", "killed_rule", "civilians_rule", "grade_rule", "airwars_grade", "airwars_rule",
            "targets", "weapons", "assessments");

    private LinkedIncidentColumns() {
    }

    /** The incident's values, in {@link #NAMES} order. */
    public static List<Object> values(LinkedIncident linked, IncidentSummary s) {
        Place p = s.place();
        List<Object> v = new java.util.ArrayList<>(Arrays.asList(s.incident().id(),
                s.dateStart() == null ? null : s.dateStart().toString(),
                s.dateEnd() == null ? null : s.dateEnd().toString(), s.type().key(),
                p == null ? null : p.name(), p == null ? null : p.country(), p == null ? null : p.admin1(),
                p == null ? null : p.admin2(), p == null ? null : p.lat(), p == null ? null : p.lon(),
                p == null ? null : p.precision().key()));
        for (VictimCategory c : CATEGORIES) {
            Range r = c == VictimCategory.ALL ? s.killed() : s.range(Measure.KILLED, c);
            v.add(r == null ? null : r.min());
            v.add(r == null ? null : r.max());
        }
        Range injured = s.range(Measure.INJURED, VictimCategory.ALL);
        v.add(injured == null ? null : injured.min());
        v.add(injured == null ? null : injured.max());
        v.add(s.grade().grade().key());
        v.add(joined(s.grade().sources()));
        v.add(joined(s.perpetrators()));
        v.add((long) s.incident().events().size());
        v.add(joined(s.incident().articleIds()));
        v.add(joined(linked.reports().stream().map(StoredIncident::url).filter(Objects::nonNull).distinct()
                .toList()));
        v.add(rule(s, VictimCategory.ALL));
        v.add(rule(s, VictimCategory.CIVILIANS));
        v.add(s.grade().explanation());
        IncidentDetails d = IncidentDetails.of(s.incident());
        AirwarsScale.Graded airwars = AirwarsScale.of(s, d);
        v.add(airwars.grade().key());
        v.add(airwars.explanation());
        v.add(joined(d.targets().stream().map(t -> t.item().kind().key()).toList()));
        // "cluster munitions (alleged by the government)": an allegation stays one in a spreadsheet too
        v.add(joined(d.weapons().stream().map(w -> w.item().kind().key() + (w.item().alleged()
                ? " (alleged by " + w.item().allegedBy() + ")" : "")).toList()));
        v.add(joined(d.assessments().stream().map(b -> b.belligerent() + ": " + b.latest().position().key()).toList()));
        return v;
    }

    private static String rule(IncidentSummary s, VictimCategory c) {
        Reconciliation.Reconciled r = s.figures().get(IncidentSummary.key(Measure.KILLED, c));
        return r == null ? null : r.explanation();
    }

    private static String joined(List<String> items) {
        return items.isEmpty() ? null : items.stream().collect(Collectors.joining(";"));
    }
}
