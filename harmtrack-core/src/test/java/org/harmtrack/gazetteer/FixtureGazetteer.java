package org.harmtrack.gazetteer;

import java.util.List;

/**
 * A small hand-built gazetteer shared by the gazetteer and extract tests. Coordinates and populations are
 * approximate; ids are invented (1001..). Built once, immutable, safe to share.
 *
 * <ul>
 *   <li>Countries: Syria, Iraq, Pakistan, Palestine, Israel (with demonyms).</li>
 *   <li>Syria: Idlib (city, seat of the Idlib region), Saraqib, Hama (city, seat of the Hama region), Quneitra
 *       (small seat of the Quneitra region), Douma (in Rif Dimashq, alias "Rural Damascus"), Ash Shaddadi (alias
 *       al-Shaddadi), Dayr az Zawr, Tal Safra.</li>
 *   <li>Iraq: Mosul, a second Tal Safra (larger than the Syrian one), Sinjar.</li>
 *   <li>Pakistan: Miran Shah and Mir Ali (about 19 km apart, North Waziristan Agency).</li>
 *   <li>Palestine: Khan Yunis, Deir al-Balah.</li>
 *   <li>Elsewhere: two cities called Tripoli (Lebanon, and the larger one in Libya); "Police" (Poland) and
 *       "Monday" (United States), names that are English words.</li>
 * </ul>
 */
public final class FixtureGazetteer {
    public static final long IDLIB = 1001;
    public static final long SARAQIB = 1002;
    public static final long DOUMA = 1003;
    public static final long SHADDADI = 1004;
    public static final long DEIR_EZZOR = 1005;
    public static final long HAMA = 1006;
    public static final long TAL_SAFRA_SY = 1007;
    public static final long TAL_SAFRA_IQ = 1008;
    public static final long MOSUL = 1009;
    public static final long MIRAN_SHAH = 1010;
    public static final long MIR_ALI = 1011;
    public static final long KHAN_YUNIS = 1012;
    public static final long DEIR_AL_BALAH = 1013;
    public static final long POLICE_PL = 1014;
    public static final long MONDAY_US = 1015;
    /** A made-up city in the US with an Arabic name that is also the Arabic word for a social-media post. */
    public static final long BOST_US = 1090;
    /** A made-up Saudi city whose Arabic name is the common word for "city". */
    public static final long MADINA_SA = 1091;
    public static final long SINJAR = 1016;
    public static final long QUNEITRA = 1017;
    public static final long TRIPOLI_LB = 1018;
    public static final long TRIPOLI_LY = 1019;

    private static final Gazetteer GAZETTEER = build();

    private FixtureGazetteer() {
    }

    public static Gazetteer gazetteer() {
        return GAZETTEER;
    }

    public static Geoparser geoparser() {
        return new Geoparser(GAZETTEER);
    }

    private static Gazetteer build() {
        GazetteerBuilder b = new GazetteerBuilder();
        b.addCountry("SY", "Syria", List.of("Syrian Arab Republic"), List.of("Syrian", "Syrians"), 35.0, 38.5);
        b.addCountry("IQ", "Iraq", List.of(), List.of("Iraqi", "Iraqis"), 33.0, 43.7);
        b.addCountry("PK", "Pakistan", List.of(), List.of("Pakistani", "Pakistanis"), 30.0, 70.0);
        b.addCountry("PS", "Palestine", List.of(), List.of("Palestinian", "Palestinians"), 31.9, 35.2);
        b.addCountry("IL", "Israel", List.of(), List.of("Israeli", "Israelis"), 31.4, 35.0);

        b.addAdmin1Name("SY.12", "Idlib");
        b.addAdmin1Name("SY.10", "Hama");
        b.addAdmin1Name("SY.08", "Rif Dimashq");
        b.addRegionAlias("SY.08", "Rural Damascus");
        b.addAdmin1Name("SY.07", "Deir ez-Zor");
        b.addAdmin1Name("SY.03", "Quneitra");
        b.addAdmin1Name("SY.01", "Al-Hasakah");
        b.addAdmin1Name("IQ.15", "Nineveh");
        b.addAdmin1Name("PK.03", "Khyber Pakhtunkhwa");
        b.addAdmin2Name("PK.03.NW", "North Waziristan Agency");
        b.addAdmin1Name("PS.GZ", "Gaza Strip");

        place(b, IDLIB, "Idlib", 35.9306, 36.6339, "SY", "12", "", 165_000, "PPLA", "إدلب");
        place(b, SARAQIB, "Saraqib", 35.8624, 36.8006, "SY", "12", "", 30_000, "PPL", "سراقب");
        place(b, HAMA, "Hama", 35.1318, 36.7578, "SY", "10", "", 700_000, "PPLA");
        place(b, DOUMA, "Douma", 33.5711, 36.4028, "SY", "08", "", 110_000, "PPLA2");
        place(b, SHADDADI, "Ash Shaddadi", 36.0516, 40.7302, "SY", "01", "", 16_000, "PPL", "al-Shaddadi");
        place(b, DEIR_EZZOR, "Dayr az Zawr", 35.3359, 40.1408, "SY", "07", "", 240_000, "PPLA");
        place(b, QUNEITRA, "Quneitra", 33.1260, 35.8240, "SY", "03", "", 4_000, "PPLA");
        place(b, TAL_SAFRA_SY, "Tal Safra", 36.5000, 40.2000, "SY", "01", "", 3_000, "PPL");
        place(b, TAL_SAFRA_IQ, "Tal Safra", 36.4000, 42.3000, "IQ", "15", "", 8_000, "PPL");
        place(b, MOSUL, "Mosul", 36.3350, 43.1189, "IQ", "15", "", 1_700_000, "PPLA");
        place(b, SINJAR, "Sinjar", 36.3209, 41.8767, "IQ", "15", "", 38_000, "PPL");
        place(b, MIRAN_SHAH, "Miran Shah", 32.9985, 70.0711, "PK", "03", "NW", 5_000, "PPLA3", "Miranshah");
        place(b, MIR_ALI, "Mir Ali", 32.9700, 70.2700, "PK", "03", "NW", 3_000, "PPL");
        place(b, KHAN_YUNIS, "Khan Yunis", 31.3402, 34.3063, "PS", "GZ", "", 200_000, "PPL");
        place(b, DEIR_AL_BALAH, "Deir al-Balah", 31.4180, 34.3505, "PS", "GZ", "", 60_000, "PPL");
        place(b, TRIPOLI_LB, "Tripoli", 34.4367, 35.8497, "LB", "", "", 230_000, "PPLA");
        place(b, TRIPOLI_LY, "Tripoli", 32.8872, 13.1913, "LY", "", "", 1_150_000, "PPLC");
        place(b, POLICE_PL, "Police", 53.5500, 14.5700, "PL", "", "", 33_000, "PPL");
        place(b, MONDAY_US, "Monday", 39.5000, -82.3000, "US", "", "", 200, "PPL");
        place(b, BOST_US, "Bost City", 33.1912, -101.3790, "US", "", "", 150_000, "PPL", "بوست");
        place(b, MADINA_SA, "Madina Town", 24.4700, 39.6100, "SA", "", "", 1_200_000, "PPLA", "مدينة");
        return b.build();
    }

    private static void place(GazetteerBuilder b, long id, String name, double lat, double lon, String country,
                              String admin1, String admin2, long population, String featureCode, String... alternates) {
        b.addPlace(new GeoEntry(id, name, lat, lon, country, admin1, admin2, population, GeoLevel.LOCALITY, featureCode),
                List.of(alternates));
    }
}
