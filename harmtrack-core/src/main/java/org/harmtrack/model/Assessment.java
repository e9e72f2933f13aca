package org.harmtrack.model;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * A belligerent's own assessment of an incident as one report tells it, kept apart from any grade: whether it admits
 * civilian harm, denies it, deems the allegation not credible, is reviewing it or has not assessed it; the deaths and
 * injuries it concedes; when and through whom it said so.
 *
 * @param belligerent   the force the statement speaks for ("Dutch military"), or the source's name when the report
 *                      ties it to no force
 * @param position      what it says of the allegation
 * @param killed        the deaths it concedes, or null
 * @param injured       the injuries it concedes, or null
 * @param statementDate the day of the statement when the report gives it, or null
 * @param source        who made the statement, as the report names them ("Dutch Ministry of Defence")
 * @param span          the words of the report that carry it
 */
public record Assessment(String belligerent, Position position, Range killed, Range injured, LocalDate statementDate,
                         String source, Span span) implements java.io.Serializable {
    public Assessment {
        Objects.requireNonNull(belligerent, "belligerent");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(span, "span");
    }

    /** A belligerent's position on an allegation of civilian harm, as monitors record it. */
    public enum Position {
        ADMITS, DENIES, NOT_CREDIBLE, UNDER_REVIEW, NOT_ASSESSED;

        /** The name in the output contract ("not credible"). */
        public String key() {
            return name().toLowerCase(Locale.ROOT).replace('_', ' ');
        }
    }
}
