package org.harmtrack.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.harmtrack.model.Document;
import org.harmtrack.model.Event;
import org.harmtrack.model.Extraction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RoundTripTest {
    @TempDir
    Path dir;
    IncidentStore store;

    @BeforeEach
    void open() {
        store = TestStores.open(dir);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private Event onlyEventOf(String documentId, int no) {
        return store.incidents(IncidentQuery.all()).stream()
                .filter(i -> i.incidentId().equals(documentId + "#" + no))
                .findFirst().orElseThrow().event();
    }

    @Test
    void aFullyPopulatedEventComesBackEqualInEveryField() {
        store.ingest(Fixtures.marketDocument(), Fixtures.marketExtraction());

        Event back = onlyEventOf("market-2019", 1);

        assertEquals(Fixtures.fullyPopulatedEvent(), back);
        // spelled out where equality alone would hide what matters
        assertEquals(0.1 + 0.2, back.confidence());
        assertEquals(0, back.combatantsKilled().max(), "a zero range stays zero");
        assertNull(back.womenKilled(), "an unknown count stays null");
        assertNull(back.figures().get(2).attributedTo());
        assertEquals("Observatory", back.figures().get(0).attributedTo());
        assertEquals("At least 12 civilians", back.figures().get(0).span().of(Fixtures.MARKET_TEXT));
    }

    @Test
    void anEventWithNullDatePlaceAndCountsAndEmptyListsComesBackEqual() {
        store.ingest(Fixtures.marketDocument(), Fixtures.marketExtraction());

        Event back = onlyEventOf("market-2019", 2);

        assertEquals(Fixtures.sparseEvent(), back);
        assertNull(back.date());
        assertNull(back.place());
        assertNull(back.killed());
    }

    @Test
    void anUnresolvedDateAndACountryLevelPlaceWithNullPartsComeBackEqual() {
        store.ingest(Fixtures.marketDocument(), Fixtures.marketExtraction());

        Event back = onlyEventOf("market-2019", 3);

        assertEquals(Fixtures.partlyResolvedEvent(), back);
        assertNull(back.date().start());
        assertEquals(0L, back.place().geonamesId());
        assertEquals(List.of(""), back.sources(), "an empty source name is not turned into null");
    }

    @Test
    void incidentsCarryTheirIdAndTheProvenanceOfTheirArticle() {
        Document doc = Fixtures.marketDocument();
        store.ingest(doc, Fixtures.marketExtraction());

        StoredIncident first = store.incidents(IncidentQuery.all()).get(0);

        assertEquals(new StoredIncident("market-2019#1", doc.id(), doc.title(), doc.url(), doc.publisher(),
                doc.published(), Fixtures.fullyPopulatedEvent()), first);
    }

    @Test
    void aggregatesComeBackInOrderAndAreNotCountedAsIncidents() {
        store.ingest(Fixtures.marketDocument(), Fixtures.marketExtraction());

        assertEquals(List.of(Fixtures.fullAggregate(), Fixtures.sparseAggregate()), store.aggregates("market-2019"));
        assertEquals(3, store.incidentCount());
        assertTrue(store.aggregates("no-such-article").isEmpty());
    }

    @Test
    void theArticleComesBackWithItsTextAndMetadataIncludingNulls() {
        Document bare = Document.of("bare", "Text only, with \u00e9 and \uD83D\uDCA5 in it.");
        store.ingest(Fixtures.marketDocument(), Fixtures.marketExtraction());
        store.ingest(bare, new Extraction("bare", List.of(), List.of()));

        assertEquals(Fixtures.marketDocument(), store.article("market-2019").orElseThrow());
        assertEquals(bare, store.article("bare").orElseThrow());
        assertTrue(store.article("missing").isEmpty());
        assertEquals(2, store.articleCount());
    }

    @Test
    void eventsOfOneUndatedArticleComeInNumericOrderSoTheTenthFollowsTheNinth() {
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            events.add(Fixtures.sparseEvent());
        }
        store.ingest(Fixtures.simpleDocument("many", "eleven strikes"), new Extraction("many", events, List.of()));

        List<String> ids = store.incidents(IncidentQuery.all()).stream().map(StoredIncident::incidentId).toList();

        assertEquals("many#9", ids.get(8));
        assertEquals("many#10", ids.get(9));
        assertEquals("many#11", ids.get(10));
    }

    @Test
    void incidentsAreOrderedByDateThenIdWithUndatedOnesLast() {
        store.ingest(Fixtures.simpleDocument("b", "b"), Fixtures.extraction("b",
                Fixtures.event(LocalDate.of(2024, 1, 5), "SY", 35, 36, null, null),
                Fixtures.event(null, "SY", 35, 36, null, null)));
        store.ingest(Fixtures.simpleDocument("a", "a"), Fixtures.extraction("a",
                Fixtures.event(LocalDate.of(2024, 1, 5), "SY", 35, 36, null, null),
                Fixtures.event(LocalDate.of(2023, 12, 31), "SY", 35, 36, null, null)));

        List<String> ids = store.incidents(IncidentQuery.all()).stream().map(StoredIncident::incidentId).toList();

        assertEquals(List.of("a#2", "a#1", "b#1", "b#2"), ids);
    }
}
