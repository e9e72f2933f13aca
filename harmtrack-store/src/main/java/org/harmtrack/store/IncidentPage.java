package org.harmtrack.store;

import java.util.List;

/**
 * One page of linked incidents.
 *
 * @param total  how many incidents match the search, over all pages
 * @param offset where this page starts among them
 * @param items  the page's incidents, in the search's order
 */
public record IncidentPage(long total, int offset, List<LinkedIncident> items) {
    public IncidentPage {
        items = List.copyOf(items);
    }
}
