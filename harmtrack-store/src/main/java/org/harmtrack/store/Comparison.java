package org.harmtrack.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.harmtrack.gazetteer.Gazetteer;
import org.harmtrack.gazetteer.GeoEntry;
import org.harmtrack.link.IncidentSummary;
import org.harmtrack.model.Aggregate;
import org.harmtrack.model.Measure;
import org.harmtrack.model.Perpetrator;
import org.harmtrack.model.Range;
import org.harmtrack.model.VictimCategory;

/**
 * Official figures beside other figures and beside the incidents: for a country and a period, the campaign-level
 * claims of officials (a belligerent, a ministry, a coalition), the campaign-level claims of everyone else
 * (monitors, local sources, journalists), and the sums of the linked incidents' reconciled ranges.
 *
 * <p>Rules, documented so that a reader can check each number:
 * <ul>
 *   <li>An aggregate belongs to the country when one of the places it names is, or is in, that country (by the
 *       gazetteer); an aggregate naming no place is left out and listed apart.</li>
 *   <li>It belongs to the period when its period overlaps it; one whose period the text does not resolve is
 *       listed apart, as "without a period".</li>
 *   <li>It is official when its source is a belligerent it names, or is called so ({@link #OFFICIAL}: ministry,
 *       military, coalition, government, command, spokesperson, officials ...).</li>
 *   <li>One article's repeats of one figure (same measure, count and period: a headline and its sentence) count
 *       once, the one naming most places kept.</li>
 *   <li>Incidents: the linked incidents with a report placed in the country whose dates overlap the period; for
 *       killed and civilians killed, the sum of their minimums and the sum of their maximums, with the number of
 *       incidents that give no such figure. Undated incidents of the country are counted, not summed.</li>
 * </ul>
 * Reads the store; holds nothing.
 */
public final class Comparison {
    /** Words that make a source official. */
    public static final Pattern OFFICIAL = Pattern.compile("\\b(coalition|ministry|minister|military|army|armed forces"
            + "|air force|navy|government|pentagon|centcom|command|spokes(?:man|woman|person)|defen[cs]e|officials?"
            + "|authorities|president|idf|mod)\\b", Pattern.CASE_INSENSITIVE);

    /** Sums of one measure over the incidents. */
    public record Sum(String measure, long min, long max, int incidents, int unknown) {
    }

    /** What {@code compare} shows. */
    public record Result(String country, LocalDate from, LocalDate to, List<StoredAggregate> official,
                  List<StoredAggregate> other, List<StoredAggregate> withoutPeriod, List<StoredAggregate> unplaced,
                  int incidents, int undatedIncidents, List<Sum> sums) {
        /** How many claims of the period name no place, so that no country's comparison counts them. */
        public int unplacedAggregates() {
            return unplaced.size();
        }
    }

    private final IncidentStore store;
    private final Gazetteer gazetteer;

    public Comparison(IncidentStore store, Gazetteer gazetteer) {
        this.store = Objects.requireNonNull(store, "store");
        this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
    }

    /** The country code a region names: an ISO code ("SY") or a country's name or adjective ("Syria"). */
    public static Optional<String> country(Gazetteer gazetteer, String region) {
        String r = region.trim();
        if (r.matches("[A-Za-z]{2}") && gazetteer.country(r).isPresent()) {
            return Optional.of(r.toUpperCase(Locale.ROOT));
        }
        return gazetteer.countryOfWord(r);
    }

    /** The comparison for a country (ISO code) and a period (either end may be null: open). */
    public Result compare(String country, LocalDate from, LocalDate to) {
        List<StoredAggregate> official = new ArrayList<>();
        List<StoredAggregate> other = new ArrayList<>();
        List<StoredAggregate> withoutPeriod = new ArrayList<>();
        List<StoredAggregate> unplaced = new ArrayList<>();
        for (StoredAggregate a : distinct(store.aggregates(from, to))) {
            if (a.aggregate().places().isEmpty()) {
                unplaced.add(a);
                continue;
            }
            if (a.aggregate().places().stream().noneMatch(p -> isIn(p, country))) {
                continue;
            }
            if (a.aggregate().period() == null || a.aggregate().period().start() == null) {
                withoutPeriod.add(a);
            } else if (isOfficial(a.aggregate())) {
                official.add(a);
            } else {
                other.add(a);
            }
        }
        IncidentQuery inCountry = IncidentQuery.all().withCountry(country).withLimit(Integer.MAX_VALUE);
        int incidents = 0;
        int undated = 0;
        Map<String, long[]> sums = new LinkedHashMap<>();
        sums.put("killed", new long[4]);
        sums.put("civilians_killed", new long[4]);
        for (LinkedIncident li : store.linkedIncidents(inCountry)) {
            IncidentSummary s = IncidentSummary.of(li.incident());
            if (s.dateStart() == null) {
                undated++;
                continue;
            }
            if ((from != null && s.dateEnd().isBefore(from)) || (to != null && s.dateStart().isAfter(to))) {
                continue;
            }
            incidents++;
            add(sums.get("killed"), s.killed());
            add(sums.get("civilians_killed"), s.range(Measure.KILLED, VictimCategory.CIVILIANS));
        }
        List<Sum> result = new ArrayList<>();
        sums.forEach((measure, v) -> result.add(new Sum(measure, v[0], v[1], (int) v[2], (int) v[3])));
        return new Result(country, from, to, official, other, withoutPeriod, unplaced, incidents, undated, result);
    }

    private static void add(long[] sum, Range r) {
        if (r == null) {
            sum[3]++;
        } else {
            sum[0] += r.min();
            sum[1] += r.max();
            sum[2]++;
        }
    }

    /** Whether an aggregate names a place in the country (ISO code), as the comparison counts it in. */
    public boolean namesPlaceIn(Aggregate a, String country) {
        return a.places().stream().anyMatch(p -> isIn(p, country));
    }

    private boolean isIn(String place, String country) {
        if (gazetteer.countryOfWord(place).map(country::equals).orElse(false)) {
            return true;
        }
        for (GeoEntry e : gazetteer.lookup(place)) {
            if (country.equals(e.country())) {
                return true;
            }
        }
        return false;
    }

    /** Whether the claim comes from officials: a belligerent it names, or a source called official. */
    public static boolean isOfficial(Aggregate a) {
        String source = a.attributedTo();
        if (source == null) {
            return false;
        }
        for (Perpetrator p : a.perpetrators()) {
            if (p.kind() != Perpetrator.ActorKind.UNKNOWN && (source.equalsIgnoreCase(p.name())
                    || (p.text() != null && source.equalsIgnoreCase(p.text())))) {
                return true;
            }
        }
        return OFFICIAL.matcher(source).find();
    }

    /** One article's repeats of a figure (same measure, count and period) once, the one naming most places. */
    private static List<StoredAggregate> distinct(List<StoredAggregate> all) {
        Map<String, StoredAggregate> kept = new LinkedHashMap<>();
        for (StoredAggregate a : all) {
            Aggregate g = a.aggregate();
            String key = a.documentId() + "|" + g.measure() + "|" + g.count() + "|"
                    + (g.period() == null ? "" : g.period().start() + ".." + g.period().end());
            kept.merge(key, a, (x, y) -> y.aggregate().places().size() > x.aggregate().places().size() ? y : x);
        }
        return new ArrayList<>(kept.values());
    }
}
