package org.harmtrack.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.harmtrack.app.Cli;
import org.harmtrack.app.Csv;
import org.harmtrack.app.Reports;
import org.harmtrack.app.output.IncidentColumns;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IncidentsCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    static String db;

    @BeforeAll
    static void ingestTheReports() throws IOException {
        db = dir.resolve("db").toString();
        Cli.Result r = Cli.run("ingest", "--db", db, Cli.writeReports(dir).toString());
        assertEquals(ExitCodes.OK, r.exitCode(), r::toString);
    }

    private static Cli.Result incidents(String... args) {
        List<String> all = new ArrayList<>(List.of("incidents", "--db", db, "--reports"));
        all.addAll(List.of(args));
        return Cli.run(all.toArray(String[]::new));
    }

    private static List<JsonNode> jsonl(String... filters) throws IOException {
        List<String> args = new ArrayList<>(List.of(filters));
        args.addAll(List.of("--format", "jsonl"));
        Cli.Result r = incidents(args.toArray(String[]::new));
        assertEquals(ExitCodes.OK, r.exitCode(), r::toString);
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : r.out().split("\n")) {
            if (!line.isEmpty()) {
                nodes.add(JSON.readTree(line));
            }
        }
        return nodes;
    }

    private static Set<String> documents(String... filters) throws IOException {
        Set<String> ids = new TreeSet<>();
        jsonl(filters).forEach(n -> ids.add(n.get("document_id").asText()));
        return ids;
    }

    @Test
    void filtersByCountryByKilledForCertainAndByDistance() throws IOException {
        assertEquals(new TreeSet<>(Reports.IDS), documents());
        assertEquals(Set.of("fx-aleppo", "fx-atarib"), documents("--country", "sy"));
        assertEquals(documents("--country", "SY"), documents("--country", "Syria"), "a country's name is its code");
        assertEquals(Set.of("fx-aleppo", "fx-unplaced"), documents("--min-killed", "5"));
        assertEquals(Set.of("fx-aleppo"), documents("--near", "36.2,37.16", "--within", "10"));
        assertEquals(Set.of("fx-aleppo", "fx-atarib"), documents("--near", "36.2,37.16", "--within", "50"));
        assertEquals(Set.of("fx-aleppo", "fx-atarib"), documents("--from", "2021-01-01", "--to", "2021-12-31"));
    }

    @Test
    void jsonlGivesEachIncidentItsProvenanceAndTheEventFieldsOfTheExtractContract() throws IOException {
        List<JsonNode> nodes = jsonl("--country", "SY", "--min-killed", "10");

        assertEquals(1, nodes.size());
        JsonNode aleppo = nodes.get(0);
        assertEquals("fx-aleppo#1", aleppo.get("incident_id").asText());
        assertEquals("Strike on Aleppo market", aleppo.get("title").asText());
        assertEquals("https://example.invalid/aleppo", aleppo.get("url").asText());
        assertEquals("2021-03-04", aleppo.get("published").asText());
        assertEquals("airstrike", aleppo.get("type").asText());
        assertEquals(12, aleppo.get("killed").get("min").asInt());
        assertEquals("SY", aleppo.get("place").get("country").asText());
        assertTrue(aleppo.get("figures").isArray() && aleppo.get("evidence").isArray());
    }

    @Test
    void csvHasTheHeaderRowAndTheSameNumberOfColumnsOnEveryRow() {
        Cli.Result r = incidents("--format", "csv");

        assertEquals(ExitCodes.OK, r.exitCode(), r::toString);
        List<List<String>> rows = Csv.parse(r.out());
        assertEquals(IncidentColumns.NAMES, rows.get(0));
        assertEquals(6, rows.size());
        rows.forEach(row -> assertEquals(IncidentColumns.NAMES.size(), row.size(), row::toString));
        assertTrue(r.out().contains("\r\n"));
    }

    @Test
    void geojsonIsAFeatureCollectionOfLonLatPointsThatCountsTheUnplacedIncidents() throws IOException {
        Cli.Result r = incidents("--format", "geojson");

        JsonNode root = JSON.readTree(r.out());
        assertEquals("FeatureCollection", root.get("type").asText());
        assertEquals(4, root.get("features").size());
        assertEquals(1, root.get("unplaced").asInt());
        for (JsonNode f : root.get("features")) {
            JsonNode xy = f.get("geometry").get("coordinates");
            assertEquals("Point", f.get("geometry").get("type").asText());
            assertEquals(f.get("properties").get("lon").asDouble(), xy.get(0).asDouble());
            assertEquals(f.get("properties").get("lat").asDouble(), xy.get(1).asDouble());
            assertTrue(f.get("properties").get("figures").isArray());
        }
        JsonNode kharkiv = root.get("features").get(3);
        assertEquals("fx-kharkiv#1", kharkiv.get("id").asText());
        assertEquals(36.25, kharkiv.get("geometry").get("coordinates").get(0).asDouble(), 0.1);
    }

    @Test
    void theTableFitsA120ColumnTerminalAndTheOutputCanGoToAFile() throws IOException {
        Cli.Result table = incidents();
        Path file = dir.resolve("out.csv");
        Cli.Result toFile = incidents("--format", "csv", "-o", file.toString());

        assertEquals(ExitCodes.OK, table.exitCode(), table::toString);
        List<String> lines = table.out().lines().toList();
        assertTrue(lines.get(0).startsWith("incident "), table::toString);
        assertTrue(lines.stream().allMatch(l -> l.length() <= 120), table::toString);
        assertTrue(table.out().contains("Aleppo, SY"), table::toString);
        assertEquals("5 reports", lines.get(lines.size() - 1), "--reports lists reports, and counts them so");
        assertEquals("", toFile.out());
        assertEquals(6, Csv.parse(Files.readString(file)).size());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "--from 2020-13-45|--from|2020-13-45",
        "--to yesterday|--to|yesterday",
        "--near 200,10|--near|200",
        "--near 36.2,37.1 --within -5|--within|-5",
        "--within 5|--within|--near",
        "--format xml|--format|xml",
        "--limit 0|--limit|0",
        "--limit many|--limit|many",
        "--country Atlantis|--country|Atlantis",
        "--type sideways|--type|sideways",
        "--grade excellent|--grade|excellent",
        "--sort -width|--sort|-width",
        "--min-killed -1|--min-killed|-1",
        "--from 2021-02-01 --to 2021-01-01|--from|2021-02-01"})
    void aNonsenseParameterExitsWith2AndOneLineNamingTheParameterAndTheValue(String args, String parameter, String value) {
        Cli.Result r = incidents(args.split(" "));

        assertEquals(ExitCodes.USAGE, r.exitCode(), r::toString);
        assertEquals(1, r.err().lines().count(), r::toString);
        assertTrue(r.err().contains(parameter) && r.err().contains(value), r::toString);
        assertEquals("", r.out());
    }

    @Test
    void aFolderWithoutADatabaseExitsWith3AndIsNotCreated() {
        Path missing = dir.resolve("no-such-db");

        Cli.Result r = Cli.run("incidents", "--db", missing.toString());

        assertEquals(ExitCodes.FAILED, r.exitCode(), r::toString);
        assertTrue(r.err().contains(missing.toString()) && r.err().contains("no harmtrack database"), r::toString);
        assertFalse(Files.exists(missing));
    }

    @Test
    void filtersByWhatWasHitAndWithWhatInTheWordsOfTheReportsOrTheVocabulary() throws IOException {
        assertEquals(Set.of("fx-aleppo"), documents("--target", "market"));
        assertEquals(Set.of("fx-atarib", "fx-unplaced"), documents("--target", "vehicle"));
        assertEquals(Set.of("fx-mosul"), documents("--weapon", "car bomb"));
        assertEquals(Set.of("fx-atarib"), documents("--weapon", "drones", "--target", "car"));
        Cli.Result unknown = incidents("--target", "spaceship");
        assertEquals(ExitCodes.USAGE, unknown.exitCode(), unknown::toString);
        assertTrue(unknown.err().contains("--target") && unknown.err().contains("spaceship"), unknown::toString);
    }

    @Test
    void aLinkedIncidentCarriesItsTargetsWeaponsAndGradeOnAirwarsScale() throws IOException {
        Cli.Result r = Cli.run("incidents", "--db", db, "--target", "market", "--format", "jsonl");
        assertEquals(ExitCodes.OK, r.exitCode(), r::toString);
        JsonNode aleppo = JSON.readTree(r.out().lines().findFirst().orElseThrow());
        assertEquals("market", aleppo.get("targets").get(0).get("category").asText());
        assertEquals("a market", "a " + aleppo.get("targets").get(0).get("text").asText());
        assertEquals("airstrike", aleppo.get("weapons").get(0).get("kind").asText());
        // residents and a local monitor: two sources, and the warplanes are Russian
        assertEquals("fair", aleppo.get("airwars_grade").get("grade").asText());
        assertEquals("Fair: reported by 2 independent sources and attributed to Russian military; no report gives an"
                + " assessment by Russian military.", aleppo.get("airwars_grade").get("explanation").asText());
    }

    @Test
    void linkedIncidentsTakeTheTypeGradeAndOrderTheApiTakes() throws IOException {
        Cli.Result drones = Cli.run("incidents", "--db", db, "--type", "drone_strike", "--format", "jsonl");
        assertEquals(ExitCodes.OK, drones.exitCode(), drones::toString);
        assertTrue(drones.out().lines().allMatch(l -> l.contains("\"type\":\"drone_strike\"")), drones::toString);
        assertTrue(drones.out().contains("fx-atarib"), drones::toString);
        assertFalse(drones.out().contains("fx-kharkiv"), drones::toString);
        Cli.Result mostKilled = Cli.run("incidents", "--db", db, "--sort", "-killed", "--format", "jsonl");
        assertTrue(mostKilled.out().lines().findFirst().orElseThrow().contains("fx-aleppo"), mostKilled::toString);
        Cli.Result contested = Cli.run("incidents", "--db", db, "--grade", "contested", "--format", "jsonl");
        assertEquals("", contested.out(), contested::toString);
        assertEquals(Set.of("fx-atarib"), documents("--type", "drone-strike"));
    }

    @Test
    void theTableNeverCutsAnIdAndWideCutsNothing() throws IOException {
        String longId = "airwars-syria-source-" + "3a72d6b81a256f0569f5ba96".repeat(2);
        Path file = dir.resolve("long-id.jsonl");
        Files.writeString(file, "{\"id\": \"" + longId + "\", \"published\": \"2021-03-06\", \"text\": \"Jets struck"
                + " the market in Saraqib on 4 March 2021, killing seven civilians, the Syrian Observatory for Human"
                + " Rights and the Saraqib Local Council and the Idlib Health Directorate said.\"}");
        String db2 = dir.resolve("long-id-db").toString();
        assertEquals(ExitCodes.OK, Cli.run("ingest", "--db", db2, file.toString()).exitCode());
        Cli.Result fitted = Cli.run("incidents", "--db", db2);
        assertTrue(fitted.out().contains("inc:" + longId + ".1"), fitted::toString);
        assertTrue(fitted.out().contains("…"), "the sources are cut to fit, not the id: " + fitted);
        Cli.Result wide = Cli.run("incidents", "--db", db2, "--wide");
        assertFalse(wide.out().contains("…"), wide::toString);
        assertTrue(wide.out().contains("inc:" + longId + ".1"), wide::toString);
    }
}
