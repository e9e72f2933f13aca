package org.harmtrack.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.harmtrack.model.Span;
import org.harmtrack.text.TextSplitter;
import org.junit.jupiter.api.Test;

/**
 * The spelling and context rules added for real-world names, on a small gazetteer built here: places with the
 * spellings news uses for them and look-alikes in other countries. All names and points are facts or invented.
 */
class GeoparserRulesTest {
    private static final long SUSAH = 2001;
    private static final long SOUSA_BR = 2002;
    private static final long SHADDADAH = 2003;
    private static final long HASAKAH_SEAT = 2004;
    private static final long MANDI_PUNJAB = 2005;
    private static final long WANA = 2006;
    private static final long KHARKIV = 2007;
    private static final long DEIR_EZZOR = 2008;
    private static final long HEL_PL = 2009;
    private static final long DARBASIYAH = 2010;
    private static final long KARAK_JO = 2011;
    private static final long DARAA_CITY = 2012;

    private static final Gazetteer GAZETTEER = build();
    private static final Geoparser GEOPARSER = new Geoparser(GAZETTEER);

    private static Gazetteer build() {
        GazetteerBuilder b = new GazetteerBuilder();
        b.addCountry("SY", "Syria", List.of(), List.of("Syrian"), 35.0, 38.5);
        b.addCountry("PK", "Pakistan", List.of(), List.of("Pakistani"), 30.0, 70.0);
        b.addCountry("BR", "Brazil", List.of(), List.of("Brazilian"), -10.0, -55.0);
        b.addCountry("UA", "Ukraine", List.of(), List.of("Ukrainian"), 48.4, 31.2);
        b.addAdmin1Name("SY.07", "Deir ez-Zor");
        b.addAdmin1Name("SY.01", "Al-Hasakah");
        b.addRegionAlias("SY.01", "Hassakeh");
        b.addAdmin1Name("PK.03", "Khyber Pakhtunkhwa");
        b.addAdmin1Name("PK.04", "Punjab");
        b.addAdmin2Name("PK.03.SW", "South Waziristan Agency");
        b.addPlace(new GeoEntry(SUSAH, "As Susah", 34.5337, 40.9582, "SY", "07", "", 0, GeoLevel.LOCALITY, "PPL"),
                List.of("As Susa", "Susah"));
        b.addPlace(new GeoEntry(SOUSA_BR, "Sousa", -6.7592, -38.2281, "BR", "17", "", 48_000, GeoLevel.LOCALITY, "PPL"),
                List.of());
        b.addPlace(new GeoEntry(SHADDADAH, "Ash Shaddadah", 36.0560, 40.7300, "SY", "01", "", 16_000, GeoLevel.LOCALITY,
                "PPL"), List.of("Shadadi"));
        b.addPlace(new GeoEntry(HASAKAH_SEAT, "Al Hasakah", 36.5024, 40.7477, "SY", "01", "", 190_000,
                GeoLevel.LOCALITY, "PPLA"), List.of());
        b.addPlace(new GeoEntry(MANDI_PUNJAB, "Mandi", 29.1934, 72.8553, "PK", "04", "", 30_000, GeoLevel.LOCALITY,
                "PPL"), List.of());
        b.addPlace(new GeoEntry(WANA, "Wana", 32.2989, 69.5725, "PK", "03", "SW", 2_200, GeoLevel.LOCALITY, "PPL"),
                List.of());
        b.addPlace(new GeoEntry(KHARKIV, "Kharkiv", 49.9808, 36.2527, "UA", "07", "", 1_430_000, GeoLevel.LOCALITY,
                "PPLA"), List.of("Харків", "Kharkov"));
        b.addPlace(new GeoEntry(DEIR_EZZOR, "Deir ez-Zor", 35.3359, 40.1408, "SY", "07", "", 240_000,
                GeoLevel.LOCALITY, "PPLA"), List.of("دير الزور"));
        b.addPlace(new GeoEntry(HEL_PL, "Hel", 54.6038, 18.8035, "PL", "82", "", 3_500, GeoLevel.LOCALITY, "PPL"),
                List.of("Khel"));
        b.addPlace(new GeoEntry(DARBASIYAH, "Ad Darbasiyah", 37.0722, 40.6536, "SY", "01", "", 8_000,
                GeoLevel.LOCALITY, "PPL"), List.of());
        b.addAdmin1Name("SY.06", "Daraa");
        b.addRegionAlias("SY.06", "Dar'a");
        b.addPlace(new GeoEntry(DARAA_CITY, "Dar'a", 32.6189, 36.1021, "SY", "06", "", 98_000, GeoLevel.LOCALITY,
                "PPLA"), List.of());
        // invented look-alikes abroad, like the several Daras GeoNames has
        b.addPlace(new GeoEntry(2013, "Dara", 15.3484, -15.4799, "SN", "13", "", 30_000, GeoLevel.LOCALITY, "PPL"),
                List.of());
        b.addPlace(new GeoEntry(2014, "Dara", 47.8164, 22.7522, "RO", "32", "", 1_200, GeoLevel.LOCALITY, "PPL"),
                List.of());
        // a real town abroad whose alternate names include a common word of these reports
        b.addPlace(new GeoEntry(2015, "Turabah", 21.2141, 41.6331, "SA", "14", "", 23_000, GeoLevel.LOCALITY, "PPL"),
                List.of("Ramadan"));
        b.addPlace(new GeoEntry(KARAK_JO, "Karak", 31.1853, 35.7048, "JO", "09", "", 120_000, GeoLevel.LOCALITY,
                "PPLA"), List.of());
        return b.build();
    }

    private static Geoparser.Geoparse parse(String text) {
        return GEOPARSER.parse(new TextSplitter().split(text), List.of(), GeoBias.NONE);
    }

    private static PlaceMention mention(Geoparser.Geoparse geo, String name) {
        return geo.mentions().stream().filter(m -> m.text().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no mention " + name + " in " + geo.mentions()));
    }

    @Test
    void aSpellingVariantCountsWhenTheExactReadingIsAbroad() {
        PlaceMention m = mention(parse("Syrian jets struck al-Sousa in Deir ez-Zor province."), "al-Sousa");
        assertEquals(SUSAH, m.entry().id());
    }

    @Test
    void doubledLettersAndANisbaEndingAreVariantsOfOneName() {
        PlaceMention m = mention(parse("Clashes near al-Shaddadi in Hassakeh."), "al-Shaddadi");
        assertEquals(SHADDADAH, m.entry().id());
    }

    @Test
    void anArticleWrittenAsOneWordIsStillAnArticle() {
        PlaceMention m = mention(parse("Shelling hit Alderbasiyah in Hassakeh."), "Alderbasiyah");
        assertEquals(DARBASIYAH, m.entry().id());
    }

    @Test
    void thePartOfALongerUnknownNameIsNotAPlaceInAnotherDistrict() {
        Geoparser.Geoparse geo = parse("A drone hit a car in Mandi Khel, South Waziristan Agency.");
        assertTrue(geo.mentions().stream().noneMatch(m -> m.isResolved() && m.entry().id() == MANDI_PUNJAB),
                geo.mentions()::toString);
    }

    @Test
    void aGovernorateNamedLikeVillagesAbroadStillTellsTheCountry() {
        Geoparser.Geoparse geo = parse("Mortar rounds landed near a checkpoint at Karak town, east of the city, "
                + "in Dar'a governorate.");
        assertEquals(List.of("SY"), geo.countries());
        assertTrue(geo.mentions().stream().noneMatch(m -> m.isResolved() && m.entry().id() == KARAK_JO),
                geo.mentions()::toString);
    }

    @Test
    void withNoCountryToGoByALoneWordMatchingOnlyAnAlternateNameIsNotAPlace() {
        Geoparser.Geoparse geo = parse("The strike came during Ramadan and killed 4 people at a school.");
        assertTrue(geo.mentions().stream().noneMatch(PlaceMention::isResolved), geo.mentions()::toString);
    }

    @Test
    void aLoneHamletAbroadDoesNotMakeItsCountryTheDocuments() {
        Geoparser.Geoparse geo = parse("Four people were killed near Khel by a drone.");
        assertTrue(geo.countries().isEmpty(), geo.countries()::toString);
        assertTrue(geo.mentions().stream().noneMatch(PlaceMention::isResolved), geo.mentions()::toString);
    }

    @Test
    void cyrillicAndArabicScriptNamesMatch() {
        assertEquals(KHARKIV, mention(parse("Обстріл Харків вчора."), "Харків").entry().id());
        assertEquals(DEIR_EZZOR, mention(parse("قصف في دير الزور"), "دير الزور").entry().id());
    }

    @Test
    void aShortAllCapitalsWordIsAnOrganisationNotAPlace() {
        Geoparser.Geoparse geo = parse("Syrian state media said SANA reporters were near Deir ez-Zor.");
        assertTrue(geo.mentions().stream().noneMatch(m -> m.text().equals("SANA")));
    }

    @Test
    void maskedSpansAreNotReadAsPlaces() {
        String text = "Ahmed Wana was killed in Deir ez-Zor.";
        Geoparser.Geoparse geo = GEOPARSER.parse(new TextSplitter().split(text), List.of(new Span(0, 10)), GeoBias.NONE);
        assertFalse(geo.mentions().stream().anyMatch(m -> m.text().equals("Wana")));
        assertEquals(DEIR_EZZOR, mention(geo, "Deir ez-Zor").entry().id());
    }

    @Test
    void aContainerMarksItselfAsAReference() {
        Geoparser.Geoparse geo = parse("Shelling hit Ad Darbasiyah, Al Hasakah, on Monday.");
        assertEquals(DARBASIYAH, mention(geo, "Ad Darbasiyah").entry().id());
        assertTrue(mention(geo, "Al Hasakah").reference());
        assertFalse(mention(geo, "Ad Darbasiyah").reference());
    }

    @Test
    void aVillageInADistrictIsResolvedBesideTheDistrict() {
        Geoparser.Geoparse geo = parse("Shelling hit Ad Darbasiyah, a small town in Al Hasakah, on Monday.");
        assertEquals(DARBASIYAH, mention(geo, "Ad Darbasiyah").entry().id());
        assertTrue(mention(geo, "Al Hasakah").reference());
    }

    @Test
    void theContextCountriesOfOtherReadersCount() {
        Geoparser.Geoparse geo = GEOPARSER.parse(new TextSplitter().split("Fighting near Sousa."), List.of(),
                GeoBias.NONE, List.of("SY"));
        assertEquals(List.of("SY"), geo.countries());
        assertEquals(SUSAH, mention(geo, "Sousa").entry().id(), "the Brazilian Sousa is ruled out; As Susah is a spelling");
    }
}
