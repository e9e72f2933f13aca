package org.harmtrack.store;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.harmtrack.extract.HitVocabulary;
import org.harmtrack.link.Corroboration;
import org.harmtrack.model.EventType;
import org.harmtrack.model.TargetKind;
import org.harmtrack.model.WeaponKind;

/**
 * The one reader of incident filters, for the command line ({@code incidents --country Syria}) and the HTTP API
 * ({@code ?country=Syria}): each filter by its name and text value, checked, into an {@link IncidentSearch}. A value
 * a filter does not take is a {@link BadFilter} naming the filter, the value and what it takes; each front end words
 * it its own way (an option, a query parameter).
 *
 * <p>Filters: {@code country} (ISO 3166 code or a country's name), {@code from}, {@code to} (YYYY-MM-DD),
 * {@code bbox} (south,west,north,east), {@code near} (lat,lon) with {@code within} (km, default
 * {@value #DEFAULT_WITHIN_KM}), {@code perpetrator}, {@code min_killed}, {@code text}, {@code target},
 * {@code weapon}, {@code type}, {@code grade} and {@code sort}. Thread-safe: stateless.
 */
public final class IncidentFilters {
    /** The filters' names, as the API takes them (the command line writes '_' as '-' and adds "--"). */
    public static final List<String> NAMES = List.of("country", "from", "to", "bbox", "near", "within", "perpetrator",
            "min_killed", "text", "target", "weapon", "type", "grade", "sort");
    public static final double DEFAULT_WITHIN_KM = 25;

    /** A filter's value that it does not take. */
    public static final class BadFilter extends IllegalArgumentException {
        private final String filter;
        private final String value;
        private final String expected;

        BadFilter(String filter, String value, String expected) {
            super(filter + " " + expected + ", not '" + value + "'");
            this.filter = filter;
            this.value = value;
            this.expected = expected;
        }

        /** The filter's name ("min_killed"). */
        public String filter() {
            return filter;
        }

        public String value() {
            return value;
        }

        /** What the filter takes, as a phrase: "takes a date as YYYY-MM-DD". */
        public String expected() {
            return expected;
        }
    }

    private IncidentFilters() {
    }

    /**
     * The search the filters describe, {@code limit} incidents from the first.
     *
     * @param values    a filter's value by its name; null when the filter is not given
     * @param countries a country's ISO code from its name ("Syria"), asked only for a value that is not a code
     */
    public static IncidentSearch read(Function<String, String> values, Function<String, Optional<String>> countries,
                                      int limit) {
        IncidentQuery q = IncidentQuery.all().withLimit(limit);
        String country = given(values, "country");
        if (country != null) {
            String code = country.matches("[A-Za-z]{2}") ? country : countries.apply(country).orElseThrow(() ->
                    new BadFilter("country", country, "takes a country's ISO 3166 code or name, such as SY or Syria"));
            q = q.withCountry(code);
        }
        LocalDate from = date(values, "from");
        LocalDate to = date(values, "to");
        if (from != null && to != null && from.isAfter(to)) {
            throw new BadFilter("from", from.toString(), "must not be after 'to' (" + to + ")");
        }
        q = q.withDates(from, to);
        String near = given(values, "near");
        String within = given(values, "within");
        if (within != null && near == null) {
            throw new BadFilter("within", within, "needs 'near' (LAT,LON)");
        }
        if (near != null) {
            double[] at = numbers(near, "near", 2, "takes LAT,LON in decimal degrees, such as 36.2,37.16");
            double radius = within == null ? DEFAULT_WITHIN_KM : numbers(within, "within", 1, "takes a number of km")[0];
            if (!(at[0] >= -90 && at[0] <= 90 && at[1] >= -180 && at[1] <= 180)) {
                throw new BadFilter("near", near, "takes a latitude within -90..90 and a longitude within -180..180");
            }
            if (!(radius > 0)) {
                throw new BadFilter("within", within, "takes a positive number of kilometres");
            }
            q = q.withNear(at[0], at[1], radius);
        }
        String perpetrator = given(values, "perpetrator");
        q = perpetrator == null ? q : q.withPerpetrator(perpetrator);
        String minKilled = given(values, "min_killed");
        q = minKilled == null ? q : q.withMinKilled(whole(minKilled, "min_killed"));
        String text = given(values, "text");
        q = text == null ? q : q.withText(text);
        String target = given(values, "target");
        if (target != null) {
            q = q.withTarget(HitVocabulary.target(target).orElseThrow(() -> new BadFilter("target", target,
                    "takes a kind of target (" + kinds(TargetKind.values()) + ") or words of one (hospital)")));
        }
        String weapon = given(values, "weapon");
        if (weapon != null) {
            q = q.withWeapon(HitVocabulary.weapon(weapon).orElseThrow(() -> new BadFilter("weapon", weapon,
                    "takes a means (" + kinds(WeaponKind.values()) + ") or words of one (cluster bombs)")));
        }
        IncidentSearch search = IncidentSearch.of(q);
        String bbox = given(values, "bbox");
        if (bbox != null) {
            double[] b = numbers(bbox, "bbox", 4, "takes SOUTH,WEST,NORTH,EAST in decimal degrees");
            try {
                search = search.withBox(new IncidentSearch.Box(b[0], b[1], b[2], b[3]));
            } catch (IllegalArgumentException e) {
                throw new BadFilter("bbox", bbox, "takes SOUTH,WEST,NORTH,EAST: " + e.getMessage());
            }
        }
        String type = given(values, "type");
        search = type == null ? search : search.withType(key(EventType.class, type, "type"));
        String grade = given(values, "grade");
        search = grade == null ? search : search.withGrade(key(Corroboration.Grade.class, grade, "grade"));
        String sort = given(values, "sort");
        if (sort != null) {
            try {
                search = search.withSort(IncidentSearch.Sort.ofKey(sort));
            } catch (IllegalArgumentException e) {
                throw new BadFilter("sort", sort, "takes date, -date, -killed or -reports");
            }
        }
        return search;
    }

    /** The filter's value, trimmed; null when not given; a blank one is refused. */
    private static String given(Function<String, String> values, String name) {
        String v = values.apply(name);
        if (v == null) {
            return null;
        }
        if (v.isBlank()) {
            throw new BadFilter(name, v, "must not be blank");
        }
        return v.strip();
    }

    private static LocalDate date(Function<String, String> values, String name) {
        String v = given(values, name);
        try {
            return v == null ? null : LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw new BadFilter(name, v, "takes a date as YYYY-MM-DD");
        }
    }

    private static long whole(String v, String name) {
        try {
            long n = Long.parseLong(v);
            if (n >= 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // told below
        }
        throw new BadFilter(name, v, "takes a whole number from 0");
    }

    private static double[] numbers(String v, String name, int count, String expected) {
        String[] parts = v.split(",", -1);
        if (parts.length != count) {
            throw new BadFilter(name, v, expected);
        }
        double[] out = new double[count];
        for (int i = 0; i < count; i++) {
            try {
                out[i] = Double.parseDouble(parts[i].trim());
            } catch (NumberFormatException e) {
                throw new BadFilter(name, v, expected);
            }
            if (!Double.isFinite(out[i])) {
                throw new BadFilter(name, v, expected);
            }
        }
        return out;
    }

    /** An enum constant by its key ("drone_strike", "single-source", "Single Source"). */
    private static <E extends Enum<E>> E key(Class<E> kind, String value, String name) {
        for (E e : kind.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(value.replace('-', '_').replace(' ', '_'))) {
                return e;
            }
        }
        throw new BadFilter(name, value, "takes one of " + String.join(", ", Arrays.stream(kind.getEnumConstants())
                .map(e -> e.name().toLowerCase(Locale.ROOT)).toList()));
    }

    private static String kinds(Enum<?>[] kinds) {
        return String.join(", ", Arrays.stream(kinds).map(k -> k.name().toLowerCase(Locale.ROOT).replace('_', ' '))
                .toList());
    }
}
