package org.harmtrack.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.harmtrack.model.Document;
import org.harmtrack.model.Extraction;
import org.harmtrack.model.Range;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store on PostgreSQL: the same migrations, queries (paging, the haversine circle, the timeline), linking and
 * search as on the embedded default. Needs a server: scripts/test.sh starts one and sets
 * HARMTRACK_TEST_POSTGRES (a JDBC URL with user and password); each test works in a schema of its own.
 */
class PostgresStoreTest {
    private static final String URL = System.getenv("HARMTRACK_TEST_POSTGRES");

    @TempDir
    Path dir;
    String schema;
    IncidentStore store;

    @BeforeEach
    void openInAFreshSchema() throws SQLException {
        assumeTrue(URL != null && !URL.isBlank(), "HARMTRACK_TEST_POSTGRES is not set (scripts/test.sh sets it)");
        schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(URL); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
        store = PostgresIncidentStore.open(URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema, null,
                null, dir.resolve("search"));
    }

    @AfterEach
    void dropTheSchema() throws SQLException {
        if (store != null) {
            store.close();
        }
        if (schema != null) {
            try (Connection c = DriverManager.getConnection(URL); Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }

    @Test
    void aFullyPopulatedEventComesBackEqualAndAgainIsUnchanged() {
        store.ingest(Fixtures.marketDocument(), Fixtures.marketExtraction());
        StoredIncident back = store.incidents(IncidentQuery.all()).stream()
                .filter(i -> i.incidentId().equals("market-2019#1")).findFirst().orElseThrow();
        assertEquals(Fixtures.fullyPopulatedEvent(), back.event());
        // what was hit and with what, filtered in SQL on PostgreSQL too
        assertEquals(1, store.incidentBriefs(IncidentSearch.of(IncidentQuery.all()
                .withTarget(org.harmtrack.model.TargetKind.MARKET))).total());
        assertEquals(0, store.incidentBriefs(IncidentSearch.of(IncidentQuery.all()
                .withWeapon(org.harmtrack.model.WeaponKind.DRONE))).total());
        assertEquals(List.of(Fixtures.fullAggregate(), Fixtures.sparseAggregate()), store.aggregates("market-2019"));
        assertEquals(IngestOutcome.UNCHANGED, store.ingest(Fixtures.marketDocument(), Fixtures.marketExtraction()));
        assertEquals(List.of("airstrikes", "bombs"), store.aggregates(LocalDate.of(2019, 7, 1), null).stream()
                .map(a -> a.aggregate().measure()).toList());
    }

    @Test
    void searchesPageCountAndTestTheCircleInSql() {
        List<Document> docs = new ArrayList<>();
        List<Extraction> extractions = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            boolean aleppo = i % 2 == 0;
            String id = String.format("r%02d", i);
            docs.add(Fixtures.simpleDocument(id, "Report " + id + (aleppo ? " from Aleppo" : " from Homs")));
            extractions.add(Fixtures.extraction(id, Fixtures.event(LocalDate.of(2020, 1, 1).plusWeeks(i), "SY",
                    aleppo ? 36.20 : 34.73, aleppo ? 37.16 : 36.72, null, new Range(i, i))));
        }
        store.ingestAll(docs, extractions);
        IncidentSearch all = IncidentSearch.of(IncidentQuery.all().withLimit(5));
        assertEquals(12, store.linkedIncidents(all).total());
        assertEquals(List.of("inc:r10.1", "inc:r11.1"), store.linkedIncidents(all.withOffset(10)).items().stream()
                .map(LinkedIncident::id).toList());
        assertEquals(6, store.linkedIncidents(IncidentSearch.of(IncidentQuery.all().withNear(34.73, 36.72, 20)))
                .total());
        assertEquals(List.of(new TimelineBucket("2020-01", 5, 10, 10), new TimelineBucket("2020-02", 4, 26, 26),
                new TimelineBucket("2020-03", 3, 30, 30)), store.timeline(all));
        assertEquals(Set.of("r03", "r05", "r07", "r09", "r11", "r01"), store.search("Homs", 20).stream()
                .map(SearchHit::articleId).collect(Collectors.toSet()));
    }

    @Test
    void reportsOfOneStrikeAreLinkedWhateverTheirOrder() {
        // two tellings of one strike (same day, place and toll) and one of another a week later
        LocalDate day = LocalDate.of(2021, 3, 7);
        List<Document> docs = List.of(Fixtures.simpleDocument("a", "Jets struck Idlib, killing 9."),
                Fixtures.simpleDocument("b", "Nine killed in an air raid on Idlib."),
                Fixtures.simpleDocument("c", "Shells hit Idlib a week later, killing 2."));
        List<Extraction> extractions = List.of(
                Fixtures.extraction("a", Fixtures.event(day, "SY", 35.93, 36.63, null, new Range(9, 9))),
                Fixtures.extraction("b", Fixtures.event(day, "SY", 35.93, 36.63, null, new Range(9, 9))),
                Fixtures.extraction("c", Fixtures.event(day.plusDays(7), "SY", 35.93, 36.63, null, new Range(2, 2))));
        for (int i = docs.size() - 1; i >= 0; i--) {
            store.ingest(docs.get(i), extractions.get(i));
        }
        Set<Set<String>> groups = store.linkedIncidents(IncidentQuery.all()).stream()
                .map(i -> new TreeSet<>(i.incident().articleIds())).collect(Collectors.toSet());
        assertEquals(Set.of(Set.of("a", "b"), Set.of("c")), groups);
        assertTrue(store.linkedIncident("inc:b.1").isPresent() || store.linkedIncident("inc:a.1").isPresent());
    }
}
