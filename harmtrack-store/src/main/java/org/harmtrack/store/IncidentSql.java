package org.harmtrack.store;

import java.util.List;
import java.util.Locale;

/** Turns an {@link IncidentQuery} into the SQL that selects the matching event rows. */
final class IncidentSql {
    /** The escape character of the LIKE patterns built here; portable, unlike a backslash. */
    private static final char ESCAPE = '!';

    private IncidentSql() {
    }

    /**
     * The SELECT for the query's event rows, joined with their article's provenance, in the store's order.
     * Appends the values for its parameters to {@code args}. A {@code near} filter is only a bounding box here;
     * the caller tests the exact distance, which is also why the LIMIT is left out then.
     */
    static String select(IncidentQuery q, List<Object> args) {
        StringBuilder sql = new StringBuilder("SELECT e.*, a.title, a.url, a.publisher, a.published"
                + " FROM event e JOIN article a ON a.id = e.article_id WHERE 1 = 1");
        if (q.country() != null) {
            sql.append(" AND e.country = ?");
            args.add(q.country());
        }
        // overlap of [date_start, date_end] with [from, to]; a null date fails either comparison
        if (q.from() != null) {
            sql.append(" AND e.date_end >= ?");
            args.add(q.from());
        }
        if (q.to() != null) {
            sql.append(" AND e.date_start <= ?");
            args.add(q.to());
        }
        if (q.near() != null) {
            Geo.Box box = Geo.boundingBox(q.near().lat(), q.near().lon(), q.near().radiusKm());
            sql.append(" AND e.lat BETWEEN ? AND ?");
            args.add(box.minLat());
            args.add(box.maxLat());
            if (box.wraps()) {
                sql.append(" AND (e.lon >= ? OR e.lon <= ?)");
                args.add(box.minLon());
                args.add(box.maxLon());
            } else if (!box.anyLon()) {
                sql.append(" AND e.lon BETWEEN ? AND ?");
                args.add(box.minLon());
                args.add(box.maxLon());
            }
        }
        if (q.perpetrator() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM perpetrator p WHERE p.article_id = e.article_id"
                    + " AND p.event_no = e.event_no AND (LOWER(p.name) LIKE ? ESCAPE '" + ESCAPE + "'"
                    + " OR LOWER(p.phrase) LIKE ? ESCAPE '" + ESCAPE + "'))");
            String pattern = containsPattern(q.perpetrator());
            args.add(pattern);
            args.add(pattern);
        }
        if (q.minKilled() != null) {
            sql.append(" AND e.killed_min >= ?");
            args.add(q.minKilled());
        }
        if (q.target() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM event_target t WHERE t.article_id = e.article_id"
                    + " AND t.event_no = e.event_no AND t.category = ?)");
            args.add(key(q.target()));
        }
        if (q.weapon() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM event_weapon w WHERE w.article_id = e.article_id"
                    + " AND w.event_no = e.event_no AND w.kind = ?)");
            args.add(key(q.weapon()));
        }
        if (q.text() != null) {
            sql.append(" AND (LOWER(a.body) LIKE ? ESCAPE '" + ESCAPE + "' OR LOWER(a.title) LIKE ? ESCAPE '"
                    + ESCAPE + "')");
            String pattern = containsPattern(q.text());
            args.add(pattern);
            args.add(pattern);
        }
        sql.append(" ORDER BY e.date_start ASC NULLS LAST, e.article_id, e.event_no");
        if (q.near() == null) {
            sql.append(" LIMIT ?");
            args.add(q.limit());
        }
        return sql.toString();
    }

    /**
     * The WHERE clause (from " WHERE") selecting linked incidents (table alias {@code i}) by their summary, with
     * its parameters appended to {@code args}. The circle of {@code near} is tested exactly, by the haversine
     * formula in SQL (H2 and PostgreSQL both have the functions), so pages hold exactly the matching incidents.
     */
    static String incidentWhere(IncidentSearch s, List<Object> args) {
        IncidentQuery q = s.filters();
        StringBuilder sql = new StringBuilder(" WHERE 1 = 1");
        if (q.country() != null) {
            sql.append(" AND i.country = ?");
            args.add(q.country());
        }
        if (q.from() != null) {
            sql.append(" AND i.date_end >= ?");
            args.add(q.from());
        }
        if (q.to() != null) {
            sql.append(" AND i.date_start <= ?");
            args.add(q.to());
        }
        if (q.near() != null) {
            Geo.Box box = Geo.boundingBox(q.near().lat(), q.near().lon(), q.near().radiusKm());
            sql.append(" AND i.lat BETWEEN ? AND ?");
            args.add(box.minLat());
            args.add(box.maxLat());
            sql.append(" AND 2 * 6371.0088 * ASIN(SQRT(POWER(SIN(RADIANS(i.lat - ?) / 2), 2) + COS(RADIANS(?))"
                    + " * COS(RADIANS(i.lat)) * POWER(SIN(RADIANS(i.lon - ?) / 2), 2))) <= ?");
            args.add(q.near().lat());
            args.add(q.near().lat());
            args.add(q.near().lon());
            args.add(q.near().radiusKm());
        }
        if (s.box() != null) {
            IncidentSearch.Box b = s.box();
            sql.append(" AND i.lat BETWEEN ? AND ?");
            args.add(b.south());
            args.add(b.north());
            if (b.west() <= b.east()) {
                sql.append(" AND i.lon BETWEEN ? AND ?");
            } else { // across the antimeridian
                sql.append(" AND (i.lon >= ? OR i.lon <= ?)");
            }
            args.add(b.west());
            args.add(b.east());
        }
        if (q.perpetrator() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM incident_report r JOIN perpetrator p ON p.article_id = r.article_id"
                    + " AND p.event_no = r.event_no WHERE r.incident_id = i.id AND (LOWER(p.name) LIKE ? ESCAPE '"
                    + ESCAPE + "' OR LOWER(p.phrase) LIKE ? ESCAPE '" + ESCAPE + "'))");
            String pattern = containsPattern(q.perpetrator());
            args.add(pattern);
            args.add(pattern);
        }
        if (q.minKilled() != null) {
            sql.append(" AND i.killed_min >= ?");
            args.add(q.minKilled());
        }
        if (q.target() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM incident_report r JOIN event_target t ON t.article_id = r.article_id"
                    + " AND t.event_no = r.event_no WHERE r.incident_id = i.id AND t.category = ?)");
            args.add(key(q.target()));
        }
        if (q.weapon() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM incident_report r JOIN event_weapon w ON w.article_id = r.article_id"
                    + " AND w.event_no = r.event_no WHERE r.incident_id = i.id AND w.kind = ?)");
            args.add(key(q.weapon()));
        }
        if (q.text() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM incident_report r JOIN article a ON a.id = r.article_id"
                    + " WHERE r.incident_id = i.id AND (LOWER(a.body) LIKE ? ESCAPE '" + ESCAPE + "'"
                    + " OR LOWER(a.title) LIKE ? ESCAPE '" + ESCAPE + "'))");
            String pattern = containsPattern(q.text());
            args.add(pattern);
            args.add(pattern);
        }
        if (s.type() != null) {
            sql.append(" AND i.event_type = ?");
            args.add(s.type().key());
        }
        if (s.grade() != null) {
            sql.append(" AND i.grade = ?");
            args.add(s.grade().key());
        }
        return sql.toString();
    }

    /** An enum as the store keeps it (see {@link Params#key}). */
    private static String key(Enum<?> v) {
        return v.name().toLowerCase(Locale.ROOT);
    }

    /** A LIKE pattern matching any lower-cased string containing {@code s}, wildcards in {@code s} escaped. */
    static String containsPattern(String s) {
        StringBuilder b = new StringBuilder("%");
        for (char c : s.toLowerCase(Locale.ROOT).toCharArray()) {
            if (c == '%' || c == '_' || c == ESCAPE) {
                b.append(ESCAPE);
            }
            b.append(c);
        }
        return b.append('%').toString();
    }
}
