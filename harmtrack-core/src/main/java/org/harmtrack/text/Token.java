package org.harmtrack.text;

import org.harmtrack.model.Span;

/**
 * A word, number or punctuation mark with its offsets.
 *
 * @param text  the token's characters, exactly as in the document
 * @param index the token's position in its sentence
 * @param lower the text in lower case (computed once: every reader asks for it)
 */
public record Token(String text, int start, int end, int index, String lower) {
    public Token(String text, int start, int end, int index) {
        this(text, start, end, index, text.toLowerCase(java.util.Locale.ROOT));
    }

    public Span span() {
        return new Span(start, end);
    }

    public boolean isWord() {
        return Character.isLetter(text.charAt(0));
    }

    public boolean isNumber() {
        return Character.isDigit(text.charAt(0));
    }

    public boolean isCapitalized() {
        return Character.isUpperCase(text.charAt(0));
    }

}
