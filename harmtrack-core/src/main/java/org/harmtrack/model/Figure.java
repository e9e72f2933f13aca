package org.harmtrack.model;

import java.util.Objects;

/**
 * One casualty figure as the text gives it: "at least 25 civilians were killed, SANA reported".
 *
 * @param measure       killed, injured, ...
 * @param category      who is counted
 * @param count         the range the words support
 * @param approximate   true for vague or hedged counts ("dozens", "nearly 30")
 * @param attributedTo  who gave the figure (a normalised source name), or null when the text does not say
 * @param stance        whether the source reports the figure, admits it (a belligerent's own acknowledgement),
 *                      denies harm (then the count is what the denial claims, usually 0) or, being a party to
 *                      the fighting, claims it of its enemies (fighters it says it killed)
 * @param span          the characters the figure came from (number and the words that qualify it)
 */
public record Figure(Measure measure, VictimCategory category, Range count, boolean approximate,
                     String attributedTo, Stance stance, Span span) implements java.io.Serializable {
    public Figure {
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(count, "count");
        Objects.requireNonNull(stance, "stance");
        Objects.requireNonNull(span, "span");
    }

    /** How the source stands behind a figure. */
    public enum Stance {
        REPORTED, ADMITTED, DENIED, CLAIMED;

        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public Figure withAttribution(String source) {
        return new Figure(measure, category, count, approximate, source, stance, span);
    }
}
