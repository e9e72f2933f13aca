package org.harmtrack.model;

import java.util.Objects;

/**
 * Something a document says a strike hit: its kind, the words that say so and where they stand.
 *
 * @param kind what was hit
 * @param text the words of the document naming it ("a family home")
 * @param span where those words stand in the document
 */
public record Target(TargetKind kind, String text, Span span) implements java.io.Serializable {
    public Target {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(span, "span");
    }
}
