package org.harmtrack.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.harmtrack.link.AirwarsScale;
import org.harmtrack.model.Document;
import org.harmtrack.model.Event;
import org.harmtrack.model.EventType;
import org.harmtrack.model.Extraction;
import org.harmtrack.model.Span;
import org.harmtrack.model.Target;
import org.harmtrack.model.TargetKind;
import org.harmtrack.model.Weapon;
import org.harmtrack.model.WeaponKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Filtering by what was hit and with what, on reports and on linked incidents; the Airwars-scale grade kept. */
class DetailFilterTest {
    @TempDir
    Path dir;
    IncidentStore store;

    private static Event event(List<Target> targets, List<Weapon> weapons) {
        return new Event(EventType.AIRSTRIKE, null, null, List.of(), null, null, null, null, null, null, List.of(),
                List.of(), List.of(), 0.9, targets, weapons, List.of(), List.of());
    }

    private void add(String id, String text, Event event) {
        store.ingest(new Document(id, text, null, id, null, null), new Extraction(id, List.of(event), List.of()));
    }

    @BeforeEach
    void fill() {
        store = TestStores.open(dir);
        add("clinic", "Jets hit the clinic; the council said cluster bombs were used.", event(
                List.of(new Target(TargetKind.HEALTHCARE, "clinic", new Span(13, 19))),
                List.of(new Weapon(WeaponKind.CLUSTER_MUNITIONS, "cluster bombs", new Span(38, 51), "the council"))));
        add("home", "A drone hit a home.", event(List.of(new Target(TargetKind.RESIDENTIAL, "home", new Span(14, 18))),
                List.of(new Weapon(WeaponKind.DRONE, "drone", new Span(2, 7), null))));
        add("bare", "Something happened somewhere.", event(List.of(), List.of()));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private List<String> reports(IncidentQuery q) {
        return store.incidents(q).stream().map(StoredIncident::documentId).toList();
    }

    private List<String> incidents(IncidentQuery q) {
        return store.incidentBriefs(IncidentSearch.of(q)).items().stream().map(IncidentBrief::id).toList();
    }

    @Test
    void aTargetKindKeepsTheIncidentsAReportSaysWereHitSo() {
        assertEquals(List.of("clinic"), reports(IncidentQuery.all().withTarget(TargetKind.HEALTHCARE)));
        assertEquals(List.of("inc:home.1"), incidents(IncidentQuery.all().withTarget(TargetKind.RESIDENTIAL)));
        assertEquals(List.of(), incidents(IncidentQuery.all().withTarget(TargetKind.EDUCATION)));
    }

    @Test
    void aWeaponKeepsIncidentsNamingItAsFactOrAsAnAllegation() {
        assertEquals(List.of("inc:clinic.1"), incidents(IncidentQuery.all().withWeapon(WeaponKind.CLUSTER_MUNITIONS)));
        assertEquals(List.of("home"), reports(IncidentQuery.all().withWeapon(WeaponKind.DRONE)
                .withTarget(TargetKind.RESIDENTIAL)));
        assertEquals(List.of(), reports(IncidentQuery.all().withWeapon(WeaponKind.DRONE)
                .withTarget(TargetKind.HEALTHCARE)));
    }

    @Test
    void eachIncidentRowKeepsItsGradeOnAirwarsScaleWithItsSentence() {
        IncidentBrief clinic = store.incidentBriefs(IncidentSearch.of(IncidentQuery.all()
                .withTarget(TargetKind.HEALTHCARE))).items().get(0);
        assertEquals(AirwarsScale.Grade.WEAK, clinic.airwars().grade());
        assertTrue(clinic.airwars().explanation().startsWith("Weak: a single source, naming no belligerent"),
                clinic.airwars().explanation());
    }
}
