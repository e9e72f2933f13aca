package org.harmtrack.gazetteer;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A caller's steer for place resolution: prefer these countries, or keep only places inside a bounding box.
 * {@link #NONE} lets the document's own context decide.
 */
public record GeoBias(Set<String> countries, double minLat, double minLon, double maxLat, double maxLon) {
    public static final GeoBias NONE = new GeoBias(Set.of(), -90, -180, 90, 180);

    public GeoBias {
        countries = countries.stream().map(c -> c.toUpperCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        if (minLat > maxLat || minLon > maxLon || minLat < -90 || maxLat > 90 || minLon < -180 || maxLon > 180) {
            throw new IllegalArgumentException("bounding box must satisfy -90 <= minLat <= maxLat <= 90 and "
                    + "-180 <= minLon <= maxLon <= 180: " + minLat + "," + minLon + "," + maxLat + "," + maxLon);
        }
    }

    public static GeoBias countries(Set<String> iso2) {
        return new GeoBias(iso2, -90, -180, 90, 180);
    }

    public boolean contains(double lat, double lon) {
        return lat >= minLat && lat <= maxLat && lon >= minLon && lon <= maxLon;
    }
}
