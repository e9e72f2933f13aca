package org.harmtrack.store;

import java.util.List;
import java.util.Objects;

/**
 * An article that matches a full-text search.
 *
 * @param articleId   the article's id
 * @param title       its title, or null
 * @param score       the relevance score (higher is better), for ordering only
 * @param snippet     a stretch of the article's text around the first match, as plain text (render it escaped)
 * @param matchStart  where the first matched word starts in the article's text (UTF-16 offset), or -1
 * @param matchEnd    where it ends, or -1
 * @param incidentIds the incidents whose evidence sentences match, in order
 */
public record SearchHit(String articleId, String title, float score, String snippet, int matchStart, int matchEnd,
                        List<String> incidentIds) {
    public SearchHit {
        Objects.requireNonNull(articleId, "articleId");
        incidentIds = List.copyOf(incidentIds);
    }
}
