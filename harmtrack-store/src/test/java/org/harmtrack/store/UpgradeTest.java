package org.harmtrack.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A database written by the first version, before incidents were linked, opened by this one. */
class UpgradeTest {
    @TempDir
    Path dir;

    @Test
    void eventsStoredBeforeLinkingBecomeIncidentsWithTheirSummaryAndAreSearchable() throws SQLException {
        TestStores.quiet();
        JdbcConnectionPool pool = JdbcConnectionPool.create("jdbc:h2:file:" + dir.resolve("harmtrack"), "sa", "");
        try {
            Flyway.configure().dataSource(pool).locations("classpath:db/migration").target("1").load().migrate();
            try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
                s.execute("INSERT INTO article (id, body, text_sha256, ingested_at) VALUES ('old-1',"
                        + " 'Shelling killed 4 people in Homs.', 'x', CURRENT_TIMESTAMP)");
                s.execute("INSERT INTO event (article_id, event_no, event_type, confidence, date_start, date_end,"
                        + " date_granularity, date_text, place_text, place_name, geonames_id, country, lat, lon, place_precision,"
                        + " killed_min, killed_max) VALUES ('old-1', 1, 'shelling', 0.9, DATE '2019-03-02',"
                        + " DATE '2019-03-02', 'day', 'on Saturday', 'Homs', 'Homs', 169577, 'SY', 34.73, 36.72, 'locality', 4, 4)");
            }
        } finally {
            pool.dispose();
        }

        try (IncidentStore store = TestStores.open(dir)) {
            IncidentPage syria = store.linkedIncidents(IncidentSearch.of(IncidentQuery.all().withCountry("SY")));
            assertEquals(1, syria.total());
            assertEquals("inc:old-1.1", syria.items().get(0).id());
            assertEquals(1, store.linkedIncidents(IncidentSearch.of(IncidentQuery.all().withMinKilled(4L))).total());
            assertEquals("old-1", store.search("shelling", 5).get(0).articleId());
            // the grade on Airwars' scale is filled in for incidents stored before it existed
            IncidentBrief brief = store.incidentBriefs(IncidentSearch.of(IncidentQuery.all())).items().get(0);
            assertEquals(org.harmtrack.link.AirwarsScale.Grade.WEAK, brief.airwars().grade());
        }
    }

    @Test
    void incidentsStoredByVersionSixGetTheirGradeOnAirwarsScaleWhenTheStoreOpens() throws SQLException {
        try (IncidentStore store = TestStores.open(dir)) {
            store.ingest(Fixtures.marketDocument(), Fixtures.marketExtraction());
        }
        TestStores.quiet();
        JdbcConnectionPool pool = JdbcConnectionPool.create("jdbc:h2:file:" + dir.resolve("harmtrack"), "sa", "");
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            // back to how version 6 left it: no grade on Airwars' scale, no version 7 in the history
            s.execute("UPDATE incident SET airwars_grade = NULL, airwars_explanation = NULL");
            s.execute("DELETE FROM \"flyway_schema_history\" WHERE \"version\" IN ('7', '8')");
            s.execute("ALTER TABLE incident DROP COLUMN airwars_grade");
            s.execute("ALTER TABLE incident DROP COLUMN airwars_explanation");
            for (String table : List.of("event_target", "event_weapon", "event_victim", "event_assessment")) {
                s.execute("DROP TABLE " + table);
            }
        } finally {
            pool.dispose();
        }
        try (IncidentStore store = TestStores.open(dir)) {
            IncidentBrief brief = store.incidentBriefs(IncidentSearch.of(IncidentQuery.all())).items().get(0);
            // the fixture's figures include one the Observatory gives as admitted: harmtrack's grade is acknowledged
            assertEquals(org.harmtrack.link.AirwarsScale.Grade.CONFIRMED, brief.airwars().grade());
            assertTrue(brief.airwars().explanation().startsWith("Confirmed: "), brief.airwars().explanation());
        }
    }

    @Test
    void incidentIdsOfVersionSevenHoldingHashGetUrlSafeIdsAndTheOldOnesStillFindThem() throws SQLException {
        String id;
        long incidents;
        try (IncidentStore store = TestStores.open(dir)) {
            store.ingest(Fixtures.marketDocument(), Fixtures.marketExtraction());
            id = store.incidentBriefs(IncidentSearch.of(IncidentQuery.all())).items().get(0).id();
            incidents = store.linkedIncidentCount();
        }
        String legacy = id.substring(0, id.lastIndexOf('.')) + "#" + id.substring(id.lastIndexOf('.') + 1);
        TestStores.quiet();
        JdbcConnectionPool pool = JdbcConnectionPool.create("jdbc:h2:file:" + dir.resolve("harmtrack"), "sa", "");
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            // back to how version 7 left it: the id with '#', no version 8 in the history
            s.execute("SET REFERENTIAL_INTEGRITY FALSE");
            s.execute("UPDATE incident SET id = '" + legacy + "' WHERE id = '" + id + "'");
            s.execute("UPDATE incident_report SET incident_id = '" + legacy + "' WHERE incident_id = '" + id + "'");
            s.execute("SET REFERENTIAL_INTEGRITY TRUE");
            s.execute("DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '8'");
        } finally {
            pool.dispose();
        }
        try (IncidentStore store = TestStores.open(dir)) {
            List<IncidentBrief> briefs = store.incidentBriefs(IncidentSearch.of(IncidentQuery.all())).items();
            IncidentBrief brief = briefs.stream().filter(b -> b.id().equals(id)).findFirst().orElseThrow();
            briefs.forEach(b -> assertTrue(org.harmtrack.link.IncidentIds.isUrlSafe(b.id()), b.id()));
            assertEquals(incidents, store.linkedIncidentCount());
            // a link shared before the upgrade finds the incident, its reports and summary whole
            LinkedIncident old = store.linkedIncident(legacy).orElseThrow();
            assertEquals(id, old.id());
            assertEquals(1, old.incident().events().size());
            assertTrue(brief.killed() != null && brief.title() != null, brief::toString);
        }
    }
}
