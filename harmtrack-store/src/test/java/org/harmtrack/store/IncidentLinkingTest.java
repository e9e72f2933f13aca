package org.harmtrack.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.harmtrack.model.DateGranularity;
import org.harmtrack.model.Document;
import org.harmtrack.model.Event;
import org.harmtrack.model.EventDate;
import org.harmtrack.model.EventType;
import org.harmtrack.model.Extraction;
import org.harmtrack.model.Place;
import org.harmtrack.model.PlacePrecision;
import org.harmtrack.model.Range;
import org.harmtrack.model.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Linking in the store as articles arrive: reports join, stay apart, merge and split, with stable ids, and the
 * grouping does not depend on the order of arrival.
 */
class IncidentLinkingTest {
    private static final LocalDate SUNDAY = LocalDate.of(2019, 5, 12);

    @TempDir
    Path dir;

    /** A report: its text (the linker reads names from it), its day, type, place and toll. */
    private record Report(String id, String text, LocalDate day, EventType type, Place place, Range killed) {
        Document document() {
            return new Document(id, text, day, null, null, null);
        }

        Extraction extraction() {
            Event e = new Event(type, new EventDate(day, day, DateGranularity.DAY, "Sunday", null), place, List.of(),
                    killed, null, null, null, null, null, List.of(), List.of(), List.of(), 0.8);
            return new Extraction(id, List.of(e), List.of());
        }
    }

    private static final Place KAFR_NABL = new Place("Kafr Nabl", "Kafr Nabl", 170_000L, null, null, "SY", 35.614,
            36.561, PlacePrecision.LOCALITY, new Span(0, 9));

    // a and b tell of one raid in vague terms (a weak match); c tells b's raid again, naming another village
    private static final Report A = new Report("a", "Warplanes killed four people in Maarat Harma on Sunday,"
            + " officials said.", SUNDAY, EventType.AIRSTRIKE, null, new Range(4, 4));
    private static final Report B = new Report("b", "An air raid on Sunday killed three to five people, said Abu"
            + " Omar, a relative.", SUNDAY, EventType.AIRSTRIKE, null, new Range(3, 5));
    private static final Report C = new Report("c", "Rescuers said the raid on Sunday, which Abu Omar survived, hit"
            + " the village of Tal Hadya, leaving three to five dead.", SUNDAY, EventType.AIRSTRIKE, null,
            new Range(3, 5));

    // x, y and w, a week later, could each be one strike with the others (the same day and nothing more): a tie,
    // so they stay apart, until z names what both x and y name; w names another village than z
    private static final LocalDate NEXT_SUNDAY = SUNDAY.plusDays(7);
    private static final Report X = new Report("x", "Seven people died when jets bombed a bakery in Kafr Nabl on"
            + " Sunday.", NEXT_SUNDAY, EventType.AIRSTRIKE, KAFR_NABL, new Range(7, 7));
    private static final Report Y = new Report("y", "Jets struck on Sunday close to where Hassan Darwish lives,"
            + " neighbours said.", NEXT_SUNDAY, EventType.AIRSTRIKE, null, null);
    private static final Report W = new Report("w", "Warplanes struck on Sunday, according to residents of Tal"
            + " Hadya.", NEXT_SUNDAY, EventType.AIRSTRIKE, null, null);
    private static final Report Z = new Report("z", "The bakery of Hassan Darwish in Kafr Nabl was struck from the"
            + " air on Sunday, killing seven.", NEXT_SUNDAY, EventType.AIRSTRIKE, KAFR_NABL, new Range(7, 7));

    private IncidentStore ingest(String name, Report... reports) {
        IncidentStore store = TestStores.open(dir.resolve(name));
        for (Report r : reports) {
            store.ingest(r.document(), r.extraction());
        }
        return store;
    }

    /** Incident id to the articles of its reports. */
    private static Map<String, Set<String>> incidents(IncidentStore store) {
        Map<String, Set<String>> result = new TreeMap<>();
        for (LinkedIncident i : store.linkedIncidents(IncidentQuery.all())) {
            result.put(i.id(), new TreeSet<>(i.incident().articleIds()));
        }
        return result;
    }

    private static Set<Set<String>> groups(IncidentStore store) {
        return Set.copyOf(incidents(store).values());
    }

    @Test
    void aWeakMatchIsJoinedUntilAReportWithDistinguishingEvidenceSplitsIt() {
        try (IncidentStore store = ingest("split", A, B)) {
            assertEquals(Map.of("inc:a.1", Set.of("a", "b")), incidents(store));
            store.ingest(C.document(), C.extraction());
            // c names b's witness and another village than a's: b goes with c, a keeps its id
            assertEquals(Map.of("inc:a.1", Set.of("a"), "inc:b.1", Set.of("b", "c")), incidents(store));
            assertEquals(2, store.linkedIncidentCount());
        }
    }

    @Test
    void theGroupingDoesNotDependOnTheOrderOfArrival() {
        Set<Set<String>> expected = Set.of(Set.of("a"), Set.of("b", "c"), Set.of("w"), Set.of("x", "y", "z"));
        try (IncidentStore forward = ingest("forward", A, B, C, W, X, Y, Z);
             IncidentStore backward = ingest("backward", Z, Y, X, W, C, B, A);
             IncidentStore mixed = ingest("mixed", C, X, W, A, Z, B, Y)) {
            assertEquals(expected, groups(forward));
            assertEquals(expected, groups(backward));
            assertEquals(expected, groups(mixed));
        }
    }

    @Test
    void aBatchGivesTheSameIncidentsAsOneArticleAtATimeAndKeepsNothingOfAFailedBatch() {
        List<Report> all = List.of(C, X, W, A, Z, B, Y);
        try (IncidentStore single = ingest("single", all.toArray(Report[]::new));
             IncidentStore batch = TestStores.open(dir.resolve("batch"))) {
            List<IngestOutcome> outcomes = batch.ingestAll(all.stream().map(Report::document).toList(),
                    all.stream().map(Report::extraction).toList());
            assertEquals(java.util.Collections.nCopies(7, IngestOutcome.STORED), outcomes);
            // the same incidents; their ids depend on which report came first
            assertEquals(groups(single), groups(batch));
            assertEquals(List.of(IngestOutcome.UNCHANGED), batch.ingestAll(List.of(A.document()),
                    List.of(A.extraction())));
            IllegalArgumentException twice = org.junit.jupiter.api.Assertions.assertThrows(
                    IllegalArgumentException.class, () -> batch.ingestAll(List.of(A.document(), A.document()),
                            List.of(A.extraction(), A.extraction())));
            assertEquals("document 'a' is in the batch twice", twice.getMessage());
            assertEquals(7, batch.articleCount());
        }
    }

    @Test
    void aReportThatJoinsTwoIncidentsMergesThemAndTheRetiredIdStillFindsTheIncident() {
        try (IncidentStore store = ingest("merge", X, Y, W)) {
            assertEquals(Map.of("inc:x.1", Set.of("x"), "inc:y.1", Set.of("y"), "inc:w.1", Set.of("w")),
                    incidents(store));
            store.ingest(Z.document(), Z.extraction());
            assertEquals(Map.of("inc:x.1", Set.of("x", "y", "z"), "inc:w.1", Set.of("w")), incidents(store));
            LinkedIncident merged = store.linkedIncident("inc:y.1").orElseThrow();
            assertEquals("inc:x.1", merged.id());
            assertEquals(List.of("x", "y", "z"), merged.reports().stream().map(StoredIncident::documentId).toList());
        }
    }

    @Test
    void ingestingTheSameArticlesAgainChangesNothing() {
        try (IncidentStore store = ingest("again", X, Y, Z, W, A, B, C)) {
            Map<String, Set<String>> before = incidents(store);
            for (Report r : List.of(C, B, A, W, Z, Y, X)) {
                assertEquals(IngestOutcome.UNCHANGED, store.ingest(r.document(), r.extraction()));
            }
            assertEquals(before, incidents(store));
        }
    }

    @Test
    void aCorrectedArticleIsRelinkedAndLeavesNoEmptyIncident() {
        try (IncidentStore store = ingest("update", X, Z)) {
            assertEquals(Map.of("inc:x.1", Set.of("x", "z")), incidents(store));
            // z's new version is about a strike two weeks later
            Report later = new Report("z", Z.text() + " (corrected)", NEXT_SUNDAY.plusDays(14), EventType.AIRSTRIKE,
                    KAFR_NABL, new Range(7, 7));
            assertEquals(IngestOutcome.UPDATED, store.ingest(later.document(), later.extraction()));
            assertEquals(Map.of("inc:x.1", Set.of("x"), "inc:z.1", Set.of("z")), incidents(store));
            assertEquals(2, store.linkedIncidentCount());
            // x's incident kept its id and its one old report, yet lost z's: its summary is rewritten
            IncidentBrief x = store.incidentBriefs(IncidentSearch.of(IncidentQuery.all())).items().stream()
                    .filter(b -> b.id().equals("inc:x.1")).findFirst().orElseThrow();
            assertEquals(1, x.reports());
        }
    }

    @Test
    void anIncidentWhoseOnlyReportIsWithdrawnIsDroppedAndNoOtherIs() {
        try (IncidentStore store = ingest("withdrawn", A, X, W)) {
            Map<String, Set<String>> before = incidents(store);
            assertEquals(Set.of("a"), before.get("inc:a.1"));
            // a's new version tells of no strike: its incident has no report left
            Document retold = new Document("a", A.text() + " Officials later withdrew the claim.", SUNDAY, null, null,
                    null);
            assertEquals(IngestOutcome.UPDATED, store.ingest(retold, new Extraction("a", List.of(), List.of())));
            Map<String, Set<String>> expected = new TreeMap<>(before);
            expected.remove("inc:a.1");
            assertEquals(expected, incidents(store));
            assertEquals(expected.size(), store.linkedIncidentCount());
        }
    }

    @Test
    void anUndatedReportIsAnIncidentOfItsOwnAndUnknownIdsFindNothing() {
        Event undated = new Event(EventType.AIRSTRIKE, null, KAFR_NABL, List.of(), new Range(7, 7), null, null, null,
                null, null, List.of(), List.of(), List.of(), 0.5);
        try (IncidentStore store = ingest("undated", X)) {
            store.ingest(new Document("u", "Undated: " + X.text(), null, null, null, null),
                    new Extraction("u", List.of(undated), List.of()));
            assertEquals(Map.of("inc:x.1", Set.of("x"), "inc:u.1", Set.of("u")), incidents(store));
            assertTrue(store.linkedIncident("inc:nothing.1").isEmpty());
        }
    }

    @Test
    void queriesReturnWholeIncidentsWhenAnyReportMatches() {
        try (IncidentStore store = ingest("query", X, Y, Z, A)) {
            List<LinkedIncident> found = store.linkedIncidents(IncidentQuery.all().withMinKilled(7L));
            assertEquals(1, found.size());
            assertEquals(List.of("x", "y", "z"), found.get(0).incident().articleIds());
            assertEquals(2, store.linkedIncidents(IncidentQuery.all()).size(), () -> incidents(store).toString());
            assertEquals(1, store.linkedIncidents(IncidentQuery.all().withLimit(1)).size());
        }
    }
}
