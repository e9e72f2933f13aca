package org.harmtrack.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import org.harmtrack.app.Cli;
import org.harmtrack.app.ingest.DocumentReader;
import org.harmtrack.extract.IncidentExtractor;
import org.harmtrack.gazetteer.GeoBias;
import org.harmtrack.model.Event;
import org.harmtrack.model.Extraction;
import org.harmtrack.model.Figure;
import org.harmtrack.model.PlacePrecision;
import org.harmtrack.model.Range;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The bundled demo reports (the project's own synthetic writing) read with the real gazetteer: a few of the
 * readings their answer key (expected.md) gives, end to end.
 */
class DemoCorpusTest {
    private static final Map<String, Extraction> BY_ID = new LinkedHashMap<>();

    @BeforeAll
    static void extractTheDemoCorpus() throws IOException {
        IncidentExtractor extractor = Cli.RESOURCES.extractor(GeoBias.NONE);
        try (InputStream in = DemoCorpusTest.class.getClassLoader()
                .getResourceAsStream("org/harmtrack/demo/reports.jsonl")) {
            new DocumentReader(p -> {
                throw new AssertionError("the demo corpus is well-formed: " + p);
            }).readJsonLines("demo", in, doc -> BY_ID.put(doc.id(), extractor.extract(doc)));
        }
    }

    private static Event only(String id) {
        assertEquals(1, BY_ID.get(id).events().size(), () -> id + ": " + BY_ID.get(id).events());
        return BY_ID.get(id).events().get(0);
    }

    @Test
    void aReportOfCampaignTotalsOnlyHasAggregatesAndNoIncident() {
        Extraction x = BY_ID.get("demo-023");
        assertTrue(x.events().isEmpty(), x.events()::toString);
        assertTrue(x.aggregates().stream().anyMatch(a -> a.count().equals(new Range(212, 348))));
    }

    @Test
    void shellingOfDoumaHasItsRangeInjuredAndDay() {
        Event e = only("demo-015");
        assertEquals(new Range(9, 11), e.killed());
        assertEquals(Range.exactly(27), e.injured());
        assertEquals("SY", e.place().country());
        assertEquals(java.time.LocalDate.of(2017, 10, 13), e.date().start());
    }

    @Test
    void aCoalitionAdmissionSitsBesideTheResidentsFigures() {
        Event e = only("demo-004");
        assertEquals(new Range(2, 17), e.killed());
        assertTrue(e.figures().stream().anyMatch(f -> f.stance() == Figure.Stance.ADMITTED), e.figures()::toString);
        assertEquals(java.time.LocalDate.of(2017, 9, 23), e.date().start());
    }

    @Test
    void aReportOfTwoIncidentsInTwoTownsGivesTwoEvents() {
        assertEquals(2, BY_ID.get("demo-020").events().size());
    }

    @Test
    void aVillageTheGazetteerLacksFallsBackToTheTownItIsNear() {
        Event e = only("demo-032"); // "Tal Shuwaikh, a village near al-Hasakah"
        assertEquals(PlacePrecision.NEAR, e.place().precision());
        assertEquals(173811L, e.place().geonamesId());
        assertEquals("Tal Shuwaikh", e.place().text());
    }
}
