package org.harmtrack.model;

import java.util.List;
import java.util.Objects;

/**
 * A figure over a campaign or a period ("34,573 airstrikes between August 2014 and August 2019",
 * "more than 3,700 bombs"): kept, with who said it, but never counted as an incident or as deaths of one.
 *
 * @param measure what is counted: "airstrikes", "bombs", "sorties", "killed", "civilians_killed", ...
 * @param period  the period the figure covers, or null when the text gives none
 * @param places  names of the places the figure covers
 */
public record Aggregate(String measure, Range count, EventDate period, List<String> places,
                        List<Perpetrator> perpetrators, String attributedTo, Span span) implements java.io.Serializable {
    public Aggregate {
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(count, "count");
        Objects.requireNonNull(span, "span");
        places = List.copyOf(places);
        perpetrators = List.copyOf(perpetrators);
    }
}
