package org.harmtrack.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.harmtrack.model.DateGranularity;
import org.harmtrack.model.Document;
import org.harmtrack.model.Event;
import org.harmtrack.model.EventDate;
import org.harmtrack.model.EventType;
import org.harmtrack.model.Extraction;
import org.harmtrack.model.Range;
import org.harmtrack.model.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Full-text search over articles and evidence, and the index kept in step with the database. */
class SearchTest {
    private static final String MARKET = "Jets struck the vegetable market of Ariha on Monday. Rescuers said"
            + " eleven people were killed, four of them children. The town's bakery was spared.";
    private static final String CLINIC = "A drone hit a clinic near Taftanaz, wounding a nurse, residents said.";

    @TempDir
    Path dir;

    private static Extraction withEvidence(String id, String text, String sentence, LocalDate day) {
        int start = text.indexOf(sentence);
        Event e = new Event(EventType.AIRSTRIKE, new EventDate(day, day,
                DateGranularity.DAY, "Monday", null), null, List.of(), new Range(11, 11), null, null, null, null,
                null, List.of(), List.of(), List.of(new Span(start, start + sentence.length())), 0.9);
        return new Extraction(id, List.of(e), List.of());
    }

    private static void ingestBoth(IncidentStore store) {
        store.ingest(new Document("market", MARKET, LocalDate.of(2021, 3, 2), "Market struck in Ariha", null, null),
                withEvidence("market", MARKET, "Rescuers said eleven people were killed, four of them children.",
                        LocalDate.of(2021, 3, 1)));
        store.ingest(new Document("clinic", CLINIC, LocalDate.of(2021, 3, 9), "Clinic hit", null, null),
                withEvidence("clinic", CLINIC, CLINIC, LocalDate.of(2021, 4, 1)));
    }

    @Test
    void wordsFindTheirArticlesWithASnippetAndTheIncidentsWhoseEvidenceMatches() {
        try (IncidentStore store = TestStores.open(dir)) {
            ingestBoth(store);
            List<SearchHit> children = store.search("children", 10);
            assertEquals(1, children.size());
            SearchHit hit = children.get(0);
            assertEquals("market", hit.articleId());
            assertEquals("Market struck in Ariha", hit.title());
            assertEquals("children", MARKET.substring(hit.matchStart(), hit.matchEnd()));
            assertTrue(hit.snippet().contains("four of them children"), hit::toString);
            assertEquals(List.of("inc:market.1"), hit.incidentIds());
            // English analysis: "markets" finds "market"; a word outside the evidence finds the article only
            assertEquals("market", store.search("markets", 10).get(0).articleId());
            assertEquals(List.of(), store.search("bakery", 10).get(0).incidentIds());
            assertEquals(0, store.search("children AND nurse", 10).size());
            assertEquals(2, store.search("children OR nurse", 10).size());
        }
    }

    @Test
    void arabicWordsFindTheirFormsWithArticlesAffixesAndHamza() {
        String arabic = "أصابت الغارات سوق الخضار في مدينة أريحا صباح الاثنين، وقال المسعفون إن أحد عشر شخصاً قتلوا.";
        try (IncidentStore store = TestStores.open(dir)) {
            ingestBoth(store);
            store.ingest(new Document("souq", arabic, LocalDate.of(2021, 3, 2), "غارات على أريحا", null, null),
                    withEvidence("souq", arabic, arabic, LocalDate.of(2021, 3, 1)));
            // "غارة" (a strike) finds "الغارات" (the strikes); "اريحا" without its hamza finds "أريحا"
            SearchHit hit = store.search("غارة", 10).get(0);
            assertEquals("souq", hit.articleId());
            assertEquals("الغارات", arabic.substring(hit.matchStart(), hit.matchEnd()));
            // the same strike, day and toll as the English market report: one incident, named after that report
            assertEquals(List.of("inc:market.1"), hit.incidentIds());
            assertEquals("souq", store.search("سوق اريحا", 10).get(0).articleId());
            assertEquals(1, store.search("سوق اريحا", 10).size());
            // English search is unchanged beside it
            assertEquals("market", store.search("markets", 10).get(0).articleId());
        }
    }

    @Test
    void aQueryThatDoesNotParseIsSearchedAsWordsAndABlankOneIsRefused() {
        try (IncidentStore store = TestStores.open(dir)) {
            ingestBoth(store);
            assertEquals("clinic", store.search("clinic (near", 10).get(0).articleId());
            assertThrows(IllegalArgumentException.class, () -> store.search("  ", 10));
        }
    }

    @Test
    void aMissingIndexIsRebuiltFromTheDatabaseWhenTheStoreOpens() throws IOException {
        try (IncidentStore store = TestStores.open(dir)) {
            ingestBoth(store);
        }
        try (Stream<Path> files = Files.walk(dir.resolve("search"))) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
        try (IncidentStore store = TestStores.open(dir)) {
            assertEquals(List.of("inc:clinic.1"), store.search("nurse", 10).get(0).incidentIds());
            assertEquals(1, store.search("children", 10).size());
        }
    }

    @Test
    void aBatchIsSearchableAtOnceAndItsIndexIsMarkedBehindUntilCommitted() throws IOException {
        Path marker = dir.resolve("search").resolve("stale");
        try (IncidentStore store = TestStores.open(dir)) {
            ingestBoth(store);
            store.ingestAll(List.of(Document.of("later", "A drone hit a water station near the clinic.")),
                    List.of(new org.harmtrack.model.Extraction("later", List.of(), List.of())));
            assertEquals("later", store.search("water", 10).get(0).articleId(), "found before any commit");
            // the index is committed every few seconds, not with each batch: until then a crash means a rebuild
            assertTrue(Files.exists(marker), "marked behind the database while not committed");
        }
        assertTrue(Files.notExists(marker), "committed when the store closed");
        try (IncidentStore store = TestStores.open(dir)) {
            assertEquals("later", store.search("water", 10).get(0).articleId());
        }
    }
}
