package org.harmtrack.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GazetteerBuilderTest {

    private final Gazetteer gazetteer = FixtureGazetteer.gazetteer();

    private GeoEntry onlyAt(String name, GeoLevel level) {
        List<GeoEntry> found = gazetteer.lookup(name).stream().filter(e -> e.level() == level).toList();
        assertEquals(1, found.size(), () -> level + " entries for '" + name + "': " + gazetteer.lookup(name));
        return found.get(0);
    }

    @Test
    void looksUpANameUnderEachOfItsSpellings() {
        assertEquals(FixtureGazetteer.SHADDADI, onlyAt("al-Shaddadi", GeoLevel.LOCALITY).id());
        assertEquals(FixtureGazetteer.SHADDADI, onlyAt("Shaddādī", GeoLevel.LOCALITY).id());
        assertEquals(FixtureGazetteer.MIRAN_SHAH, onlyAt("Miranshah", GeoLevel.LOCALITY).id());
    }

    @Test
    void lookupFallsBackToTheSkeleton() {
        assertEquals(FixtureGazetteer.DEIR_EZZOR, onlyAt("Deir Ezzor", GeoLevel.LOCALITY).id());
    }

    @Test
    void aRegionTakesItsSeatsPoint() {
        GeoEntry idlib = onlyAt("Idlib", GeoLevel.PROVINCE);
        assertEquals("SY.12", idlib.admin1Key());
        assertEquals(35.9306, idlib.lat(), 1e-9);
        assertEquals(36.6339, idlib.lon(), 1e-9);
        assertEquals(36.3350, onlyAt("Nineveh", GeoLevel.PROVINCE).lat(), 1e-9, "Mosul is Nineveh's PPLA seat");
    }

    @Test
    void aRegionWithoutASeatTakesTheCentroidOfItsPlaces() {
        // Miran Shah (PPLA3) and Mir Ali (PPL): neither is a district seat (PPLA2)
        GeoEntry waziristan = onlyAt("North Waziristan", GeoLevel.DISTRICT);
        assertEquals((32.9985 + 32.9700) / 2, waziristan.lat(), 1e-9);
        assertEquals((70.0711 + 70.2700) / 2, waziristan.lon(), 1e-9);
    }

    @Test
    void aRegionIsFoundUnderItsAliasAndItsBareName() {
        assertEquals("Rif Dimashq", onlyAt("Rural Damascus", GeoLevel.PROVINCE).name());
        assertEquals("North Waziristan Agency", onlyAt("North Waziristan Agency", GeoLevel.DISTRICT).name());
        assertEquals("North Waziristan Agency", onlyAt("North Waziristan", GeoLevel.DISTRICT).name());
    }

    @Test
    void regionNamesAreLookedUpByKey() {
        assertEquals("Idlib", gazetteer.admin1Name("SY.12"));
        assertEquals("North Waziristan Agency", gazetteer.admin2Name("PK.03.NW"));
        assertEquals(null, gazetteer.admin1Name("SY.99"));
    }

    @Test
    void countryWordsNameTheirCountry() {
        assertEquals(Optional.of("SY"), gazetteer.countryOfWord("Syrians"));
        assertEquals(Optional.of("SY"), gazetteer.countryOfWord("syrian"));
        assertEquals(Optional.of("SY"), gazetteer.countryOfWord("Syrian Arab Republic"));
        assertEquals(Optional.of("PK"), gazetteer.countryOfWord("Pakistan"));
        assertEquals(Optional.empty(), gazetteer.countryOfWord("Martian"));
        assertEquals("Syria", gazetteer.country("sy").orElseThrow().name());
        assertEquals(GeoLevel.COUNTRY, gazetteer.country("SY").orElseThrow().level());
    }

    @Test
    void addingAPlaceTwiceOnlyAddsItsNames() {
        GazetteerBuilder b = new GazetteerBuilder();
        GeoEntry hamlet = new GeoEntry(77, "Kafr Test", 35.0, 36.0, "SY", "", "", 100, GeoLevel.LOCALITY, "PPL");
        b.addPlace(hamlet, List.of());
        b.addPlace(hamlet, List.of("Kfar Test"));
        Gazetteer g = b.build();
        assertEquals(1, g.size());
        assertEquals(List.of(hamlet), g.lookup("Kfar Test"));
        assertEquals(List.of(hamlet), g.lookup("Kafr Test"));
    }

    @Test
    void veryLongNamesAreNotIndexed() {
        GazetteerBuilder b = new GazetteerBuilder();
        String longName = "Long".repeat(20);
        b.addPlace(new GeoEntry(78, "Short", 35.0, 36.0, "SY", "", "", 100, GeoLevel.LOCALITY, "PPL"), List.of(longName));
        Gazetteer g = b.build();
        assertTrue(g.lookup(longName).isEmpty());
        assertEquals(1, g.lookup("Short").size());
    }
}
