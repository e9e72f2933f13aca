package org.harmtrack.app.web;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.harmtrack.link.Corroboration;
import org.harmtrack.model.EventType;
import org.harmtrack.extract.HitVocabulary;
import org.harmtrack.store.IncidentQuery;
import org.harmtrack.store.IncidentSearch;

/**
 * Reads the incident filters of a request's query string into an {@link IncidentSearch}; a nonsense value is a
 * 400 naming the parameter and the value.
 *
 * <p>Parameters: {@code bbox=south,west,north,east}, {@code country}, {@code from}, {@code to} (YYYY-MM-DD),
 * {@code near=lat,lon} with {@code within} (km, default 25), {@code perpetrator}, {@code type}, {@code min_killed},
 * {@code grade}, {@code text}, {@code sort} (date, -date, -killed, -reports), {@code page} (from 1) and
 * {@code size} (up to {@code maxSize}).
 */
final class SearchParams {
    private SearchParams() {
    }

    static IncidentSearch read(Context ctx, int defaultSize, int maxSize,
                               java.util.function.Function<String, java.util.Optional<String>> countries) {
        IncidentQuery q = IncidentQuery.all();
        String country = param(ctx, "country");
        if (country != null) {
            String code = country.strip().matches("[A-Za-z]{2}") ? country.strip() : countries.apply(country)
                    .orElseThrow(() -> ApiError.badParameter("country", country,
                            "takes a country's ISO 3166 code or name, such as SY or Syria"));
            q = q.withCountry(code);
        }
        LocalDate from = date(ctx, "from");
        LocalDate to = date(ctx, "to");
        if (from != null && to != null && from.isAfter(to)) {
            throw ApiError.badParameter("from", from.toString(), "must not be after 'to' (" + to + ")");
        }
        q = q.withDates(from, to);
        String near = param(ctx, "near");
        if (near != null) {
            double[] at = numbers(near, "near", 2, "takes LAT,LON in decimal degrees");
            double within = number(ctx, "within", 25);
            try {
                q = q.withNear(at[0], at[1], within);
            } catch (IllegalArgumentException e) {
                throw new ApiError(400, "parameters 'near'/'within': " + e.getMessage());
            }
        }
        String perpetrator = param(ctx, "perpetrator");
        if (perpetrator != null) {
            q = q.withPerpetrator(perpetrator);
        }
        String minKilled = param(ctx, "min_killed");
        if (minKilled != null) {
            q = q.withMinKilled(integer(minKilled, "min_killed", 0, Long.MAX_VALUE));
        }
        String text = param(ctx, "text");
        if (text != null) {
            q = q.withText(text);
        }
        String target = param(ctx, "target");
        if (target != null) {
            q = q.withTarget(HitVocabulary.target(target).orElseThrow(() -> ApiError.badParameter("target", target,
                    "takes a kind of target (residential, healthcare, education, religious, market, infrastructure,"
                    + " camp, vehicle, agriculture, military, government, humanitarian) or words of one (hospital)")));
        }
        String weapon = param(ctx, "weapon");
        if (weapon != null) {
            q = q.withWeapon(HitVocabulary.weapon(weapon).orElseThrow(() -> ApiError.badParameter("weapon", weapon,
                    "takes a means (airstrike, drone, helicopter, artillery, rocket, missile, mortar, barrel bomb,"
                    + " cluster munitions, white phosphorus, chlorine, ied, small arms, suicide) or words of one")));
        }
        int size = (int) integer(valueOr(param(ctx, "size"), String.valueOf(defaultSize)), "size", 1, maxSize);
        long page = integer(valueOr(param(ctx, "page"), "1"), "page", 1, Integer.MAX_VALUE);
        if ((page - 1) * size > Integer.MAX_VALUE) {
            throw ApiError.badParameter("page", String.valueOf(page), "is beyond the last incident");
        }
        IncidentSearch search = IncidentSearch.of(q.withLimit(size)).withOffset((int) ((page - 1) * size));
        IncidentSearch.Box box = box(ctx);
        if (box != null) {
            search = search.withBox(box);
        }
        String type = param(ctx, "type");
        if (type != null) {
            search = search.withType(enumOf(EventType.class, type, "type"));
        }
        String grade = param(ctx, "grade");
        if (grade != null) {
            search = search.withGrade(enumOf(Corroboration.Grade.class, grade, "grade"));
        }
        String sort = param(ctx, "sort");
        if (sort != null) {
            try {
                search = search.withSort(IncidentSearch.Sort.ofKey(sort));
            } catch (IllegalArgumentException e) {
                throw ApiError.badParameter("sort", sort, "takes date, -date, -killed or -reports");
            }
        }
        return search;
    }

    /** The {@code bbox=south,west,north,east} parameter, or null when absent; a bad one is a 400 naming it. */
    static IncidentSearch.Box box(Context ctx) {
        String bbox = param(ctx, "bbox");
        if (bbox == null) {
            return null;
        }
        double[] b = numbers(bbox, "bbox", 4, "takes SOUTH,WEST,NORTH,EAST in decimal degrees");
        try {
            return new IncidentSearch.Box(b[0], b[1], b[2], b[3]);
        } catch (IllegalArgumentException e) {
            throw new ApiError(400, "parameter 'bbox': " + e.getMessage());
        }
    }

    /** The parameter's trimmed value, or null when absent or empty. */
    static String param(Context ctx, String name) {
        String v = ctx.queryParam(name);
        return v == null || v.isBlank() ? null : v.trim();
    }

    static LocalDate date(Context ctx, String name) {
        String v = param(ctx, name);
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw ApiError.badParameter(name, v, "takes a date as YYYY-MM-DD");
        }
    }

    static long integer(String v, String name, long min, long max) {
        long n;
        try {
            n = Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw ApiError.badParameter(name, v, "takes a whole number from " + min + " to " + max);
        }
        if (n < min || n > max) {
            throw ApiError.badParameter(name, v, "takes a whole number from " + min + " to " + max);
        }
        return n;
    }

    private static double number(Context ctx, String name, double otherwise) {
        String v = param(ctx, name);
        if (v == null) {
            return otherwise;
        }
        return numbers(v, name, 1, "takes a number")[0];
    }

    private static double[] numbers(String v, String name, int count, String expected) {
        String[] parts = v.split(",");
        if (parts.length != count) {
            throw ApiError.badParameter(name, v, expected);
        }
        double[] out = new double[count];
        for (int i = 0; i < count; i++) {
            try {
                out[i] = Double.parseDouble(parts[i].trim());
            } catch (NumberFormatException e) {
                throw ApiError.badParameter(name, v, expected);
            }
            if (!Double.isFinite(out[i])) {
                throw ApiError.badParameter(name, v, expected);
            }
        }
        return out;
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String v, String name) {
        try {
            return Enum.valueOf(type, v.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            StringBuilder known = new StringBuilder();
            for (E c : type.getEnumConstants()) {
                known.append(known.length() == 0 ? "" : ", ").append(c.name().toLowerCase(Locale.ROOT));
            }
            throw ApiError.badParameter(name, v, "takes one of " + known);
        }
    }

    private static String valueOr(String v, String otherwise) {
        return v == null ? otherwise : v;
    }
}
