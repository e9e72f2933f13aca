package org.harmtrack.store;

import java.time.LocalDate;
import java.util.Locale;
import org.harmtrack.model.TargetKind;
import org.harmtrack.model.WeaponKind;

/**
 * Which incidents {@link IncidentStore#incidents} returns. Every filter is optional (null means "any") and the
 * filters that are set must all hold. Start from {@link #all()} and narrow with the {@code with...} methods:
 * <pre>{@code
 * IncidentQuery.all().withCountry("SY").withDates(from, to).withNear(36.2, 37.1, 25).withMinKilled(10)
 * }</pre>
 * Construction validates, so an invalid query never reaches the store.
 *
 * @param country     ISO 3166-1 alpha-2 code of the incident's place (any case; kept upper-case)
 * @param from        first day of the period; the event's dates must overlap [from, to] and be resolved
 * @param to          last day of the period, inclusive
 * @param near        a circle the incident's place must lie in (great-circle distance)
 * @param perpetrator case-insensitive substring of a perpetrator's canonical name or of the words it came from
 * @param minKilled   the incident's total killed must be at least this many <em>for certain</em>: its
 *                    {@code killed.min() >= minKilled}, so "between 5 and 12 killed" does not match 10, and an
 *                    incident with no killed figure never matches
 * @param text        case-insensitive substring of the article's text or title
 * @param target      a report of the incident says this kind of place was hit
 * @param weapon      a report of the incident names this means, told as fact or alleged
 * @param limit       the most incidents to return, {@value #DEFAULT_LIMIT} by default
 */
public record IncidentQuery(String country, LocalDate from, LocalDate to, Near near, String perpetrator,
                            Long minKilled, String text, TargetKind target, WeaponKind weapon, int limit) {

    /** How many incidents a query returns unless told otherwise. */
    public static final int DEFAULT_LIMIT = 1000;

    private static final IncidentQuery ALL = new IncidentQuery(null, null, null, null, null, null, null, null, null, DEFAULT_LIMIT);

    public IncidentQuery {
        if (country != null) {
            if (!country.matches("[A-Za-z]{2}")) {
                throw new IllegalArgumentException("country must be an ISO 3166-1 alpha-2 code: '" + country + "'");
            }
            country = country.toUpperCase(Locale.ROOT);
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("from must not be after to: from=" + from + " to=" + to);
        }
        if (minKilled != null && minKilled < 0) {
            throw new IllegalArgumentException("minKilled must be >= 0: " + minKilled);
        }
        if (limit <= 0) {
            throw new IllegalArgumentException("limit must be > 0: " + limit);
        }
    }

    /** The query without filters: every incident, up to {@value #DEFAULT_LIMIT}. */
    public static IncidentQuery all() {
        return ALL;
    }

    public IncidentQuery withCountry(String country) {
        return new IncidentQuery(country, from, to, near, perpetrator, minKilled, text, target, weapon, limit);
    }

    /** Sets the start of the period; use {@link #withDates} to move both ends at once. */
    public IncidentQuery withFrom(LocalDate from) {
        return new IncidentQuery(country, from, to, near, perpetrator, minKilled, text, target, weapon, limit);
    }

    /** Sets the end of the period, inclusive. */
    public IncidentQuery withTo(LocalDate to) {
        return new IncidentQuery(country, from, to, near, perpetrator, minKilled, text, target, weapon, limit);
    }

    /** Sets both ends of the period (either may be null for an open end). */
    public IncidentQuery withDates(LocalDate from, LocalDate to) {
        return new IncidentQuery(country, from, to, near, perpetrator, minKilled, text, target, weapon, limit);
    }

    /** Keeps incidents whose place lies within {@code radiusKm} kilometres of (lat, lon). */
    public IncidentQuery withNear(double lat, double lon, double radiusKm) {
        return withNear(new Near(lat, lon, radiusKm));
    }

    public IncidentQuery withNear(Near near) {
        return new IncidentQuery(country, from, to, near, perpetrator, minKilled, text, target, weapon, limit);
    }

    public IncidentQuery withPerpetrator(String perpetrator) {
        return new IncidentQuery(country, from, to, near, perpetrator, minKilled, text, target, weapon, limit);
    }

    /** Keeps incidents with {@code killed.min() >= minKilled}; null removes the filter. */
    public IncidentQuery withMinKilled(Long minKilled) {
        return new IncidentQuery(country, from, to, near, perpetrator, minKilled, text, target, weapon, limit);
    }

    /** Keeps incidents with {@code killed.min() >= minKilled}. */
    public IncidentQuery withMinKilled(long minKilled) {
        return withMinKilled(Long.valueOf(minKilled));
    }

    public IncidentQuery withText(String text) {
        return new IncidentQuery(country, from, to, near, perpetrator, minKilled, text, target, weapon, limit);
    }

    /** Keeps incidents a report of which says this kind of place was hit; null removes the filter. */
    public IncidentQuery withTarget(TargetKind target) {
        return new IncidentQuery(country, from, to, near, perpetrator, minKilled, text, target, weapon, limit);
    }

    /** Keeps incidents a report of which names this means (as fact or as an allegation); null removes the filter. */
    public IncidentQuery withWeapon(WeaponKind weapon) {
        return new IncidentQuery(country, from, to, near, perpetrator, minKilled, text, target, weapon, limit);
    }

    public IncidentQuery withLimit(int limit) {
        return new IncidentQuery(country, from, to, near, perpetrator, minKilled, text, target, weapon, limit);
    }

    /**
     * A circle on the globe.
     *
     * @param lat      latitude of the centre, -90..90
     * @param lon      longitude of the centre, -180..180
     * @param radiusKm radius in kilometres, finite and > 0
     */
    public record Near(double lat, double lon, double radiusKm) {
        public Near {
            if (!(lat >= -90 && lat <= 90)) {
                throw new IllegalArgumentException("near.lat must be within -90..90: " + lat);
            }
            if (!(lon >= -180 && lon <= 180)) {
                throw new IllegalArgumentException("near.lon must be within -180..180: " + lon);
            }
            if (!(radiusKm > 0) || Double.isInfinite(radiusKm)) {
                throw new IllegalArgumentException("near.radiusKm must be a finite number > 0: " + radiusKm);
            }
        }
    }
}
