package org.harmtrack.gazetteer;

import org.harmtrack.model.PlacePrecision;

/** What sort of gazetteer entry a name belongs to. */
public enum GeoLevel {
    LOCALITY(PlacePrecision.LOCALITY), DISTRICT(PlacePrecision.DISTRICT), PROVINCE(PlacePrecision.PROVINCE),
    COUNTRY(PlacePrecision.COUNTRY);

    private final PlacePrecision precision;

    GeoLevel(PlacePrecision precision) {
        this.precision = precision;
    }

    /** The precision a point of this level has. */
    public PlacePrecision precision() {
        return precision;
    }
}
