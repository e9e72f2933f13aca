package org.harmtrack.store;

import java.time.LocalDate;
import java.util.Objects;
import org.harmtrack.model.Aggregate;

/**
 * A campaign-level figure as the store returns it, with the article it came from.
 *
 * @param documentId  the article's id
 * @param aggregateNo its 1-based position among the article's aggregates
 * @param title       the article's title, or null
 * @param url         the article's address, or null
 * @param publisher   who published the article, or null
 * @param published   the article's publication date, or null
 * @param aggregate   the figure with its period, places, actors and source
 */
public record StoredAggregate(String documentId, int aggregateNo, String title, String url, String publisher,
                              LocalDate published, Aggregate aggregate) {
    public StoredAggregate {
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(aggregate, "aggregate");
    }
}
