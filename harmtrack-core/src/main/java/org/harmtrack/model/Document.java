package org.harmtrack.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One report as it arrived: its text and its provenance. Only {@code id} and {@code text} are required;
 * a missing publication date makes relative dates ("on Tuesday") resolve against the document's own
 * explicit dates, or stay unresolved.
 */
public record Document(String id, String text, LocalDate published, String title, String url, String publisher) implements java.io.Serializable {
    public Document {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        if (id.isBlank()) {
            throw new IllegalArgumentException("document id must not be blank");
        }
    }

    public static Document of(String id, String text) {
        return new Document(id, text, null, null, null, null);
    }

    public static Document of(String id, String text, LocalDate published) {
        return new Document(id, text, published, null, null, null);
    }
}
