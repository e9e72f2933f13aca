package org.harmtrack.gazetteer;

import org.harmtrack.model.Span;

/**
 * A place name found in a document and what the geoparser made of it.
 *
 * @param span          where the name is
 * @param text          the name as written
 * @param sentenceIndex the sentence it is in
 * @param entry         the gazetteer entry it resolved to, or null when the name is not in the gazetteer
 * @param score         how strongly the context supports the chosen entry (higher is surer)
 * @param fuzzy         true when only the name's skeleton matched (a transliteration variant)
 * @param ambiguity     how many candidate entries the name had before context chose one
 * @param reference     the name only locates the name before it ("Atarib, west of Aleppo", "Hit in Dar'a")
 */
public record PlaceMention(Span span, String text, int sentenceIndex, GeoEntry entry, double score, boolean fuzzy,
                           int ambiguity, boolean reference) {
    /** This mention, marked as the reference point of the name before it. */
    public PlaceMention asReference() {
        return new PlaceMention(span, text, sentenceIndex, entry, score, fuzzy, ambiguity, true);
    }

    public boolean isResolved() {
        return entry != null;
    }
}
