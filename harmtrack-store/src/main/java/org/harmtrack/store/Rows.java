package org.harmtrack.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Locale;
import org.harmtrack.model.DateGranularity;
import org.harmtrack.model.EventDate;
import org.harmtrack.model.Perpetrator;
import org.harmtrack.model.Range;
import org.harmtrack.model.Span;

/** Reads nullable columns and the column groups the schema repeats (ranges, spans, dates, perpetrators). */
final class Rows {
    private Rows() {
    }

    static Long longOrNull(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    static Integer intOrNull(ResultSet rs, String column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }

    static Double doubleOrNull(ResultSet rs, String column) throws SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? null : v;
    }

    static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    /** The enum constant stored as its lower-case key, or null. */
    static <E extends Enum<E>> E key(ResultSet rs, String column, Class<E> type) throws SQLException {
        String v = rs.getString(column);
        return v == null ? null : Enum.valueOf(type, v.toUpperCase(Locale.ROOT));
    }

    /** {@code <prefix>_min} and {@code <prefix>_max}, or null when both are. */
    static Range range(ResultSet rs, String prefix) throws SQLException {
        Long min = longOrNull(rs, prefix + "_min");
        Long max = longOrNull(rs, prefix + "_max");
        if (min == null && max == null) {
            return null;
        }
        if (min == null || max == null) {
            throw new SQLException("half a range in " + prefix + "_min/_max: min=" + min + " max=" + max);
        }
        return new Range(min, max);
    }

    /** {@code <prefix>_start} and {@code <prefix>_end}, or null when both are. */
    static Span span(ResultSet rs, String prefix) throws SQLException {
        Integer start = intOrNull(rs, prefix + "_start");
        Integer end = intOrNull(rs, prefix + "_end");
        if (start == null && end == null) {
            return null;
        }
        if (start == null || end == null) {
            throw new SQLException("half a span in " + prefix + "_start/_end: start=" + start + " end=" + end);
        }
        return new Span(start, end);
    }

    /** The date columns {@code <prefix>_start/_end/_granularity/_text/_span_*}; null when no granularity. */
    static EventDate eventDate(ResultSet rs, String prefix) throws SQLException {
        DateGranularity granularity = key(rs, prefix + "_granularity", DateGranularity.class);
        if (granularity == null) {
            return null;
        }
        return new EventDate(date(rs, prefix + "_start"), date(rs, prefix + "_end"), granularity,
                rs.getString(prefix + "_text"), span(rs, prefix + "_span"));
    }

    /** A row of the perpetrator or aggregate_perpetrator table. */
    static Perpetrator perpetrator(ResultSet rs) throws SQLException {
        return new Perpetrator(rs.getString("name"), key(rs, "kind", Perpetrator.ActorKind.class),
                rs.getString("country"), rs.getString("phrase"), span(rs, "span"));
    }
}
