package org.harmtrack.time;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.function.UnaryOperator;
import org.harmtrack.model.DateGranularity;

/** Inclusive days covered by an expression; {@code start} and {@code end} are both null when unresolved. */
record DayRange(LocalDate start, LocalDate end, DateGranularity granularity) {

    static DayRange unresolved(DateGranularity granularity) {
        return new DayRange(null, null, granularity);
    }

    static DayRange day(LocalDate day) {
        return new DayRange(day, day, DateGranularity.DAY);
    }

    static DayRange month(int year, int month) {
        YearMonth ym = YearMonth.of(year, month);
        return new DayRange(ym.atDay(1), ym.atEndOfMonth(), DateGranularity.MONTH);
    }

    static DayRange year(int year) {
        return new DayRange(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), DateGranularity.YEAR);
    }

    /** A range computed from the reference date, or unresolved when there is none. */
    static DayRange relative(LocalDate reference, DateGranularity granularity,
                             UnaryOperator<LocalDate> start, UnaryOperator<LocalDate> end) {
        return reference == null ? unresolved(granularity)
            : new DayRange(start.apply(reference), end.apply(reference), granularity);
    }

    boolean resolved() {
        return start != null;
    }
}
