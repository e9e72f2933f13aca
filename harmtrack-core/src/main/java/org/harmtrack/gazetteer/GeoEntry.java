package org.harmtrack.gazetteer;

/**
 * One gazetteer entry: a populated place, a first- or second-level region, or a country.
 * A region's point is its seat (the place GeoNames codes as its administrative centre) or, without one,
 * the centroid of its places; a country's is an approximate centroid.
 *
 * @param id          GeoNames id, or 0 for regions and countries built from code tables
 * @param featureCode GeoNames feature code (PPL, PPLA, PPLC, ...; ADM1, ADM2, PCLI for built entries)
 * @param admin1Code  GeoNames admin1 code within the country ("07"), or "" if unknown
 * @param admin2Code  GeoNames admin2 code within admin1, or "" if unknown
 */
public record GeoEntry(long id, String name, double lat, double lon, String country, String admin1Code,
                       String admin2Code, long population, GeoLevel level, String featureCode) {

    /** "SY.07", the key of this entry's first-level region in GeoNames' code tables. */
    public String admin1Key() {
        return admin1Code.isEmpty() ? "" : country + "." + admin1Code;
    }

    /** "PK.03.1164536", the key of this entry's second-level region. */
    public String admin2Key() {
        return admin1Code.isEmpty() || admin2Code.isEmpty() ? "" : country + "." + admin1Code + "." + admin2Code;
    }
}
