package org.harmtrack.model;

import java.util.Objects;

/**
 * A place mention resolved against the gazetteer.
 *
 * @param text       the words in the document ("al-Sousa")
 * @param name       the gazetteer's name ("As Susah")
 * @param geonamesId the GeoNames id, or 0 for a region or country without one
 * @param admin1     first-level region name, or null
 * @param admin2     second-level region name, or null
 * @param country    ISO 3166-1 alpha-2 code
 * @param precision  how exactly the point locates the place the text means
 * @param span       the mention in the document
 */
public record Place(String text, String name, long geonamesId, String admin1, String admin2, String country,
                    double lat, double lon, PlacePrecision precision, Span span) implements java.io.Serializable {
    public Place {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(precision, "precision");
    }
}
