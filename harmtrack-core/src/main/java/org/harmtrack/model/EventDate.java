package org.harmtrack.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * When something happened, as resolved from the text. {@code start} and {@code end} are null when the
 * expression could not be resolved (a weekday with no publication date and no explicit date to anchor it);
 * the text is kept either way.
 *
 * @param start       first day, inclusive, or null if unresolved
 * @param end         last day, inclusive, or null if unresolved
 * @param granularity how precise the expression is
 * @param text        the words the date came from ("on Tuesday"), or "" when it is the publication date
 * @param span        where those words are, or null when the date is the document's publication date
 */
public record EventDate(LocalDate start, LocalDate end, DateGranularity granularity, String text, Span span) implements java.io.Serializable {
    public EventDate {
        Objects.requireNonNull(granularity, "granularity");
        Objects.requireNonNull(text, "text");
        if ((start == null) != (end == null)) {
            throw new IllegalArgumentException("start and end must both be set or both be null: start=" + start + " end=" + end);
        }
        if (start != null && end.isBefore(start)) {
            throw new IllegalArgumentException("end must not be before start: start=" + start + " end=" + end);
        }
    }

    public boolean isResolved() {
        return start != null;
    }
}
