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
 */
public record PlaceMention(Span span, String text, int sentenceIndex, GeoEntry entry, double score, boolean fuzzy,
                           int ambiguity) {
    public boolean isResolved() {
        return entry != null;
    }
}
