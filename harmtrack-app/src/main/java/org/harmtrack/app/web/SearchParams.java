package org.harmtrack.app.web;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.harmtrack.store.IncidentFilters;
import org.harmtrack.store.IncidentSearch;

/**
 * Reads the incident filters of a request's query string into an {@link IncidentSearch} with
 * {@link IncidentFilters}, the reader the command line uses too; a nonsense value is a 400 naming the parameter
 * and the value.
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
        int size = (int) integer(valueOr(param(ctx, "size"), String.valueOf(defaultSize)), "size", 1, maxSize);
        long page = integer(valueOr(param(ctx, "page"), "1"), "page", 1, Integer.MAX_VALUE);
        if ((page - 1) * size > Integer.MAX_VALUE) {
            throw ApiError.badParameter("page", String.valueOf(page), "is beyond the last incident");
        }
        try {
            return IncidentFilters.read(name -> param(ctx, name), countries, size).withOffset((int) ((page - 1) * size));
        } catch (IncidentFilters.BadFilter e) {
            throw ApiError.badParameter(e.filter(), e.value(), e.expected());
        }
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

    private static String valueOr(String v, String otherwise) {
        return v == null ? otherwise : v;
    }
}
