package org.harmtrack.model;

/**
 * How exactly a resolved place's coordinates locate the harm, from finest to coarsest.
 * {@code NEAR} means the text named somewhere the gazetteer does not know, and the point is the
 * nearest larger named place the text gives.
 */
public enum PlacePrecision {
    LOCALITY, NEAR, DISTRICT, PROVINCE, COUNTRY;

    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
