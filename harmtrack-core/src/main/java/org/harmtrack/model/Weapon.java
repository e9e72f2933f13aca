package org.harmtrack.model;

import java.util.Objects;

/**
 * The means a document says a strike used, kept as an allegation when the document gives it as someone's charge
 * ("the government accused the coalition of using white phosphorus") rather than as what happened.
 *
 * @param kind      the means
 * @param text      the words of the document naming it
 * @param span      where those words stand in the document
 * @param allegedBy who alleges it, as the document names them, when it is an allegation; null when it is reported
 *                  as fact
 */
public record Weapon(WeaponKind kind, String text, Span span, String allegedBy) implements java.io.Serializable {
    public Weapon {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(span, "span");
    }

    /** Whether the document gives it only as someone's allegation. */
    public boolean alleged() {
        return allegedBy != null;
    }
}
