package org.harmtrack.gazetteer;

import static org.harmtrack.gazetteer.FixtureGazetteer.DEIR_EZZOR;
import static org.harmtrack.gazetteer.FixtureGazetteer.IDLIB;
import static org.harmtrack.gazetteer.FixtureGazetteer.KHAN_YUNIS;
import static org.harmtrack.gazetteer.FixtureGazetteer.MIRAN_SHAH;
import static org.harmtrack.gazetteer.FixtureGazetteer.MOSUL;
import static org.harmtrack.gazetteer.FixtureGazetteer.QUNEITRA;
import static org.harmtrack.gazetteer.FixtureGazetteer.SARAQIB;
import static org.harmtrack.gazetteer.FixtureGazetteer.SHADDADI;
import static org.harmtrack.gazetteer.FixtureGazetteer.TAL_SAFRA_IQ;
import static org.harmtrack.gazetteer.FixtureGazetteer.TAL_SAFRA_SY;
import static org.harmtrack.gazetteer.FixtureGazetteer.TRIPOLI_LB;
import static org.harmtrack.gazetteer.FixtureGazetteer.TRIPOLI_LY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.harmtrack.model.Span;
import org.harmtrack.text.TextSplitter;
import org.junit.jupiter.api.Test;

class GeoparserTest {

    /** A box around Syria and Lebanon that leaves out Iraq (Tal Safra at lon 42.3, Mosul) and Libya. */
    private static final GeoBias SYRIA_BOX = new GeoBias(Set.of(), 32.0, 35.0, 37.5, 42.0);

    private final Geoparser geoparser = FixtureGazetteer.geoparser();
    private final TextSplitter splitter = new TextSplitter();

    private Geoparser.Geoparse parse(String text) {
        return parse(text, List.of(), GeoBias.NONE);
    }

    private Geoparser.Geoparse parse(String text, List<Span> masked, GeoBias bias) {
        Geoparser.Geoparse geo = geoparser.parse(splitter.split(text), masked, bias);
        for (PlaceMention m : geo.mentions()) {
            assertEquals(m.text(), m.span().of(text), "a mention's text is the document's characters at its span");
        }
        return geo;
    }

    /** The single mention whose text is {@code name}. */
    private static PlaceMention mention(Geoparser.Geoparse geo, String name) {
        List<PlaceMention> found = geo.mentions().stream().filter(m -> m.text().equals(name)).toList();
        assertEquals(1, found.size(), () -> "mentions of '" + name + "': " + geo.mentions());
        return found.get(0);
    }

    // --- exact matches ---

    @Test
    void arabicNamesFindPlacesWhereArabicIsWrittenOnly() {
        // "ادلب" is written without the hamza the gazetteer's "إدلب" has
        Geoparser.Geoparse geo = parse("قصفت الطائرات مدينة ادلب، بحسب بوست على صفحة الدفاع المدني.");
        assertEquals(IDLIB, mention(geo, "ادلب").entry().id());
        assertTrue(geo.mentions().stream().noneMatch(m -> m.isResolved() && m.entry().id() == FixtureGazetteer.BOST_US),
                geo.mentions()::toString);
    }

    @Test
    void anArabicPlaceMayCarryProcliticsAndItsSpanStartsAfterThem() {
        String text = "سقطت قذائف على الأحياء السكنية بسراقب وقتل شخص في محيط المدينة.";
        PlaceMention m = mention(parse(text), "سراقب");
        assertEquals(SARAQIB, m.entry().id());
        assertEquals(text.indexOf("سراقب"), m.span().start());
    }

    @Test
    void aLoneArabicWordIsAPlaceWhereTheGrammarPutsOneOrWhenWellKnown() {
        // no capital letters in Arabic: a small town needs a preposition, a word of place or a hashtag before it
        assertTrue(parse("وقال سراقب إن الطائرات عادت.").resolved().isEmpty());
        assertEquals(SARAQIB, mention(parse("عادت الطائرات إلى قرية سراقب ليلا."), "سراقب").entry().id());
        assertEquals(SARAQIB, mention(parse("قصف جديد على #سراقب اليوم."), "سراقب").entry().id());
        // a provincial capital is well known wherever it stands
        assertEquals(IDLIB, mention(parse("ادلب تستقبل النازحين."), "ادلب").entry().id());
    }

    @Test
    void aCommonArabicWordIsNotThePlaceItNamesAbroad() {
        Geoparser.Geoparse geo = parse("قصفت الطائرات وسط مدينة ادلب وأطراف المدينة.");
        assertTrue(geo.mentions().stream().noneMatch(m -> m.isResolved() && m.entry().id() == FixtureGazetteer.MADINA_SA),
                geo.mentions()::toString);
        assertEquals(IDLIB, mention(geo, "ادلب").entry().id());
    }

    @Test
    void resolvesAnExactNameToItsEntry() {
        String text = "Warplanes struck Saraqib at dawn.";
        Geoparser.Geoparse geo = parse(text);
        assertEquals(1, geo.mentions().size());
        PlaceMention m = geo.mentions().get(0);
        assertEquals(new Span(text.indexOf("Saraqib"), text.indexOf("Saraqib") + 7), m.span());
        assertEquals(SARAQIB, m.entry().id());
        assertFalse(m.fuzzy());
        assertEquals(0, m.sentenceIndex());
        assertTrue(m.isResolved());
    }

    @Test
    void resolvesAMultiWordNameAsOneMention() {
        PlaceMention m = mention(parse("A drone hit a house in Miran Shah overnight."), "Miran Shah");
        assertEquals(MIRAN_SHAH, m.entry().id());
    }

    @Test
    void resolvesASpellingWithALowercaseArticleToTheSamePlace() {
        assertEquals(SHADDADI, mention(parse("Shelling hit al-Shaddadi."), "al-Shaddadi").entry().id());
        assertEquals(SHADDADI, mention(parse("Shelling hit Ash Shaddadi."), "Ash Shaddadi").entry().id());
    }

    @Test
    void resolvesARegionAliasToTheRegion() {
        PlaceMention m = mention(parse("Shelling hit Rural Damascus again."), "Rural Damascus");
        assertEquals(GeoLevel.PROVINCE, m.entry().level());
        assertEquals("Rif Dimashq", m.entry().name());
        assertEquals("SY.08", m.entry().admin1Key());
    }

    @Test
    void resolvesADistrictByItsNameWithoutTheWordAgency() {
        PlaceMention m = mention(parse("A drone hit Miran Shah in North Waziristan."), "North Waziristan");
        assertEquals(GeoLevel.DISTRICT, m.entry().level());
        assertEquals("North Waziristan Agency", m.entry().name());
    }

    @Test
    void resolvesACountryNameAndCountsItAsTheDocumentsCountry() {
        Geoparser.Geoparse geo = parse("In Syria, jets struck Saraqib.");
        PlaceMention syria = mention(geo, "Syria");
        assertEquals(GeoLevel.COUNTRY, syria.entry().level());
        assertEquals("SY", syria.entry().country());
        assertEquals(List.of("SY"), geo.countries());
    }

    @Test
    void reportsTheSentenceOfEachMention() {
        Geoparser.Geoparse geo = parse("Jets struck Saraqib. Later a drone hit Miran Shah.");
        assertEquals(0, mention(geo, "Saraqib").sentenceIndex());
        assertEquals(1, mention(geo, "Miran Shah").sentenceIndex());
    }

    @Test
    void lowercaseWordsAreNotPlaceNames() {
        assertTrue(parse("the saraqib road and the hama bakery").mentions().isEmpty());
    }

    @Test
    void bySpecificityPutsLocalitiesBeforeRegionsAndCountries() {
        Geoparser.Geoparse geo = parse("In Syria, shelling in Rural Damascus hit Douma.");
        List<GeoLevel> levels = geo.bySpecificity().stream().map(m -> m.entry().level()).toList();
        assertEquals(List.of(GeoLevel.LOCALITY, GeoLevel.PROVINCE, GeoLevel.COUNTRY), levels);
    }

    // --- skeleton (transliteration) matches ---

    @Test
    void skeletonMatchesInsideTheDocumentsCountry() {
        PlaceMention m = mention(parse("In Syria, warplanes struck Deir Ezzor."), "Deir Ezzor");
        assertEquals(DEIR_EZZOR, m.entry().id());
        assertTrue(m.fuzzy());
        PlaceMention idleb = mention(parse("In Syria, warplanes struck Idleb."), "Idleb");
        assertEquals(IDLIB, idleb.entry().id());
        assertTrue(idleb.fuzzy());
    }

    @Test
    void skeletonMatchesAreNotTrustedOutsideTheDocumentsCountries() {
        Geoparser.Geoparse geo = parse("In Iraq, warplanes struck Idleb.");
        assertEquals(List.of("IQ"), geo.countries());
        assertNull(mention(geo, "Idleb").entry(), "Idlib is in Syria, the document is about Iraq");
    }

    @Test
    void skeletonMatchesKhanYounisInAPalestineDocument() {
        PlaceMention m = mention(parse("Strikes hit Khan Younis in Palestine."), "Khan Younis");
        assertEquals(KHAN_YUNIS, m.entry().id());
        assertTrue(m.fuzzy());
    }

    @Test
    void anExactMatchIsNotFuzzy() {
        Geoparser.Geoparse geo = parse("In Syria, jets struck Dayr az Zawr.");
        PlaceMention m = mention(geo, "Dayr az Zawr");
        assertEquals(DEIR_EZZOR, m.entry().id());
        assertFalse(m.fuzzy());
    }

    // --- context: countries, regions, biases ---

    @Test
    void withoutContextTheLargerOfTwoSameNamedCitiesWins() {
        PlaceMention m = mention(parse("Protests spread in Tripoli."), "Tripoli");
        assertEquals(TRIPOLI_LY, m.entry().id());
    }

    @Test
    void aNamedCountryChoosesBetweenSameNamedPlaces() {
        assertEquals(TAL_SAFRA_SY, mention(parse("In Syria, warplanes struck Tal Safra."), "Tal Safra").entry().id());
        assertEquals(TAL_SAFRA_IQ, mention(parse("In Iraq, warplanes struck Tal Safra."), "Tal Safra").entry().id());
    }

    @Test
    void anUnambiguousPlaceElsewhereInTheDocumentChoosesTheCountry() {
        Geoparser.Geoparse geo = parse("Jets struck Saraqib and Idlib. Later they struck Tal Safra.");
        assertTrue(geo.countries().contains("SY"), geo.countries()::toString);
        assertEquals(TAL_SAFRA_SY, mention(geo, "Tal Safra").entry().id());
    }

    @Test
    void demonymsSteerAnAmbiguousNameToTheirCountry() {
        Geoparser.Geoparse geo = parse("Syrian activists said Syrians fled Tal Safra.");
        assertEquals(List.of("SY"), geo.countries());
        assertEquals(TAL_SAFRA_SY, mention(geo, "Tal Safra").entry().id());
    }

    @Test
    void demonymsAreNotPlaceMentions() {
        Geoparser.Geoparse geo = parse("Syrian activists said Syrians fled Tal Safra.");
        assertTrue(geo.mentions().stream().noneMatch(m -> m.text().startsWith("Syrian")), geo.mentions()::toString);
    }

    @Test
    void aSingleDemonymSteersAnAmbiguousName() {
        assertEquals(TAL_SAFRA_SY, mention(parse("Syrian warplanes struck Tal Safra."), "Tal Safra").entry().id());
    }

    @Test
    void provinceWordChoosesTheRegionOverTheTown() {
        PlaceMention m = mention(parse("Shelling hit Quneitra province."), "Quneitra");
        assertEquals(GeoLevel.PROVINCE, m.entry().level());
        assertEquals("SY.03", m.entry().admin1Key());
    }

    @Test
    void townWordChoosesTheTownOverTheRegion() {
        PlaceMention m = mention(parse("Shelling hit Quneitra town."), "Quneitra");
        assertEquals(GeoLevel.LOCALITY, m.entry().level());
        assertEquals(QUNEITRA, m.entry().id());
    }

    @Test
    void theProvinceOfFormChoosesTheRegion() {
        PlaceMention m = mention(parse("Shelling hit the province of Quneitra."), "Quneitra");
        assertEquals(GeoLevel.PROVINCE, m.entry().level());
    }

    @Test
    void provinceWordChoosesTheRegionEvenWhenItsSeatIsACity() {
        assertEquals(GeoLevel.PROVINCE, mention(parse("Jets struck Idlib province."), "Idlib").entry().level());
        assertEquals(GeoLevel.PROVINCE, mention(parse("Shelling hit Hama province."), "Hama").entry().level());
    }

    @Test
    void biasCountriesForceTheCountry() {
        String text = "Syrian activists said Syrians fled Tal Safra.";
        Geoparser.Geoparse geo = parse(text, List.of(), GeoBias.countries(Set.of("iq")));
        assertEquals(List.of("IQ"), geo.countries());
        assertEquals(TAL_SAFRA_IQ, mention(geo, "Tal Safra").entry().id());
    }

    @Test
    void biasCountriesLeaveOutSmallPlacesElsewhere() {
        Geoparser.Geoparse geo = parse("Jets struck Saraqib.", List.of(), GeoBias.countries(Set.of("PK")));
        assertNull(mention(geo, "Saraqib").entry());
    }

    @Test
    void biasBoundingBoxExcludesPlacesOutsideIt() {
        assertEquals(MOSUL, mention(parse("In Iraq, warplanes struck Mosul."), "Mosul").entry().id());
        PlaceMention mosul = mention(parse("In Iraq, warplanes struck Mosul.", List.of(), SYRIA_BOX), "Mosul");
        assertNull(mosul.entry());
        assertEquals(0, mosul.ambiguity());
    }

    @Test
    void biasBoundingBoxChoosesBetweenSameNamedPlaces() {
        String text = "Protests spread in Tripoli.";
        GeoBias both = GeoBias.countries(Set.of("LB", "LY"));
        assertEquals(TRIPOLI_LY, mention(parse(text, List.of(), both), "Tripoli").entry().id());
        GeoBias bothInBox = new GeoBias(Set.of("LB", "LY"), SYRIA_BOX.minLat(), SYRIA_BOX.minLon(),
                SYRIA_BOX.maxLat(), SYRIA_BOX.maxLon());
        PlaceMention m = mention(parse(text, List.of(), bothInBox), "Tripoli");
        assertEquals(TRIPOLI_LB, m.entry().id(), "the Libyan Tripoli lies outside the box");
        assertEquals(1, m.ambiguity());
    }

    @Test
    void biasBoundingBoxAloneChoosesThePlaceInsideIt() {
        PlaceMention m = mention(parse("Protests spread in Tripoli.", List.of(), SYRIA_BOX), "Tripoli");
        assertNotNull(m.entry());
        assertEquals(TRIPOLI_LB, m.entry().id());
    }

    @Test
    void geoBiasRejectsAnInvertedBox() {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new GeoBias(Set.of(), 40, 0, 30, 10));
        assertTrue(GeoBias.NONE.contains(-89.9, 179.9));
        assertTrue(SYRIA_BOX.contains(35.8624, 36.8006));
        assertFalse(SYRIA_BOX.contains(36.4, 42.3));
    }

    // --- what is not a place ---

    @Test
    void stopwordsAreNotMatchedAsPlaces() {
        Gazetteer gazetteer = FixtureGazetteer.gazetteer();
        assertFalse(gazetteer.lookup("Police").isEmpty(), "precondition: the fixture has a place called Police");
        assertFalse(gazetteer.lookup("Monday").isEmpty(), "precondition: the fixture has a place called Monday");
        Geoparser.Geoparse geo = parse("Police said jets struck Saraqib on Monday. Monday was calm.");
        assertEquals(List.of("Saraqib"), geo.mentions().stream().map(PlaceMention::text).toList());
    }

    @Test
    void maskedSpansAreNotMatched() {
        String text = "Warplanes struck Saraqib and Idlib.";
        int at = text.indexOf("Saraqib");
        Geoparser.Geoparse geo = parse(text, List.of(new Span(at, at + "Saraqib".length())), GeoBias.NONE);
        assertEquals(List.of("Idlib"), geo.mentions().stream().map(PlaceMention::text).toList());
    }

    @Test
    void aMaskOverlappingPartOfANameBlocksIt() {
        String text = "A drone hit Miran Shah.";
        int at = text.indexOf("Shah");
        Geoparser.Geoparse geo = parse(text, List.of(new Span(at, at + 2)), GeoBias.NONE);
        assertTrue(geo.mentions().stream().noneMatch(m -> m.text().contains("Shah")), geo.mentions()::toString);
    }

    @Test
    void unknownCapitalisedWordsGiveNoMentions() {
        Geoparser.Geoparse geo = parse("Zorblat Quux visited Xanadoo.");
        assertTrue(geo.mentions().isEmpty(), geo.mentions()::toString);
        assertTrue(geo.resolved().isEmpty());
    }

    @Test
    void anEmptyDocumentHasNoMentionsAndNoCountries() {
        Geoparser.Geoparse geo = parse("");
        assertTrue(geo.mentions().isEmpty());
        assertTrue(geo.countries().isEmpty());
    }

    @Test
    void theGazetteerIsRequired() {
        org.junit.jupiter.api.Assertions.assertThrows(NullPointerException.class, () -> new Geoparser(null));
        assertNotNull(geoparser.gazetteer());
    }
}
