package org.harmtrack.model;

/**
 * A count the text supports, as a closed interval: "at least 23" is 23..23, "between 62 and 80" is 62..80.
 * An unknown count is {@code null} where a Range is expected, never 0..0.
 */
public record Range(long min, long max) implements java.io.Serializable {
    public Range {
        if (min < 0 || max < min) {
            throw new IllegalArgumentException("range must satisfy 0 <= min <= max: min=" + min + " max=" + max);
        }
    }

    public static Range exactly(long n) {
        return new Range(n, n);
    }

    /** The smallest range covering both. */
    public Range hull(Range other) {
        return new Range(Math.min(min, other.min), Math.max(max, other.max));
    }

    public Range plus(Range other) {
        return new Range(min + other.min, max + other.max);
    }

    public boolean isExact() {
        return min == max;
    }

    @Override
    public String toString() {
        return min == max ? Long.toString(min) : min + "-" + max;
    }
}
