package org.harmtrack.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Locale;
import org.harmtrack.model.Range;
import org.harmtrack.model.Span;

/**
 * Binds a statement's parameters left to right, so long column lists need no hand-counted indexes.
 * Nulls are bound with an explicit SQL type, which PostgreSQL needs and H2 accepts.
 */
final class Params {
    private final PreparedStatement ps;
    private int index = 1;

    private Params(PreparedStatement ps) {
        this.ps = ps;
    }

    static Params of(PreparedStatement ps) {
        return new Params(ps);
    }

    Params string(String v) throws SQLException {
        if (v == null) {
            ps.setNull(index++, Types.VARCHAR);
        } else {
            ps.setString(index++, v);
        }
        return this;
    }

    /** An enum as its lower-case key ("drone_strike"). */
    Params key(Enum<?> v) throws SQLException {
        return string(v == null ? null : v.name().toLowerCase(Locale.ROOT));
    }

    Params integer(Integer v) throws SQLException {
        if (v == null) {
            ps.setNull(index++, Types.INTEGER);
        } else {
            ps.setInt(index++, v);
        }
        return this;
    }

    Params bigint(Long v) throws SQLException {
        if (v == null) {
            ps.setNull(index++, Types.BIGINT);
        } else {
            ps.setLong(index++, v);
        }
        return this;
    }

    Params dbl(Double v) throws SQLException {
        if (v == null) {
            ps.setNull(index++, Types.DOUBLE);
        } else {
            ps.setDouble(index++, v);
        }
        return this;
    }

    Params bool(boolean v) throws SQLException {
        ps.setBoolean(index++, v);
        return this;
    }

    Params date(LocalDate v) throws SQLException {
        if (v == null) {
            ps.setNull(index++, Types.DATE);
        } else {
            ps.setObject(index++, v);
        }
        return this;
    }

    Params timestamp(OffsetDateTime v) throws SQLException {
        ps.setObject(index++, v);
        return this;
    }

    /** Two columns, min then max; both null for an unknown count. */
    Params range(Range r) throws SQLException {
        return bigint(r == null ? null : r.min()).bigint(r == null ? null : r.max());
    }

    /** Two columns, start then end; both null for no span. */
    Params span(Span s) throws SQLException {
        return integer(s == null ? null : s.start()).integer(s == null ? null : s.end());
    }

    /** A value whose SQL type the driver infers (query filters: strings, dates, numbers). */
    Params object(Object v) throws SQLException {
        ps.setObject(index++, v);
        return this;
    }
}
