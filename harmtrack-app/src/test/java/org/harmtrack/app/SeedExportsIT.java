package org.harmtrack.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.harmtrack.app.output.LinkedIncidentColumns;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seed articles' incidents exported as monitors take them: the CSV opens with the columns the README documents,
 * one record per incident, and the GeoJSON keeps to RFC 7946 (checked member by member below). Skipped where the
 * shared material is not beside the repository; the articles are read, never copied.
 */
class SeedExportsIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    static String db;

    @BeforeAll
    static void ingestTheSeedArticles() {
        Path folder = Path.of(System.getProperty("harmtrack.shared", "../../shared"), "samples", "seed-articles");
        assumeTrue(Files.isDirectory(folder), "no seed articles at " + folder);
        db = dir.resolve("db").toString();
        Cli.Result r = Cli.run("ingest", "--db", db, folder.toString());
        assertEquals(0, r.exitCode(), r::toString);
    }

    @Test
    void theCsvHasTheDocumentedColumnsAndOneWholeRecordPerIncident() throws Exception {
        Path csv = dir.resolve("seeds.csv");
        assertEquals(0, Cli.run("incidents", "--db", db, "--format", "csv", "-o", csv.toString()).exitCode());
        List<CSVRecord> records;
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            records = CSVFormat.RFC4180.parse(in).getRecords();
        }
        assertEquals(LinkedIncidentColumns.NAMES, records.get(0).toList());
        int incidents = Cli.run("incidents", "--db", db, "--format", "jsonl").out().strip().split("\n").length;
        assertEquals(incidents + 1, records.size());
        records.forEach(r -> assertEquals(LinkedIncidentColumns.NAMES.size(), r.size(), r::toString));
        // every column is documented, by its name, in the README's table of exports
        String readme = Files.readString(Path.of("..", "README.md"));
        String exports = readme.substring(readme.indexOf("### Exports"), readme.indexOf("## Checking harmtrack"));
        Set<String> documented = new java.util.HashSet<>();
        Matcher m = Pattern.compile("`([a-z0-9_]+)`").matcher(exports);
        while (m.find()) {
            documented.add(m.group(1));
        }
        for (String column : LinkedIncidentColumns.NAMES) {
            assertTrue(documented.contains(column), "the README does not document the column " + column);
        }
    }

    @Test
    void theGeojsonKeepsToRfc7946() throws Exception {
        Path file = dir.resolve("seeds.geojson");
        assertEquals(0, Cli.run("incidents", "--db", db, "--format", "geojson", "-o", file.toString()).exitCode());
        List<String> problems = Rfc7946.problems(JSON.readTree(file.toFile()));
        assertEquals(List.of(), problems);
        JsonNode features = JSON.readTree(file.toFile()).get("features");
        assertTrue(features.size() > 5);
        int countryLevel = 0;
        for (JsonNode f : features) {
            countryLevel += f.get("geometry").isNull() ? 1 : 0;
            if (f.get("geometry").isNull()) {
                assertEquals("country", f.get("properties").get("geo_precision").asText(), f::toString);
            }
        }
        assertTrue(countryLevel > 0, "the seed articles tell of incidents placed only in a country");
    }

    @Test
    void eachIncidentOfAnArticleHighlightsOnlyItsOwnSentences() throws Exception {
        // the page marks a report's evidence spans: two incidents told in one article must not share one
        java.util.Map<String, List<int[]>> byArticle = new java.util.HashMap<>();
        java.util.Map<String, String> owner = new java.util.HashMap<>();
        int articlesWithSeveral = 0;
        for (String line : Cli.run("incidents", "--db", db, "--format", "jsonl").out().strip().split("\n")) {
            JsonNode incident = JSON.readTree(line);
            for (JsonNode r : incident.get("reports")) {
                for (JsonNode e : r.get("evidence")) {
                    String article = r.get("article_id").asText();
                    int[] span = {e.get("start").asInt(), e.get("end").asInt()};
                    for (int[] other : byArticle.getOrDefault(article, List.of())) {
                        String otherIncident = owner.get(article + ":" + other[0]);
                        assertTrue(otherIncident.equals(incident.get("incident_id").asText())
                                || span[1] <= other[0] || other[1] <= span[0], () -> article + " " + span[0]);
                    }
                    byArticle.computeIfAbsent(article, k -> new ArrayList<>()).add(span);
                    owner.put(article + ":" + span[0], incident.get("incident_id").asText());
                }
            }
        }
        for (String article : byArticle.keySet()) {
            articlesWithSeveral += owner.entrySet().stream().filter(o -> o.getKey().startsWith(article + ":"))
                    .map(java.util.Map.Entry::getValue).distinct().count() > 1 ? 1 : 0;
        }
        assertTrue(articlesWithSeveral >= 3, "the seed articles tell of several incidents each");
    }

    /** The rules of RFC 7946 a FeatureCollection of points must keep. */
    static final class Rfc7946 {
        private Rfc7946() {
        }

        static List<String> problems(JsonNode root) {
            List<String> out = new ArrayList<>();
            if (!"FeatureCollection".equals(root.path("type").asText())) {
                out.add("3.3: the root is not a FeatureCollection");
            }
            if (root.has("crs")) {
                out.add("4: no 'crs' member (coordinates are WGS 84)");
            }
            if (!root.path("features").isArray()) {
                out.add("3.3: 'features' is not an array");
                return out;
            }
            int k = 0;
            for (JsonNode f : root.get("features")) {
                String at = "feature " + k++ + ": ";
                if (!"Feature".equals(f.path("type").asText())) {
                    out.add(at + "3.2: type is not Feature");
                }
                if (!f.has("geometry") || !(f.get("geometry").isNull() || f.get("geometry").isObject())) {
                    out.add(at + "3.2: 'geometry' must be an object or null");
                }
                if (!f.has("properties") || !(f.get("properties").isNull() || f.get("properties").isObject())) {
                    out.add(at + "3.2: 'properties' must be an object or null");
                }
                if (f.has("id") && !(f.get("id").isTextual() || f.get("id").isNumber())) {
                    out.add(at + "3.2: 'id' must be a string or a number");
                }
                JsonNode g = f.path("geometry");
                if (g.isObject()) {
                    JsonNode c = g.path("coordinates");
                    if (!"Point".equals(g.path("type").asText()) || !c.isArray() || c.size() < 2 || c.size() > 3
                            || !c.get(0).isNumber() || !c.get(1).isNumber()) {
                        out.add(at + "3.1.2: a Point has a position of two or three numbers");
                    } else if (Math.abs(c.get(0).asDouble()) > 180 || Math.abs(c.get(1).asDouble()) > 90) {
                        out.add(at + "3.1.1: longitude, then latitude, within -180..180 and -90..90: " + c);
                    }
                }
            }
            return out;
        }
    }
}
