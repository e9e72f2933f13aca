package org.harmtrack.time;

import java.time.LocalDate;
import java.util.Objects;
import org.harmtrack.model.DateGranularity;
import org.harmtrack.model.Span;

/**
 * One date expression found in a text.
 *
 * <p>{@code start} and {@code end} are the inclusive first and last days the expression covers; both are
 * {@code null} when it could not be resolved (for example "6 January" or "yesterday" without a reference date),
 * in which case the span, text, granularity and kind are still reported.
 *
 * @param span the expression's offsets in the text (date words only, without "on"/"in"/"the")
 * @param text the covered text, equal to {@code span.of(documentText)}
 * @param start first day covered, or {@code null} when unresolved
 * @param end last day covered (inclusive), or {@code null} when unresolved
 * @param granularity how precisely the expression pins its time down
 * @param kind whether the expression is a calendar date, relative to the reference, or an explicit period
 */
public record DateMention(Span span, String text, LocalDate start, LocalDate end,
                          DateGranularity granularity, Kind kind) {

    /** What kind of expression produced a mention. */
    public enum Kind {
        /** A calendar date, month or year named in the text ("6 January 2018", "mid-2015", "6 January"). */
        ABSOLUTE,
        /** An expression counted from the reference date ("yesterday", "last Monday", "past two weeks"). */
        RELATIVE,
        /** An explicit range with two ends ("between August 2014 and August 2019", "since 2014"). */
        PERIOD
    }

    // Fields must be set; start and end are both null or an ordered pair.
    public DateMention {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(granularity, "granularity");
        Objects.requireNonNull(kind, "kind");
        if ((start == null) != (end == null)) {
            throw new IllegalArgumentException("start and end must both be set or both be null");
        }
        if (start != null && end.isBefore(start)) {
            throw new IllegalArgumentException("end " + end + " is before start " + start);
        }
    }

    /**
     * Whether the expression was resolved to concrete days.
     *
     * @return true when start and end are set
     */
    public boolean isResolved() {
        return start != null;
    }
}
