package org.harmtrack.app;

import java.util.List;

/**
 * Small invented reports, written for these tests (not news): five incidents, four of them placed (Aleppo and
 * Atarib, about 30 km apart, in Syria; Mosul, Iraq; Kharkiv, Ukraine) and one with no place.
 */
public final class Reports {
    public static final String ALEPPO = "{\"id\": \"fx-aleppo\", \"published\": \"2021-03-04\", \"title\": \"Strike on Aleppo market\", "
            + "\"publisher\": \"Test Wire\", \"url\": \"https://example.invalid/aleppo\", \"text\": \"An airstrike by Russian "
            + "warplanes hit a market in Aleppo on 3 March 2021, killing at least 12 civilians, including five children, "
            + "according to residents. A local monitor said 20 people were wounded.\"}";
    public static final String MOSUL = "{\"id\": \"fx-mosul\", \"published\": \"2019-05-11\", \"title\": \"Car bomb in Mosul\", "
            + "\"text\": \"A car bomb exploded near a checkpoint in Mosul on 10 May 2019, killing 4 people and injuring 9, "
            + "police said.\"}";
    public static final String KHARKIV = "{\"id\": \"fx-kharkiv\", \"published\": \"2022-04-20\", \"title\": \"Shelling in Kharkiv\", "
            + "\"text\": \"Russian shelling hit a residential area of Kharkiv yesterday, killing 3 civilians and wounding 15, "
            + "the regional governor said.\"}";
    public static final String ATARIB = "{\"id\": \"fx-atarib\", \"published\": \"2021-03-06\", \"title\": \"Drone strike near Aleppo\", "
            + "\"text\": \"A drone strike hit a car in Atarib, west of Aleppo, on 5 March 2021, killing two men, "
            + "a local monitor said.\"}";
    public static final String UNPLACED = "{\"id\": \"fx-unplaced\", \"published\": \"2020-01-10\", \"title\": \"Gunmen attack\", "
            + "\"text\": \"Unidentified gunmen opened fire on a bus on Thursday, killing 6 passengers and wounding 4, "
            + "police said.\"}";

    public static final List<String> ALL = List.of(ALEPPO, MOSUL, KHARKIV, ATARIB, UNPLACED);
    public static final List<String> IDS = List.of("fx-aleppo", "fx-mosul", "fx-kharkiv", "fx-atarib", "fx-unplaced");

    private Reports() {
    }
}
