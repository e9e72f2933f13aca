package org.harmtrack.model;

import java.util.Objects;

/**
 * Who the text says carried out an attack, normalised ("US airstrikes" -> United States).
 *
 * @param name    canonical name ("Israeli military", "US-led coalition", "Islamic State")
 * @param kind    what sort of actor it is
 * @param country ISO code of the state behind it, or null for non-state and unknown actors
 * @param text    the words it came from
 * @param span    where those words are
 */
public record Perpetrator(String name, ActorKind kind, String country, String text, Span span) implements java.io.Serializable {
    public Perpetrator {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
    }

    /** The sorts of actor harmtrack distinguishes, following the monitors' practice. */
    public enum ActorKind {
        STATE_MILITARY, COALITION, NON_STATE_GROUP, UNKNOWN;

        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
