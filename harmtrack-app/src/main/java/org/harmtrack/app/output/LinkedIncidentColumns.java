package org.harmtrack.app.output;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.harmtrack.link.AirwarsScale;
import org.harmtrack.link.IncidentDetails;
import org.harmtrack.link.IncidentSummary;
import org.harmtrack.link.Reconciliation;
import org.harmtrack.link.ReportedEvent;
import org.harmtrack.model.EventDate;
import org.harmtrack.model.Measure;
import org.harmtrack.model.Place;
import org.harmtrack.model.PlacePrecision;
import org.harmtrack.model.Range;
import org.harmtrack.model.Span;
import org.harmtrack.model.VictimCategory;
import org.harmtrack.store.LinkedIncident;
import org.harmtrack.store.StoredIncident;

/**
 * A linked incident as one flat row in the manner of monitors' spreadsheets: when (with the date's own words and
 * precision), where (the place as written, its name, regions, point and precision), what, by whom, reconciled
 * minimum and maximum per victim category and of "dead and injured" where that is all a report gives, the grade and
 * its sources, the reports (ids, titles, addresses) and notes (the first report's evidence sentences), with the rule
 * behind the killed and civilian ranges in words; the grade on Airwars'
 * scale with its sentence, the kinds of targets and weapons (an allegation marked with who alleges it) and each
 * belligerent's latest position. Unknown values are
 * null (never 0); lists are joined with {@code ;}.
 */
public final class LinkedIncidentColumns {
    private static final List<VictimCategory> CATEGORIES = List.of(VictimCategory.ALL, VictimCategory.CIVILIANS,
            VictimCategory.CHILDREN, VictimCategory.WOMEN, VictimCategory.FIGHTERS);

    /** The column names, in order. */
    public static final List<String> NAMES = List.of("incident_id", "date_start", "date_end", "date_text",
            "date_precision", "type", "place_text", "place_name", "country", "admin1", "admin2", "lat", "lon",
            "geo_precision", "killed_min", "killed_max", "civilians_min", "civilians_max", "children_min",
            "children_max", "women_min", "women_max", "fighters_min", "fighters_max", "injured_min", "injured_max",
            "killed_or_injured_min", "killed_or_injured_max", "grade", "sources", "perpetrators", "reports",
            "article_ids", "titles", "urls", "notes", "killed_rule", "civilians_rule", "grade_rule", "airwars_grade",
            "airwars_rule", "targets", "weapons", "belligerent_assessments");

    /** The longest notes a row carries (characters); longer ones end in "…". */
    static final int NOTES_CHARS = 2000;

    private LinkedIncidentColumns() {
    }

    /** The incident's values, in {@link #NAMES} order, without notes (no article texts at hand). */
    public static List<Object> values(LinkedIncident linked, IncidentSummary s) {
        return values(linked, s, id -> null);
    }

    /**
     * The incident's values, in {@link #NAMES} order.
     *
     * @param textOf an article's text by its id, or null when not at hand: the notes are the evidence sentences of
     *               the incident's first report, read from it
     */
    public static List<Object> values(LinkedIncident linked, IncidentSummary s, Function<String, String> textOf) {
        Place p = s.place();
        EventDate told = firstTelling(s);
        List<Object> v = new java.util.ArrayList<>(Arrays.asList(s.incident().id(),
                s.dateStart() == null ? null : s.dateStart().toString(),
                s.dateEnd() == null ? null : s.dateEnd().toString(), told == null ? null : told.text(),
                told == null ? null : told.granularity().key(), s.type().key(),
                p == null ? null : p.text(), p == null ? null : p.name(), p == null ? null : p.country(),
                p == null ? null : p.admin1(), p == null ? null : p.admin2(),
                located(p) ? p.lat() : null, located(p) ? p.lon() : null,
                p == null ? null : p.precision().key()));
        for (VictimCategory c : CATEGORIES) {
            Range r = c == VictimCategory.ALL ? s.killed() : s.range(Measure.KILLED, c);
            v.add(r == null ? null : r.min());
            v.add(r == null ? null : r.max());
        }
        for (Measure m : List.of(Measure.INJURED, Measure.KILLED_OR_INJURED)) {
            Range r = s.range(m, VictimCategory.ALL);
            Range civilians = s.range(m, VictimCategory.CIVILIANS);
            r = r != null ? r : civilians; // "60 civilians dead and injured" is all a report may give
            v.add(r == null ? null : r.min());
            v.add(r == null ? null : r.max());
        }
        v.add(s.grade().grade().key());
        v.add(joined(s.grade().sources()));
        v.add(joined(s.perpetrators()));
        v.add((long) s.incident().events().size());
        v.add(joined(s.incident().articleIds()));
        v.add(joined(linked.reports().stream().map(StoredIncident::title).filter(Objects::nonNull).distinct()
                .toList()));
        v.add(joined(linked.reports().stream().map(StoredIncident::url).filter(Objects::nonNull).distinct()
                .toList()));
        v.add(notes(s, textOf));
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
        v.add(joined(d.assessments().stream().map(b -> b.belligerent() + ": " + b.latest().position().key()
                + (b.latest().killed() == null ? "" : " " + range(b.latest().killed()) + " killed")).toList()));
        return v;
    }

    /**
     * Whether the place is drawn as a point: a locality, a place near a town, a district or a province (the last two
     * at their centroid, which {@code geo_precision} says); a country is no point, so a country-level incident has
     * no coordinates rather than a point in the middle of a desert.
     */
    public static boolean located(Place p) {
        return p != null && p.precision() != PlacePrecision.COUNTRY;
    }

    /** The date as the report that gives the incident's first day words it, or null. */
    private static EventDate firstTelling(IncidentSummary s) {
        EventDate first = null;
        for (ReportedEvent r : s.incident().events()) {
            EventDate d = r.event().date();
            if (d != null && d.start() != null && d.start().equals(s.dateStart()) && d.text() != null) {
                if (first == null || d.end().isBefore(first.end())) {
                    first = d; // the narrowest telling of that first day
                }
            }
        }
        return first;
    }

    /** The evidence sentences of the incident's first report, joined, at most {@link #NOTES_CHARS} characters. */
    private static String notes(IncidentSummary s, Function<String, String> textOf) {
        ReportedEvent first = s.incident().events().get(0);
        String text = textOf.apply(first.documentId());
        if (text == null) {
            return null;
        }
        StringBuilder b = new StringBuilder();
        for (Span e : first.event().evidence()) {
            if (e.end() <= text.length()) {
                b.append(b.length() == 0 ? "" : " … ").append(text, e.start(), e.end());
            }
        }
        String notes = b.toString().replaceAll("\\s+", " ").strip();
        return notes.isEmpty() ? null : notes.length() <= NOTES_CHARS ? notes
                : notes.substring(0, NOTES_CHARS - 1) + "…";
    }

    private static String range(Range r) {
        return r.min() == r.max() ? String.valueOf(r.min()) : r.min() + "-" + r.max();
    }

    private static String rule(IncidentSummary s, VictimCategory c) {
        Reconciliation.Reconciled r = s.figures().get(IncidentSummary.key(Measure.KILLED, c));
        return r == null ? null : r.explanation();
    }

    private static String joined(List<String> items) {
        return items.isEmpty() ? null : items.stream().collect(Collectors.joining(";"));
    }
}
