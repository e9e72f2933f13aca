package org.harmtrack.link;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.harmtrack.model.Event;
import org.harmtrack.model.EventType;
import org.harmtrack.model.Figure;
import org.harmtrack.model.Measure;
import org.harmtrack.model.Perpetrator;
import org.harmtrack.model.Place;
import org.harmtrack.model.Range;
import org.harmtrack.model.VictimCategory;

/**
 * One incident as a monitor's record: when, where, what, by whom, its reconciled figures and its grade, derived
 * from its reports by documented rules:
 * <ul>
 *   <li>dates: from the earliest first day to the latest last day any report gives (null when none is dated);</li>
 *   <li>place: the finest any report gives (locality before near before district...), among equally fine ones
 *       the one most reports name, then the earliest report's;</li>
 *   <li>type: the kind most reports give, a specific kind ("airstrike") before a generic one ("attack");</li>
 *   <li>perpetrators: every one any report names, in report order;</li>
 *   <li>figures: {@link Reconciliation}; grade: {@link Corroboration}.</li>
 * </ul>
 *
 * @param figures  the reconciled ranges, keyed "killed/all", "killed/civilians", "injured/all" ...
 */
public record IncidentSummary(Incident incident, LocalDate dateStart, LocalDate dateEnd, Place place,
                              EventType type, List<String> perpetrators,
                              Map<String, Reconciliation.Reconciled> figures, Corroboration.Assessment grade) {
    public IncidentSummary {
        Objects.requireNonNull(incident, "incident");
        perpetrators = List.copyOf(perpetrators);
        figures = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(figures));
    }

    /** The incident's summary. */
    public static IncidentSummary of(Incident incident) {
        LocalDate start = null;
        LocalDate end = null;
        Map<Long, Integer> placeVotes = new LinkedHashMap<>();
        Map<EventType, Integer> typeVotes = new LinkedHashMap<>();
        Set<String> perpetrators = new LinkedHashSet<>();
        List<Place> places = new ArrayList<>();
        for (ReportedEvent r : incident.events()) {
            Event e = r.event();
            if (e.date() != null && e.date().start() != null) {
                start = start == null || e.date().start().isBefore(start) ? e.date().start() : start;
                end = end == null || e.date().end().isAfter(end) ? e.date().end() : end;
            }
            if (e.place() != null) {
                places.add(e.place());
                placeVotes.merge(e.place().geonamesId(), 1, Integer::sum);
            }
            typeVotes.merge(e.type(), 1, Integer::sum);
            e.perpetrators().stream().map(Perpetrator::name).forEach(perpetrators::add);
        }
        Place place = places.stream()
                .min(Comparator.comparing(Place::precision)
                        .thenComparing(p -> -placeVotes.get(p.geonamesId())))
                .orElse(null);
        EventType type = typeVotes.entrySet().stream()
                .max(Comparator.<Map.Entry<EventType, Integer>, Boolean>comparing(
                                t -> !LinkEvidence.GENERIC.contains(t.getKey()))
                        .thenComparing(Map.Entry::getValue))
                .map(Map.Entry::getKey).orElse(EventType.OTHER);
        Map<String, Reconciliation.Reconciled> figures = new LinkedHashMap<>();
        for (Reconciliation.Reconciled f : Reconciliation.reconcile(incident)) {
            figures.put(key(f.measure(), f.category()), f);
        }
        raiseTotalToItsParts(figures);
        return new IncidentSummary(incident, start, end, place, type, new ArrayList<>(perpetrators), figures,
                Corroboration.assess(incident));
    }

    /** The key of a measure and category in {@link #figures}: "killed/civilians". */
    public static String key(Measure measure, VictimCategory category) {
        return measure.key() + "/" + category.key();
    }

    /**
     * A total of the killed is never below a part of it: a ministry's "no one was killed" beside a father's count of
     * 47 civilians is 0 to 47 killed, not 0. Raises the maximum of the killed/all figure to the largest exact count a
     * report gives of a part (civilians, children ...), and says so in its rule. A vague part ("many of them
     * children") does not raise it: there the total bounds the part, not the other way round.
     */
    private static void raiseTotalToItsParts(Map<String, Reconciliation.Reconciled> figures) {
        String key = key(Measure.KILLED, VictimCategory.ALL);
        Reconciliation.Reconciled all = figures.get(key);
        if (all == null) {
            return;
        }
        long most = all.range().max();
        Reconciliation.Claim because = null;
        for (Reconciliation.Reconciled f : figures.values()) {
            if (f.measure() != Measure.KILLED || f.category() == VictimCategory.ALL) {
                continue;
            }
            for (Reconciliation.Claim c : f.claims()) {
                if (!c.approximate() && c.stance() != Figure.Stance.DENIED && c.count().max() > most) {
                    most = c.count().max();
                    because = c;
                }
            }
        }
        if (because != null) {
            figures.put(key, new Reconciliation.Reconciled(Measure.KILLED, VictimCategory.ALL,
                    new Range(all.range().min(), most), all.explanation() + "; max raised to " + most + ": "
                    + because.source() + " counts " + most + " " + because.category().key()
                    + " killed, and a total is never below its part", all.claims()));
        }
    }

    /**
     * The total killed: the reconciled range of the reports' figures for everyone killed (never below a part of it),
     * or, when no report gives such a figure (only a breakdown, "3 civilians and 5 fighters"), from the lowest to the
     * highest total the reports' events add up to; null when unknown.
     */
    public Range killed() {
        Range r = range(Measure.KILLED, VictimCategory.ALL);
        if (r != null) {
            return r;
        }
        for (ReportedEvent e : incident.events()) {
            Range k = e.event().killed();
            if (k != null) {
                r = r == null ? k : r.hull(k);
            }
        }
        return r;
    }

    /** The reconciled range of a measure and category, or null when no report gives one. */
    public Range range(Measure measure, VictimCategory category) {
        Reconciliation.Reconciled r = figures.get(key(measure, category));
        return r == null ? null : r.range();
    }
}
