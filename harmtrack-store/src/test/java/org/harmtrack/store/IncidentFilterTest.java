package org.harmtrack.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.harmtrack.model.DateGranularity;
import org.harmtrack.model.Document;
import org.harmtrack.model.Event;
import org.harmtrack.model.EventDate;
import org.harmtrack.model.EventType;
import org.harmtrack.model.Extraction;
import org.harmtrack.model.Perpetrator.ActorKind;
import org.harmtrack.model.Perpetrator;
import org.harmtrack.model.Place;
import org.harmtrack.model.PlacePrecision;
import org.harmtrack.model.Range;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** Each filter against one small invented set of reports, one incident per report. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IncidentFilterTest {
    IncidentStore store;

    private static LocalDate day(int month, int dayOfMonth) {
        return LocalDate.of(2024, month, dayOfMonth);
    }

    private static Event event(LocalDate start, LocalDate end, String country, double lat, double lon,
                               String perpetrator, String perpetratorWords, Range killed) {
        return new Event(EventType.AIRSTRIKE,
                start == null ? null : new EventDate(start, end, DateGranularity.DAY, "", null),
                country == null ? null : new Place(null, "Place", 1L, null, null, country, lat, lon,
                        PlacePrecision.LOCALITY, null),
                perpetrator == null ? List.of()
                        : List.of(new Perpetrator(perpetrator, ActorKind.STATE_MILITARY, null, perpetratorWords, null)),
                killed, null, null, null, null, null, List.of(), List.of(), List.of(), 0.9);
    }

    private void add(String id, String title, String text, Event event) {
        store.ingest(new Document(id, text, null, title, null, null), new Extraction(id, List.of(event), List.of()));
    }

    @BeforeAll
    void fill(@TempDir Path dir) {
        store = TestStores.open(dir);
        add("aleppo", "Aleppo strike", "Jets struck the city on Monday, killing 8.",
                event(day(1, 10), day(1, 10), "SY", 36.2021, 37.1343, "Russian military", "Russian jets",
                        Range.exactly(8)));
        add("idlib", "Car hit", "A drone hit a car near Idlib; 5 to 12 dead.",
                event(day(2, 15), day(2, 15), "SY", 35.9306, 36.6339, "Turkish military", "Turkish drones",
                        new Range(5, 12)));
        add("sanaa", "Raid", "Coalition air raid on a Sanaa WEDDING.",
                event(day(1, 20), day(1, 20), "YE", 15.3547, 44.2067, "Saudi-led coalition", "the coalition",
                        Range.exactly(40)));
        add("gaza", "Week of strikes", "Strikes hit 100% of the_block.",
                event(day(1, 25), day(2, 5), "PS", 31.5017, 34.4668, "Israeli military", null, null));
        add("undated", "Old strike", "Undated report from Aleppo.",
                event(null, null, "SY", 36.2100, 37.1500, "Unknown", null, Range.exactly(3)));
        add("unplaced", "Somewhere", "Fifty killed, place not given.",
                event(day(1, 12), day(1, 12), null, 0, 0, null, null, Range.exactly(50)));
        add("fiji", "Island", "Near the date line.",
                event(day(3, 1), day(3, 1), "FJ", -16.5, 179.9, null, null, null));
    }

    @AfterAll
    void close() {
        store.close();
    }

    private List<String> ids(IncidentQuery q) {
        return store.incidents(q).stream().map(StoredIncident::documentId).toList();
    }

    @Test
    void withoutFiltersEveryIncidentComesByDateWithUndatedLast() {
        assertEquals(List.of("aleppo", "unplaced", "sanaa", "gaza", "idlib", "fiji", "undated"),
                ids(IncidentQuery.all()));
    }

    @Test
    void countryKeepsOnlyIncidentsPlacedInThatCountryWhateverItsCase() {
        assertEquals(List.of("aleppo", "idlib", "undated"), ids(IncidentQuery.all().withCountry("sy")));
        assertEquals(List.of(), ids(IncidentQuery.all().withCountry("IQ")));
    }

    @Test
    void aDateRangeKeepsIncidentsOverlappingItAndDropsUndatedOnes() {
        assertEquals(List.of("gaza", "idlib"), ids(IncidentQuery.all().withDates(day(2, 1), day(2, 29))));
    }

    @Test
    void aStartDateAloneDropsIncidentsThatEndedBefore() {
        assertEquals(List.of("idlib", "fiji"), ids(IncidentQuery.all().withFrom(day(2, 10))));
    }

    @Test
    void anEndDateAloneDropsIncidentsThatBeganAfterAndUndatedOnes() {
        assertEquals(List.of("aleppo"), ids(IncidentQuery.all().withTo(day(1, 11))));
    }

    @Test
    void nearKeepsIncidentsWithinTheRadiusAndDropsFartherAndUnplacedOnes() {
        // idlib is about 60 km from aleppo
        assertEquals(List.of("aleppo", "undated"), ids(IncidentQuery.all().withNear(36.2, 37.16, 10)));
        assertEquals(List.of("aleppo", "idlib", "undated"), ids(IncidentQuery.all().withNear(36.2, 37.16, 100)));
    }

    @Test
    void nearWorksAcrossTheAntimeridian() {
        // 0.15 degrees of longitude at 16.5 S is about 16 km
        assertEquals(List.of("fiji"), ids(IncidentQuery.all().withNear(-16.5, -179.95, 20)));
        assertEquals(List.of(), ids(IncidentQuery.all().withNear(-16.5, -179.95, 10)));
    }

    @Test
    void nearAppliesTheLimitAfterTheExactDistanceTest() {
        assertEquals(List.of("aleppo"), ids(IncidentQuery.all().withNear(36.2, 37.16, 100).withLimit(1)));
    }

    @Test
    void perpetratorMatchesPartOfTheNameOrOfTheWordsIgnoringCase() {
        assertEquals(List.of("aleppo"), ids(IncidentQuery.all().withPerpetrator("RUSSIAN")));
        assertEquals(List.of("idlib"), ids(IncidentQuery.all().withPerpetrator("drone")), "only in the words");
        assertEquals(List.of(), ids(IncidentQuery.all().withPerpetrator("navy")));
    }

    @Test
    void perpetratorTreatsLikeWildcardsAsPlainCharacters() {
        assertEquals(List.of(), ids(IncidentQuery.all().withPerpetrator("%")));
        assertEquals(List.of(), ids(IncidentQuery.all().withPerpetrator("Russian_military")));
    }

    @Test
    void minKilledKeepsIncidentsWhoseLowestKilledFigureReachesIt() {
        assertEquals(List.of("unplaced", "sanaa"), ids(IncidentQuery.all().withMinKilled(10L)),
                "idlib's 5 to 12 is not certainly 10, and gaza's unknown toll never matches");
        assertEquals(List.of("aleppo", "unplaced", "sanaa"), ids(IncidentQuery.all().withMinKilled(8L)));
    }

    @Test
    void textMatchesPartOfTheArticleTextOrTitleIgnoringCase() {
        assertEquals(List.of("sanaa"), ids(IncidentQuery.all().withText("wedding")));
        assertEquals(List.of("aleppo"), ids(IncidentQuery.all().withText("ALEPPO STRIKE")), "only in the title");
        assertEquals(List.of("gaza"), ids(IncidentQuery.all().withText("100% of the_")));
        assertEquals(List.of(), ids(IncidentQuery.all().withText("ceasefire")));
    }

    @Test
    void filtersCombineSoEveryOneMustHold() {
        IncidentQuery q = IncidentQuery.all().withCountry("SY").withMinKilled(6L).withTo(day(12, 31));
        assertEquals(List.of("aleppo"), ids(q), "undated fails the date, idlib (5 to 12) the toll");
    }

    @Test
    void theLimitKeepsTheFirstIncidentsInOrder() {
        assertEquals(List.of("aleppo", "unplaced"), ids(IncidentQuery.all().withLimit(2)));
    }
}
