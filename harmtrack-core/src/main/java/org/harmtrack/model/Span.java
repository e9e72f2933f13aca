package org.harmtrack.model;

/**
 * A half-open range {@code [start, end)} of UTF-16 character offsets into a document's text
 * (Java {@code String} indices). Offsets are the truth: every string harmtrack reports derives from one.
 */
public record Span(int start, int end) implements java.io.Serializable {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("span must satisfy 0 <= start <= end: start=" + start + " end=" + end);
        }
    }

    public String of(String text) {
        return text.substring(start, end);
    }

    public int length() {
        return end - start;
    }

    public boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }

    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }

    /** The smallest span covering both. */
    public Span union(Span other) {
        return new Span(Math.min(start, other.start), Math.max(end, other.end));
    }
}
