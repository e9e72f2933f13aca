package org.harmtrack.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.harmtrack.link.Corroboration;
import org.harmtrack.model.EventType;
import org.harmtrack.model.Place;
import org.harmtrack.model.Range;

/**
 * An incident as a list or a map shows it: the summary the store keeps on the incident's row, read without its
 * reports, so that a page of briefs costs the same whether an incident has one report or a thousand.
 *
 * @param place     the finest place its reports give (name, regions, point, precision; no text or span), or null
 * @param killed    the reconciled number killed, or null when no report gives one
 * @param civilians the reconciled number of civilians killed, or null
 * @param reports   how many reports it links
 * @param title     the title of its first report's article, or null
 * @param sources   the distinct sources its corroboration grade counts
 * @param airwars   its grade on Airwars' scale with the sentence saying why, or null for a row not yet completed
 */
public record IncidentBrief(String id, LocalDate dateStart, LocalDate dateEnd, EventType type, Place place,
                            Range killed, Range civilians, Corroboration.Grade grade, int reports, String title,
                            List<String> sources, org.harmtrack.link.AirwarsScale.Graded airwars) {
    public IncidentBrief {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(grade, "grade");
        sources = List.copyOf(sources);
    }

    /**
     * One page of briefs.
     *
     * @param total  how many incidents match the search, over all pages
     * @param offset where this page starts among them
     */
    public record Page(long total, int offset, List<IncidentBrief> items) {
        public Page {
            items = List.copyOf(items);
        }
    }
}
