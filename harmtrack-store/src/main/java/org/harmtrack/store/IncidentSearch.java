package org.harmtrack.store;

import java.util.Locale;
import java.util.Objects;
import org.harmtrack.link.Corroboration;
import org.harmtrack.model.EventType;

/**
 * Which linked incidents {@link IncidentStore#linkedIncidents(IncidentSearch)} returns, in what order, and which
 * page of them. The {@link IncidentQuery} filters apply to the incident's own summary (its place, its dates from
 * the earliest to the latest report, its reconciled killed range), except the perpetrator and the text, which any
 * report may match; {@link IncidentQuery#limit()} is the page size.
 *
 * @param filters the common filters and the page size
 * @param box     a latitude/longitude box the incident's place must lie in, or null
 * @param type    the incident's kind, or null
 * @param grade   the incident's corroboration grade, or null
 * @param sort    the order
 * @param offset  how many matching incidents to skip (the page's start), >= 0
 */
public record IncidentSearch(IncidentQuery filters, Box box, EventType type, Corroboration.Grade grade, Sort sort,
                             int offset) {
    public IncidentSearch {
        Objects.requireNonNull(filters, "filters");
        Objects.requireNonNull(sort, "sort");
        if (offset < 0) {
            throw new IllegalArgumentException("offset must be >= 0: " + offset);
        }
    }

    /** Every incident matching the query, by date, from the first. */
    public static IncidentSearch of(IncidentQuery filters) {
        return new IncidentSearch(filters, null, null, null, Sort.DATE, 0);
    }

    public IncidentSearch withBox(Box box) {
        return new IncidentSearch(filters, box, type, grade, sort, offset);
    }

    public IncidentSearch withType(EventType type) {
        return new IncidentSearch(filters, box, type, grade, sort, offset);
    }

    public IncidentSearch withGrade(Corroboration.Grade grade) {
        return new IncidentSearch(filters, box, type, grade, sort, offset);
    }

    public IncidentSearch withSort(Sort sort) {
        return new IncidentSearch(filters, box, type, grade, sort, offset);
    }

    public IncidentSearch withOffset(int offset) {
        return new IncidentSearch(filters, box, type, grade, sort, offset);
    }

    /** The orders incidents can be listed in; ties are broken by incident id. */
    public enum Sort {
        /** Oldest first, undated last. */
        DATE("i.date_start ASC NULLS LAST"),
        /** Newest first, undated last. */
        DATE_DESC("i.date_start DESC NULLS LAST"),
        /** Most killed (by the reconciled minimum) first, unknown last. */
        KILLED_DESC("i.killed_min DESC NULLS LAST"),
        /** Most reports first. */
        REPORTS_DESC("i.reports DESC");

        final String orderBy;

        Sort(String orderBy) {
            this.orderBy = orderBy;
        }

        /** The name an API takes: "date", "-date", "-killed", "-reports". */
        public String key() {
            return switch (this) {
                case DATE -> "date";
                case DATE_DESC -> "-date";
                case KILLED_DESC -> "-killed";
                case REPORTS_DESC -> "-reports";
            };
        }

        /**
         * The sort an API name stands for.
         *
         * @throws IllegalArgumentException for an unknown name, listing the known ones
         */
        public static Sort ofKey(String key) {
            for (Sort s : values()) {
                if (s.key().equals(key.trim().toLowerCase(Locale.ROOT))) {
                    return s;
                }
            }
            throw new IllegalArgumentException("sort must be one of date, -date, -killed, -reports: '" + key + "'");
        }
    }

    /**
     * A box of latitudes and longitudes, as a map shows it (west may exceed east across the antimeridian).
     */
    public record Box(double south, double west, double north, double east) {
        public Box {
            if (!(south >= -90 && north <= 90 && south <= north)) {
                throw new IllegalArgumentException("box latitudes must satisfy -90 <= south <= north <= 90: south="
                        + south + " north=" + north);
            }
            if (!(west >= -180 && west <= 180 && east >= -180 && east <= 180)) {
                throw new IllegalArgumentException("box longitudes must be within -180..180: west=" + west
                        + " east=" + east);
            }
        }
    }
}
