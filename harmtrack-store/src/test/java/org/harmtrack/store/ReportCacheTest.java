package org.harmtrack.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Set;
import org.harmtrack.link.ReportedEvent;
import org.harmtrack.model.Event;
import org.harmtrack.model.EventType;
import org.harmtrack.model.Range;
import org.junit.jupiter.api.Test;

class ReportCacheTest {
    private static ReportedEvent report(String article) {
        Event event = new Event(EventType.AIRSTRIKE, null, null, List.of(), new Range(1, 1), null, null, null,
                null, null, List.of(), List.of(), List.of(), 0.5);
        return new ReportedEvent(article, 0, event, Set.of(), Set.of(), Set.of(), 0);
    }

    @Test
    void anArticleRewrittenWithOtherTextIsReadAgain() {
        ReportCache cache = new ReportCache(10);
        cache.put("a", "hash-1", List.of(report("a")));
        assertEquals(1, cache.get("a", "hash-1").size());
        assertNull(cache.get("a", "hash-2"), "another text: the kept events are not its events");
        assertNull(cache.get("b", "hash-1"));
    }

    @Test
    void theLeastRecentlyUsedArticleGoesFirst() {
        ReportCache cache = new ReportCache(2);
        cache.put("a", "h", List.of(report("a")));
        cache.put("b", "h", List.of(report("b")));
        cache.get("a", "h");
        cache.put("c", "h", List.of(report("c")));
        assertNull(cache.get("b", "h"));
        assertEquals("a", cache.get("a", "h").get(0).documentId());
        cache.clear();
        assertNull(cache.get("a", "h"));
    }

    @Test
    void theReportsKeptForAnArticleJustWrittenAreThoseTheDatabaseGivesBack(@org.junit.jupiter.api.io.TempDir
                                                                           java.nio.file.Path dir) throws Exception {
        org.harmtrack.model.Document doc = Fixtures.marketDocument();
        org.harmtrack.model.Extraction extraction = Fixtures.marketExtraction();
        try (IncidentStore store = TestStores.open(dir)) {
            store.ingestAll(List.of(doc), List.of(extraction));
        }
        // what the writer derives and keeps (IncidentWriter.Derived)
        List<ReportedEvent> kept = IncidentWriter.Derived.of(doc, extraction).reported();
        var pool = org.h2.jdbcx.JdbcConnectionPool.create("jdbc:h2:file:" + dir.resolve("harmtrack"), "sa", "");
        try (java.sql.Connection c = pool.getConnection()) {
            List<ReportedEvent> read = new IncidentLinks(c).stored(
                    kept.stream().map(ReportedEvent::key).collect(java.util.stream.Collectors.toSet()));
            assertEquals(3, read.size());
            // so linking against a kept article gives what linking against the stored one gives
            assertEquals(kept, read);
        } finally {
            pool.dispose();
        }
    }
}
