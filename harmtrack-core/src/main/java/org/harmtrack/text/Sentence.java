package org.harmtrack.text;

import java.util.List;
import org.harmtrack.model.Span;

/**
 * A sentence of a document: its offsets, its text and its tokens.
 *
 * @param index the sentence's position in the document
 */
public record Sentence(int index, int start, int end, String text, List<Token> tokens) {
    public Sentence {
        tokens = List.copyOf(tokens);
    }

    public Span span() {
        return new Span(start, end);
    }

    /** The sentence's text between two document offsets (clamped to the sentence). */
    public String slice(int from, int to) {
        return text.substring(Math.max(0, from - start), Math.min(text.length(), to - start));
    }
}
