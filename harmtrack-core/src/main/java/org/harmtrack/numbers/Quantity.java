package org.harmtrack.numbers;

import java.util.Objects;
import org.harmtrack.model.Range;
import org.harmtrack.model.Span;

/**
 * A count read from text, before anyone knows what it counts.
 *
 * @param count       the range the words support ("between 62 and 80" is 62..80, "at least 23" is 23..23)
 * @param kind        how the words bound the count
 * @param span        the whole expression, qualifier included ("at least 23")
 * @param numberSpan  the numeral itself ("23"), or the vague word ("dozens")
 */
public record Quantity(Range count, Kind kind, Span span, Span numberSpan) {
    public Quantity {
        Objects.requireNonNull(count, "count");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(numberSpan, "numberSpan");
    }

    /** True when the text hedges or approximates the count. */
    public boolean approximate() {
        return kind != Kind.EXACT && kind != Kind.RANGE;
    }

    /** How the words bound a count. */
    public enum Kind {
        /** "23", "twenty-three". */
        EXACT,
        /** "at least 23", "more than 23", "over 23": the text gives the lower end only. */
        LOWER_BOUND,
        /** "up to 23", "fewer than 23": the text gives the upper end only. */
        UPPER_BOUND,
        /** "about 23", "nearly 23", "some 23". */
        APPROXIMATE,
        /** "between 62 and 80", "62-80", "six or seven". */
        RANGE,
        /** "dozens", "several", "a few": a documented range stands for a word. */
        VAGUE
    }
}
