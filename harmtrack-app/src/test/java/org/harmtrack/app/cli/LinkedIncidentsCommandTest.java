package org.harmtrack.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.harmtrack.app.Cli;
import org.harmtrack.app.Csv;
import org.harmtrack.app.output.LinkedIncidentColumns;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo corpus ingested, then listed as linked incidents, exported and compared: the store links the reports
 * of one strike as {@code harmtrack link} does, and every export carries the claims and the sources.
 */
class LinkedIncidentsCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    static String db;
    static Path corpus;

    @BeforeAll
    static void ingestTheDemoCorpus() throws IOException {
        db = dir.resolve("db").toString();
        corpus = dir.resolve("reports.jsonl");
        try (InputStream in = LinkedIncidentsCommandTest.class.getClassLoader()
                .getResourceAsStream("org/harmtrack/demo/reports.jsonl")) {
            Files.copy(in, corpus);
        }
        Cli.Result r = Cli.run("ingest", "--db", db, corpus.toString());
        assertEquals(ExitCodes.OK, r.exitCode(), r::toString);
    }

    private static List<JsonNode> lines(String out) throws IOException {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : out.split("\n")) {
            if (!line.isBlank()) {
                nodes.add(JSON.readTree(line));
            }
        }
        return nodes;
    }

    private static Set<Set<String>> groups(List<JsonNode> incidents) {
        Set<Set<String>> groups = new java.util.HashSet<>();
        for (JsonNode n : incidents) {
            Set<String> ids = new TreeSet<>();
            n.get("article_ids").forEach(a -> ids.add(a.asText()));
            groups.add(ids);
        }
        return groups;
    }

    private static JsonNode incidentOf(List<JsonNode> incidents, String articleId) {
        for (JsonNode n : incidents) {
            for (JsonNode a : n.get("article_ids")) {
                if (a.asText().equals(articleId)) {
                    return n;
                }
            }
        }
        throw new AssertionError("no incident has " + articleId);
    }

    private static List<JsonNode> stored() throws IOException {
        Cli.Result r = Cli.run("incidents", "--db", db, "--format", "jsonl");
        assertEquals(ExitCodes.OK, r.exitCode(), r::toString);
        return lines(r.out());
    }

    @Test
    void theStoreLinksTheReportsAsTheStatelessLinkerDoes() throws IOException {
        Cli.Result link = Cli.run("link", "--input", corpus.toString());
        assertEquals(ExitCodes.OK, link.exitCode(), link::toString);
        Set<Set<String>> store = groups(stored());
        assertEquals(groups(lines(link.out())), store);
        assertTrue(store.contains(Set.of("demo-002", "demo-003", "demo-004")), store::toString);
    }

    @Test
    void anIncidentKeepsEveryClaimWithItsRuleAndIsGradedByItsIndependentSources() throws IOException {
        JsonNode mayadin = incidentOf(stored(), "demo-002");
        // the coalition's own admission of two civilian deaths sits beside the residents' and medics' figures
        assertEquals("acknowledged", mayadin.get("grade").get("grade").asText());
        assertTrue(mayadin.get("grade").get("explanation").asText().startsWith("harm acknowledged by coalition"),
                mayadin::toString);
        JsonNode killed = null;
        for (JsonNode f : mayadin.get("figures")) {
            if (f.get("measure").asText().equals("killed") && f.get("category").asText().equals("all")) {
                killed = f;
            }
        }
        assertTrue(killed != null && killed.get("claims").size() >= 3, mayadin::toString);
        long lowest = Long.MAX_VALUE;
        long highest = 0;
        for (JsonNode c : killed.get("claims")) {
            if (!c.get("approximate").asBoolean()) {
                lowest = Math.min(lowest, c.get("min").asLong());
            }
            highest = Math.max(highest, c.get("max").asLong());
        }
        assertEquals(lowest, killed.get("min").asLong());
        assertEquals(highest, killed.get("max").asLong());
        assertEquals(3, mayadin.get("reports").size());
        assertTrue(mayadin.get("reports").get(0).has("title"), mayadin::toString);
    }

    @Test
    void csvHasOneRowPerIncidentWithMonitorColumnsAndGeojsonCountsTheUnplaced() throws IOException {
        int incidents = stored().size();
        Cli.Result csv = Cli.run("incidents", "--db", db, "--format", "csv");
        List<List<String>> rows = Csv.parse(csv.out());
        assertEquals(LinkedIncidentColumns.NAMES, rows.get(0));
        assertEquals(incidents + 1, rows.size());
        rows.forEach(row -> assertEquals(LinkedIncidentColumns.NAMES.size(), row.size(), row::toString));
        int grade = LinkedIncidentColumns.NAMES.indexOf("grade");
        int sources = LinkedIncidentColumns.NAMES.indexOf("sources");
        for (List<String> row : rows.subList(1, rows.size())) {
            assertTrue(Set.of("single_source", "corroborated", "contested", "acknowledged").contains(row.get(grade)),
                    row::toString);
            assertTrue(!row.get(sources).isEmpty(), row::toString);
        }

        JsonNode geo = JSON.readTree(Cli.run("incidents", "--db", db, "--format", "geojson").out());
        assertEquals(incidents, geo.get("features").size() + geo.get("unplaced").asInt());
        for (JsonNode f : geo.get("features")) {
            assertEquals(f.get("properties").get("lon").asDouble(), f.get("geometry").get("coordinates").get(0)
                    .asDouble());
            assertTrue(f.get("id").asText().startsWith("inc:"), f::toString);
        }
        Cli.Result reports = Cli.run("incidents", "--db", db, "--reports", "--format", "jsonl");
        assertTrue(lines(reports.out()).size() > incidents, "more reports than incidents");
    }

    @Test
    void compareSetsCampaignClaimsBesideTheSumOfIncidents() throws IOException {
        Cli.Result r = Cli.run("compare", "--db", db, "--region", "Syria", "--from", "2017-01-01", "--to",
                "2017-12-31", "--format", "json");
        assertEquals(ExitCodes.OK, r.exitCode(), r::toString);
        JsonNode n = JSON.readTree(r.out());
        assertEquals("SY", n.get("country").asText());
        // the Raqqa monitor's tally for June to October 2017 is another source's claim, not an official one
        boolean raqqa = false;
        for (JsonNode c : n.get("other")) {
            raqqa |= c.get("min").asLong() == 1124 && c.get("measure").asText().equals("civilians_killed");
        }
        assertTrue(raqqa, r::toString);
        JsonNode killed = n.get("incidents").get("killed");
        assertTrue(n.get("incidents").get("count").asInt() > 0, r::toString);
        assertTrue(killed.get("min").asLong() <= killed.get("max").asLong(), r::toString);
        assertEquals(n.get("incidents").get("count").asInt(),
                killed.get("incidents").asInt() + killed.get("without_figure").asInt());

        Cli.Result table = Cli.run("compare", "--db", db, "--region", "SY");
        assertTrue(table.out().contains("Official claims") && table.out().contains("Incidents:"), table::toString);
    }

    @Test
    void aBoxKeepsTheIncidentsPlacedInItAndItsFiltersAreTheApis() throws IOException {
        List<JsonNode> inSyria = lines(Cli.run("incidents", "--db", db, "--bbox", "32,35.5,37.5,42.5", "--format", "jsonl",
                "--limit", "500").out());
        assertTrue(inSyria.size() > 3);
        for (JsonNode i : inSyria) {
            double lat = i.get("place").get("lat").asDouble();
            double lon = i.get("place").get("lon").asDouble();
            assertTrue(lat >= 32 && lat <= 37.5 && lon >= 35.5 && lon <= 42.5, i::toString);
        }
        Cli.Result bad = Cli.run("incidents", "--db", db, "--bbox", "32,35.5,37.5");
        assertEquals(ExitCodes.USAGE, bad.exitCode(), bad::toString);
        assertTrue(bad.err().contains("--bbox takes SOUTH,WEST,NORTH,EAST"), bad::toString);
        Cli.Result within = Cli.run("incidents", "--db", db, "--within", "10");
        assertTrue(within.err().contains("--within needs --near"), within::toString);
        Cli.Result reports = Cli.run("incidents", "--db", db, "--bbox", "32,35.5,37.5,42.5", "--reports");
        assertTrue(reports.err().contains("--bbox applies to linked incidents"), reports::toString);
    }

    @Test
    void compareNamesANonsenseRegionOrDate() {
        Cli.Result region = Cli.run("compare", "--db", db, "--region", "Atlantis");
        assertEquals(ExitCodes.USAGE, region.exitCode(), region::toString);
        assertTrue(region.err().contains("--region") && region.err().contains("Atlantis"), region::toString);
        Cli.Result date = Cli.run("compare", "--db", db, "--region", "SY", "--from", "2019-13-01");
        assertEquals(ExitCodes.USAGE, date.exitCode(), date::toString);
        assertTrue(date.err().contains("2019-13-01"), date::toString);
    }

    @Test
    void exportsCarryTheWordsOfTheReportAndACountryIsNoPoint(@TempDir Path own) throws IOException {
        String db2 = own.resolve("db").toString();
        Path reports = own.resolve("reports.jsonl");
        Files.writeString(reports, String.join("\n",
                "{\"id\": \"r-sy\", \"published\": \"2021-03-06\", \"text\": \"Air strike on Saraqib\\n\\nJets struck"
                        + " the market in Saraqib on 4 March 2021, killing seven civilians, rescuers said.\"}",
                "{\"id\": \"r-country\", \"published\": \"2021-03-06\", \"text\": \"Strikes somewhere in Syria\\n\\n"
                        + "An air strike somewhere in Syria on 5 March 2021 killed three people, a monitor said.\"}"));
        assertEquals(ExitCodes.OK, Cli.run("ingest", "--db", db2, reports.toString()).exitCode());
        Cli.Result csv = Cli.run("incidents", "--db", db2, "--format", "csv");
        List<List<String>> rows = Csv.parse(csv.out());
        List<String> header = rows.get(0);
        List<String> saraqib = rows.stream().filter(r -> r.get(0).equals("inc:r-sy.1")).findFirst().orElseThrow();
        assertEquals("Saraqib", saraqib.get(header.indexOf("place_text")));
        assertEquals("4 March 2021", saraqib.get(header.indexOf("date_text")));
        assertEquals("day", saraqib.get(header.indexOf("date_precision")));
        assertEquals("Air strike on Saraqib", saraqib.get(header.indexOf("titles")));
        assertTrue(saraqib.get(header.indexOf("notes")).contains("Jets struck the market in Saraqib on 4 March 2021"),
                saraqib::toString); // the report's evidence sentences, its headline among them
        assertEquals("market", saraqib.get(header.indexOf("targets")));
        List<String> country = rows.stream().filter(r -> r.get(0).equals("inc:r-country.1")).findFirst().orElseThrow();
        assertEquals("country", country.get(header.indexOf("geo_precision")));
        assertEquals("", country.get(header.indexOf("lat")), "a country is no point");

        JsonNode geo = JSON.readTree(Cli.run("incidents", "--db", db2, "--format", "geojson").out());
        assertEquals(0, geo.get("unplaced").asInt());
        for (JsonNode f : geo.get("features")) {
            boolean whole = f.get("properties").get("geo_precision").asText().equals("country");
            assertEquals(whole, f.get("geometry").isNull(), f::toString);
        }
    }
}
