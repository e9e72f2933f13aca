package org.harmtrack.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.harmtrack.link.Corroboration;
import org.harmtrack.model.EventType;
import org.harmtrack.model.Range;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Searching linked incidents by their summaries: filters, order, pages and totals, all in SQL. */
class IncidentSearchTest {
    @TempDir
    Path dir;
    IncidentStore store;

    @BeforeEach
    void ingestTwelveIncidentsOnTwelveDays() {
        store = TestStores.open(dir);
        for (int i = 0; i < 12; i++) {
            // a week apart, so none links with another; Aleppo and Homs alternate; i killed
            boolean aleppo = i % 2 == 0;
            String id = String.format("r%02d", i);
            store.ingest(Fixtures.simpleDocument(id, "Report " + id),
                    Fixtures.extraction(id, Fixtures.event(LocalDate.of(2020, 1, 1).plusWeeks(i), "SY",
                            aleppo ? 36.20 : 34.73, aleppo ? 37.16 : 36.72, null, new Range(i, i))));
        }
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static List<String> ids(IncidentPage page) {
        return page.items().stream().map(LinkedIncident::id).toList();
    }

    @Test
    void pagesCoverEveryIncidentOnceInTheChosenOrderWithTheTotal() {
        IncidentSearch all = IncidentSearch.of(IncidentQuery.all().withLimit(5));
        IncidentPage first = store.linkedIncidents(all);
        IncidentPage third = store.linkedIncidents(all.withOffset(10));
        assertEquals(12, first.total());
        assertEquals(List.of("inc:r00.1", "inc:r01.1", "inc:r02.1", "inc:r03.1", "inc:r04.1"), ids(first));
        assertEquals(List.of("inc:r10.1", "inc:r11.1"), ids(third));
        assertEquals(List.of("inc:r11.1", "inc:r10.1"),
                ids(store.linkedIncidents(all.withSort(IncidentSearch.Sort.KILLED_DESC).withOffset(0))).subList(0, 2));
        assertEquals("inc:r11.1", ids(store.linkedIncidents(all.withSort(IncidentSearch.Sort.DATE_DESC))).get(0));
    }

    @Test
    void briefsAreReadFromTheIncidentRowsAndAgreeWithTheWholeIncidents() throws Exception {
        IncidentSearch search = IncidentSearch.of(IncidentQuery.all().withLimit(5)).withOffset(3);
        IncidentBrief.Page briefs = store.incidentBriefs(search);
        IncidentPage whole = store.linkedIncidents(search);
        assertEquals(whole.total(), briefs.total());
        assertEquals(ids(whole), briefs.items().stream().map(IncidentBrief::id).toList());
        for (int i = 0; i < briefs.items().size(); i++) {
            IncidentBrief b = briefs.items().get(i);
            org.harmtrack.link.IncidentSummary s = org.harmtrack.link.IncidentSummary.of(whole.items().get(i).incident());
            assertEquals(s.place().admin1(), b.place().admin1());
            assertEquals(s.place().lat(), b.place().lat());
            assertEquals(s.killed(), b.killed());
            assertEquals(s.grade().grade(), b.grade());
            assertEquals(s.grade().sources(), b.sources());
            assertEquals(whole.items().get(i).reports().get(0).title(), b.title());
            assertEquals(1, b.reports());
        }

        // a store written before briefs were kept: the columns are empty until the store is next opened
        store.close();
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("harmtrack"),
                "sa", ""); java.sql.Statement st = c.createStatement()) {
            st.execute("UPDATE incident SET admin1 = NULL, title = NULL, sources = NULL");
            // back to version 5: neither version 6's columns nor version 7's tables and columns
            st.execute("DELETE FROM \"flyway_schema_history\" WHERE \"version\" IN ('6', '7', '8')");
            for (String table : List.of("event_target", "event_weapon", "event_victim", "event_assessment")) {
                st.execute("DROP TABLE " + table);
            }
            st.execute("ALTER TABLE incident DROP COLUMN airwars_grade");
            st.execute("ALTER TABLE incident DROP COLUMN airwars_explanation");
            st.execute("ALTER TABLE incident DROP COLUMN admin1");
            st.execute("ALTER TABLE incident DROP COLUMN admin2");
            st.execute("ALTER TABLE incident DROP COLUMN title");
            st.execute("ALTER TABLE incident DROP COLUMN sources");
        }
        store = TestStores.open(dir);
        assertEquals(briefs, store.incidentBriefs(search));
    }

    @Test
    void filtersApplyToTheIncidentsSummary() {
        IncidentQuery q = IncidentQuery.all();
        // Homs, by a circle of 20 km tested exactly, and by a box
        assertEquals(6, store.linkedIncidents(IncidentSearch.of(q.withNear(34.73, 36.72, 20))).total());
        assertEquals(6, store.linkedIncidents(IncidentSearch.of(q).withBox(
                new IncidentSearch.Box(36, 37, 36.5, 37.5))).total());
        assertEquals(3, store.linkedIncidents(IncidentSearch.of(q.withMinKilled(9L))).total());
        assertEquals(4, store.linkedIncidents(IncidentSearch.of(q.withDates(LocalDate.of(2020, 1, 1),
                LocalDate.of(2020, 1, 22)))).total());
        assertEquals(12, store.linkedIncidents(IncidentSearch.of(q).withType(EventType.AIRSTRIKE)).total());
        assertEquals(0, store.linkedIncidents(IncidentSearch.of(q).withType(EventType.SHELLING)).total());
        assertEquals(12, store.linkedIncidents(IncidentSearch.of(q)
                .withGrade(Corroboration.Grade.SINGLE_SOURCE)).total());
        assertEquals(0, store.linkedIncidents(IncidentSearch.of(q).withGrade(Corroboration.Grade.CONTESTED)).total());
        assertEquals(1, store.linkedIncidents(IncidentSearch.of(q.withText("report r07"))).total());
    }

    @Test
    void theTimelineCountsAndSumsIncidentsByMonth() {
        List<TimelineBucket> months = store.timeline(IncidentSearch.of(IncidentQuery.all()));
        // weekly from 1 January 2020: five in January (0..4 killed), four in February (5..8), three in March
        assertEquals(List.of(new TimelineBucket("2020-01", 5, 10, 10), new TimelineBucket("2020-02", 4, 26, 26),
                new TimelineBucket("2020-03", 3, 30, 30)), months);
        assertEquals(List.of(new TimelineBucket("2020-03", 2, 21, 21)),
                store.timeline(IncidentSearch.of(IncidentQuery.all().withMinKilled(10L))));
    }

    @Test
    void nonsenseSearchesAreRefusedWithTheValue() {
        assertEquals("sort must be one of date, -date, -killed, -reports: 'size'",
                assertThrows(IllegalArgumentException.class, () -> IncidentSearch.Sort.ofKey("size")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> new IncidentSearch.Box(40, 0, 30, 10));
        assertThrows(IllegalArgumentException.class, () -> IncidentSearch.of(IncidentQuery.all()).withOffset(-1));
    }
}
