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
