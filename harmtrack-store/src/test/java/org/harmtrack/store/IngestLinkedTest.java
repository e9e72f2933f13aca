package org.harmtrack.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.harmtrack.link.IncidentSummary;
import org.harmtrack.model.Range;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Events linked elsewhere (the Spark job) filed under the incidents they were given, across batches. */
class IngestLinkedTest {
    @TempDir
    Path dir;

    @Test
    void anIncidentGivenOverTwoBatchesGathersItsReportsAndIsSummarisedAsTheStoreDoes() {
        LocalDate day = LocalDate.of(2024, 3, 1);
        try (IncidentStore store = TestStores.open(dir)) {
            // reports a and b of one incident come in two batches; c, on the same day and place, was kept apart
            store.ingestLinked(List.of(Fixtures.simpleDocument("a", "Strike in Sanaa, 4 killed.")),
                    List.of(Fixtures.extraction("a", Fixtures.event(day, "YE", 15.35, 44.2, null, Range.exactly(4)))),
                    Map.of("a#0", "inc:a.1"));
            store.ingestLinked(List.of(Fixtures.simpleDocument("b", "Strike in Sanaa, 6 killed."),
                            Fixtures.simpleDocument("c", "Another strike in Sanaa, 9 killed.")),
                    List.of(Fixtures.extraction("b", Fixtures.event(day, "YE", 15.35, 44.2, null, Range.exactly(6))),
                            Fixtures.extraction("c", Fixtures.event(day, "YE", 15.35, 44.2, null, Range.exactly(9)))),
                    Map.of("b#0", "inc:a.1", "c#0", "inc:c.1"));
            assertEquals(2, store.linkedIncidentCount(), "c stays apart though the store would compare it");
            LinkedIncident a = store.linkedIncident("inc:a.1").orElseThrow();
            assertEquals(List.of("a", "b"), a.incident().articleIds());
            IncidentSummary summary = IncidentSummary.of(a.incident());
            IncidentBrief brief = store.incidentBriefs(IncidentSearch.of(IncidentQuery.all())).items().stream()
                    .filter(i -> i.id().equals("inc:a.1")).findFirst().orElseThrow();
            assertEquals(summary.killed(), brief.killed(), "the list's summary columns are the incident's");
            assertEquals(2, brief.reports());
            assertEquals(summary.grade().grade(), brief.grade());
            assertTrue(summary.killed().max() >= 6, summary.killed().toString());
            assertEquals(List.of("c"), store.linkedIncident("inc:c.1").orElseThrow().incident().articleIds());
        }
    }

    @Test
    void anIncidentLeftWithoutReportsByAReplacedArticleIsDropped() {
        LocalDate day = LocalDate.of(2024, 3, 1);
        try (IncidentStore store = TestStores.open(dir)) {
            store.ingestLinked(List.of(Fixtures.simpleDocument("a", "Strike in Sanaa, 4 killed."),
                            Fixtures.simpleDocument("b", "Strike in Aden, 2 killed.")),
                    List.of(Fixtures.extraction("a", Fixtures.event(day, "YE", 15.35, 44.2, null, Range.exactly(4))),
                            Fixtures.extraction("b", Fixtures.event(day, "YE", 12.8, 45.03, null, Range.exactly(2)))),
                    Map.of("a#0", "inc:a.1", "b#0", "inc:b.1"));
            // a's new version tells of a strike elsewhere, which the job filed under another incident
            store.ingestLinked(List.of(Fixtures.simpleDocument("a", "Strike in Taiz, 4 killed.")),
                    List.of(Fixtures.extraction("a", Fixtures.event(day, "YE", 13.58, 44.02, null, Range.exactly(4)))),
                    Map.of("a#0", "inc:taiz.1"));
            assertTrue(store.linkedIncident("inc:a.1").isEmpty(), "the incident a's old version was in is gone");
            assertEquals(List.of("a"), store.linkedIncident("inc:taiz.1").orElseThrow().incident().articleIds());
            assertEquals(List.of("b"), store.linkedIncident("inc:b.1").orElseThrow().incident().articleIds());
            assertEquals(2, store.linkedIncidentCount());
        }
    }
}
