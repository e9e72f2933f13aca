package org.harmtrack.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.harmtrack.model.Document;
import org.harmtrack.model.Event;
import org.harmtrack.model.Extraction;
import org.harmtrack.model.Range;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestTest {
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

    private static Event killed(long n) {
        return Fixtures.event(LocalDate.of(2024, 3, 1), "YE", 15.35, 44.2, "Saudi-led coalition", Range.exactly(n));
    }

    /** An event whose latitude is off the globe, which the schema's CHECK constraint rejects. */
    private static Event offTheGlobe() {
        return Fixtures.event(LocalDate.of(2024, 3, 1), "YE", 123.0, 44.2, null, null);
    }

    private List<Long> killedOf(String documentId) {
        return store.incidents(IncidentQuery.all()).stream().filter(i -> i.documentId().equals(documentId))
                .map(i -> i.event().killed().min()).toList();
    }

    @Test
    void aNewArticleIsStored() {
        IngestOutcome outcome = store.ingest(Fixtures.simpleDocument("d1", "text"),
                Fixtures.extraction("d1", killed(3), killed(4)));

        assertEquals(IngestOutcome.STORED, outcome);
        assertEquals(1, store.articleCount());
        assertEquals(2, store.incidentCount());
    }

    @Test
    void reingestingTheSameTextWritesNothingAndReportsUnchangedEvenWithAnotherExtraction() {
        Document doc = Fixtures.marketDocument();
        store.ingest(doc, Fixtures.marketExtraction());
        List<StoredIncident> before = store.incidents(IncidentQuery.all());

        IngestOutcome again = store.ingest(doc, Fixtures.marketExtraction());
        IngestOutcome otherExtraction = store.ingest(doc, Fixtures.extraction(doc.id(), killed(1)));

        assertEquals(IngestOutcome.UNCHANGED, again);
        assertEquals(IngestOutcome.UNCHANGED, otherExtraction);
        assertEquals(1, store.articleCount());
        assertEquals(3, store.incidentCount());
        assertEquals(before, store.incidents(IncidentQuery.all()));
        assertEquals(2, store.aggregates(doc.id()).size());
    }

    @Test
    void reingestingAChangedTextReplacesTheEventsAggregatesAndMetadataAndReportsUpdated() {
        store.ingest(Fixtures.marketDocument(), Fixtures.marketExtraction());
        Document revised = new Document("market-2019", "Revised: 20 killed.", LocalDate.of(2019, 7, 25),
                "Toll rises to 20", null, "Other News");

        IngestOutcome outcome = store.ingest(revised, Fixtures.extraction("market-2019", killed(20)));

        assertEquals(IngestOutcome.UPDATED, outcome);
        assertEquals(1, store.articleCount());
        assertEquals(1, store.incidentCount());
        assertEquals(List.of(20L), killedOf("market-2019"));
        assertTrue(store.aggregates("market-2019").isEmpty(), "the old aggregates are gone");
        assertEquals(revised, store.article("market-2019").orElseThrow());
        assertEquals("Toll rises to 20", store.incidents(IncidentQuery.all()).get(0).title());
    }

    @Test
    void anExtractionOfAnotherDocumentIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> store.ingest(Fixtures.simpleDocument("d1", "text"), Fixtures.extraction("d2")));

        assertTrue(e.getMessage().contains("d1") && e.getMessage().contains("d2"), e.getMessage());
        assertEquals(0, store.articleCount());
    }

    @Test
    void aRejectedEventRollsBackItsWholeArticleAndLeavesEarlierArticlesIntact() {
        store.ingest(Fixtures.marketDocument(), Fixtures.marketExtraction());

        StoreException e = assertThrows(StoreException.class, () -> store.ingest(
                Fixtures.simpleDocument("bad-doc", "text"), Fixtures.extraction("bad-doc", killed(7), offTheGlobe())));

        assertTrue(e.getMessage().contains("'bad-doc'"), e.getMessage());
        assertTrue(e.getMessage().contains("event 2"), e.getMessage());
        assertTrue(store.article("bad-doc").isEmpty(), "the article row went with its events");
        assertEquals(1, store.articleCount());
        assertEquals(3, store.incidentCount());
        assertEquals(Fixtures.fullyPopulatedEvent(), store.incidents(IncidentQuery.all()).get(0).event());
    }

    @Test
    void aRejectedUpdateKeepsThePreviousVersionOfTheArticle() {
        Document original = Fixtures.simpleDocument("d1", "first text");
        store.ingest(original, Fixtures.extraction("d1", killed(3)));

        assertThrows(StoreException.class, () -> store.ingest(Fixtures.simpleDocument("d1", "second text"),
                Fixtures.extraction("d1", killed(9), offTheGlobe())));

        assertEquals(original, store.article("d1").orElseThrow());
        assertEquals(List.of(3L), killedOf("d1"));
        // and the store still takes the corrected article
        assertEquals(IngestOutcome.UPDATED,
                store.ingest(Fixtures.simpleDocument("d1", "second text"), Fixtures.extraction("d1", killed(9))));
    }

    @Test
    void ingestingIntoAClosedStoreFailsNamingTheDocumentAndKeepsWhatWasCommitted() {
        store.ingest(Fixtures.simpleDocument("d1", "text"), Fixtures.extraction("d1", killed(3)));
        store.close();

        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> store.ingest(Fixtures.simpleDocument("d2", "text"), Fixtures.extraction("d2", killed(4))));
        assertTrue(e.getMessage().contains("'d2'"), e.getMessage());
        assertThrows(IllegalStateException.class, () -> store.articleCount());

        store = TestStores.open(dir);
        assertEquals(1, store.articleCount());
        assertEquals(List.of(3L), killedOf("d1"));
    }

    @Test
    void closingTwiceIsHarmless() {
        store.close();
        store.close();
    }

    @Test
    void ingestsAndReadsFromSeveralThreadsAllSucceed() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<IngestOutcome>> writes = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                String id = "t" + (i % 20); // every article twice, so writers race on the same ids
                writes.add(pool.submit(() -> store.ingest(Fixtures.simpleDocument(id, "text of " + id),
                        Fixtures.extraction(id, killed(1), killed(2)))));
                pool.submit(() -> store.incidents(IncidentQuery.all()));
            }
            long stored = 0;
            for (Future<IngestOutcome> w : writes) {
                if (w.get(60, TimeUnit.SECONDS) == IngestOutcome.STORED) {
                    stored++;
                }
            }
            assertEquals(20, stored);
        } finally {
            pool.shutdown();
            assertTrue(pool.awaitTermination(60, TimeUnit.SECONDS));
        }
        assertEquals(20, store.articleCount());
        assertEquals(40, store.incidentCount());
    }

    @Test
    void anArticleWithoutEventsOrAggregatesIsStillStored() {
        assertEquals(IngestOutcome.STORED,
                store.ingest(Fixtures.simpleDocument("empty", "nothing happened"), new Extraction("empty", List.of(), List.of())));
        assertEquals(1, store.articleCount());
        assertEquals(0, store.incidentCount());
    }
}
