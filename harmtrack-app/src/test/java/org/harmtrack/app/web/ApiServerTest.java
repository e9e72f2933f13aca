package org.harmtrack.app.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.harmtrack.app.Csv;
import org.harmtrack.app.DemoServer;
import org.harmtrack.app.output.LinkedIncidentColumns;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The HTTP API against a real server on a loopback port, over the demo corpus. */
class ApiServerTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    static Path dir;
    static DemoServer demo;

    @BeforeAll
    static void serveTheDemoCorpus() throws IOException {
        demo = new DemoServer(dir.resolve("db"));
    }

    @AfterAll
    static void stop() {
        demo.close();
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(demo.url(path))).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(String path) throws IOException, InterruptedException {
        HttpResponse<String> r = get(path);
        assertEquals(200, r.statusCode(), r::body);
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), path);
        return JSON.readTree(r.body());
    }

    private static HttpResponse<String> post(String body, String token) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(demo.url("/api/articles")))
                .header("Content-Type", "application/x-ndjson").POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void healthCountsWhatIsStored() throws Exception {
        JsonNode h = json("/api/health");
        assertEquals("ok", h.get("status").asText());
        // the demo corpus and the markup report, and the article another test may have posted
        assertTrue(h.get("articles").asLong() >= 36, h::toString);
        assertTrue(h.get("incidents").asLong() < h.get("reports").asLong(), h::toString);
        assertEquals("test", json("/api/version").get("version").asText());
    }

    @Test
    void anArabicReportOfAStrikeJoinsTheEnglishReportOfIt() throws Exception {
        String id = json("/api/search?q=Binnish").get("hits").get(0).get("incident_ids").get(0).asText();
        JsonNode incident = json("/api/incidents/" + java.net.URLEncoder.encode(id, java.nio.charset.StandardCharsets.UTF_8));
        java.util.Set<String> articles = new java.util.HashSet<>();
        incident.get("reports").forEach(r -> articles.add(r.get("article_id").asText()));
        assertTrue(articles.containsAll(java.util.Set.of(DemoServer.MARKUP.id(), DemoServer.ARABIC.id())),
                incident::toString);
        // the Arabic report's own reading: two days before its publication
        JsonNode arabic = null;
        for (JsonNode r : incident.get("reports")) {
            if (r.get("article_id").asText().equals(DemoServer.ARABIC.id())) {
                arabic = r;
            }
        }
        assertTrue(arabic.toString().contains("2021-05-04"), arabic::toString);
    }

    @Test
    void filtersNarrowTheIncidentsAndPagesCoverThemOnce() throws Exception {
        JsonNode all = json("/api/incidents?size=500");
        long total = all.get("total").asLong();
        assertEquals(total, all.get("items").size());
        JsonNode syria = json("/api/incidents?country=SY&size=500");
        assertTrue(syria.get("total").asLong() > 0 && syria.get("total").asLong() < total, syria::toString);
        syria.get("items").forEach(i -> assertEquals("SY", i.get("place").get("country").asText()));
        Set<String> seen = new HashSet<>();
        for (int page = 1; page <= (total + 4) / 5; page++) {
            JsonNode p = json("/api/incidents?size=5&page=" + page);
            p.get("items").forEach(i -> assertTrue(seen.add(i.get("incident_id").asText()), "twice: " + i));
        }
        assertEquals(total, seen.size());
        JsonNode gaza = json("/api/incidents?bbox=31.2,34.2,31.6,34.6");
        gaza.get("items").forEach(i -> assertEquals("PS", i.get("place").get("country").asText()));
        assertTrue(gaza.get("total").asLong() > 0);
        JsonNode heavy = json("/api/incidents?sort=-killed&size=3");
        long first = heavy.get("items").get(0).get("killed").get("min").asLong();
        assertTrue(first >= heavy.get("items").get(1).get("killed").get("min").asLong(), heavy::toString);
        assertEquals(0, json("/api/incidents?min_killed=100000").get("total").asLong());
        assertTrue(json("/api/incidents?grade=acknowledged").get("total").asLong() > 0);
        assertTrue(json("/api/incidents?type=drone_strike").get("total").asLong() > 0);
    }

    @Test
    void anIncidentHasItsClaimsReportsAndEvidenceOffsets() throws Exception {
        JsonNode list = json("/api/incidents?size=500&sort=-reports");
        String id = list.get("items").get(0).get("incident_id").asText();
        JsonNode i = json("/api/incidents/" + URLEncoder.encode(id, StandardCharsets.UTF_8));
        assertEquals(id, i.get("incident_id").asText());
        assertTrue(i.get("reports").size() >= 2, i::toString);
        JsonNode report = i.get("reports").get(0);
        String text = json("/api/articles/" + report.get("article_id").asText()).get("text").asText();
        JsonNode span = report.get("evidence").get(0);
        assertTrue(span.get("end").asInt() <= text.length() && span.get("start").asInt() < span.get("end").asInt());
        JsonNode claim = i.get("figures").get(0).get("claims").get(0);
        assertTrue(claim.has("title") && claim.has("published"), claim::toString); // read without the reports
        int total = i.get("reports_total").asInt();
        assertEquals(total, i.get("reports").size()); // the demo's incidents have fewer than a page of reports
        JsonNode rest = json("/api/incidents/" + URLEncoder.encode(id, StandardCharsets.UTF_8)
                + "?reports_offset=1&reports_limit=1");
        assertEquals(total, rest.get("reports_total").asInt());
        assertEquals(1, rest.get("reports_offset").asInt());
        assertEquals(1, rest.get("reports").size());
        assertEquals(i.get("reports").get(1).get("article_id"), rest.get("reports").get(0).get("article_id"));
        assertEquals(i.get("figures"), rest.get("figures")); // the figures and claims are the whole incident's

        JsonNode brief = null;
        for (JsonNode b : list.get("items")) {
            brief = b.get("incident_id").asText().equals(id) ? b : brief;
        }
        assertEquals(total, brief.get("reports").asInt());
        assertEquals(i.get("grade").get("sources"), brief.get("sources"));
        assertEquals(i.get("place"), brief.get("place"));
        // every id stands in a URL path as it is, unencoded
        for (JsonNode b : list.get("items")) {
            String raw = b.get("incident_id").asText();
            assertTrue(org.harmtrack.link.IncidentIds.isUrlSafe(raw), raw);
            assertEquals(200, get("/api/incidents/" + raw).statusCode(), raw);
        }
        HttpResponse<String> missing = get("/api/incidents/inc:nothing.1");
        assertEquals(404, missing.statusCode());
        assertEquals("no incident 'inc:nothing.1'", JSON.readTree(missing.body()).get("error").asText());
    }

    @Test
    void incidentsFilterByWhatWasHitAndWithWhatAndShowTheirDetailsAndAirwarsGrade() throws Exception {
        JsonNode all = json("/api/incidents?size=500");
        assertEquals(json("/api/incidents?size=500&country=PS"), json("/api/incidents?size=500&country=Palestine"));
        JsonNode homes = json("/api/incidents?size=500&target=home");
        assertEquals(homes, json("/api/incidents?size=500&target=residential"), "a word of the kind is the kind");
        assertTrue(homes.get("total").asInt() > 0 && homes.get("total").asInt() < all.get("total").asInt(),
                homes::toString);
        for (JsonNode brief : homes.get("items")) {
            JsonNode i = json("/api/incidents/" + URLEncoder.encode(brief.get("incident_id").asText(),
                    StandardCharsets.UTF_8));
            boolean residential = false;
            for (JsonNode t : i.get("targets")) {
                residential |= t.get("category").asText().equals("residential");
                String text = json("/api/articles/" + t.get("article_id").asText()).get("text").asText();
                assertEquals(t.get("text").asText(), text.substring(t.get("start").asInt(), t.get("end").asInt()));
            }
            assertTrue(residential, i::toString);
            assertEquals(brief.get("airwars_grade"), i.get("airwars_grade").get("grade"));
            String sentence = i.get("airwars_grade").get("explanation").asText();
            assertTrue(sentence.matches("(Confirmed|Fair|Weak|Contested|Discounted): .+\\."), sentence);
        }
        JsonNode drones = json("/api/incidents?size=500&weapon=drones&target=home");
        assertTrue(drones.get("total").asInt() < homes.get("total").asInt(), drones::toString);
        int assessed = 0;
        for (JsonNode brief : all.get("items")) {
            JsonNode i = json("/api/incidents/" + URLEncoder.encode(brief.get("incident_id").asText(),
                    StandardCharsets.UTF_8));
            for (JsonNode b : i.get("assessments")) {
                assessed++;
                assertTrue(b.get("statements").size() >= 1 && b.get("statements").get(0).has("position"), b::toString);
            }
        }
        assertTrue(assessed > 0, "the demo's coalition and ministries assess some of their strikes");
    }

    @Test
    void aggregatesFilterByCountryAsTheComparisonCountsThem() throws Exception {
        JsonNode all = json("/api/aggregates").get("aggregates");
        JsonNode syria = json("/api/aggregates?country=Syria").get("aggregates");
        assertEquals(syria, json("/api/aggregates?country=SY").get("aggregates"));
        assertTrue(syria.size() > 0 && syria.size() < all.size(), () -> syria.size() + " of " + all.size());
        for (JsonNode a : syria) {
            assertTrue(a.get("places").size() > 0, a::toString);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "/api/incidents?size=0|size",
        "/api/incidents?size=501|size",
        "/api/incidents?page=-1|page",
        "/api/incidents?from=2020-02-30|from",
        "/api/incidents?bbox=1,2,3|bbox",
        "/api/incidents?bbox=50,0,40,10|bbox",
        "/api/incidents?near=95,10|near",
        "/api/incidents?grade=excellent|grade",
        "/api/incidents?target=spaceship|target",
        "/api/aggregates?country=Atlantis|country",
        "/api/incidents?weapon=ray%20gun|weapon",
        "/api/incidents?sort=sideways|sort",
        "/api/incidents/x?reports_limit=0|reports_limit",
        "/api/incidents/x?reports_offset=-3|reports_offset",
        "/api/incidents?country=Atlantis|country",
        "/api/compare?region=Atlantis|region",
        "/api/search?q=|q",
        "/api/export?format=xlsx|format",
        "/api/places?zoom=5|bbox",
        "/api/places?bbox=30,30,40|bbox",
        "/api/places?bbox=30,30,40,40&zoom=99|zoom",
        "/api/places?bbox=30,30,40,40&width=-5|width"})
    void aNonsenseParameterIs400WithAJsonMessageNamingIt(String path, String parameter) throws Exception {
        HttpResponse<String> r = get(path);
        assertEquals(400, r.statusCode(), r::body);
        JsonNode body = JSON.readTree(r.body());
        assertEquals(400, body.get("status").asInt());
        assertTrue(body.get("error").asText().contains(parameter), r::body);
    }

    @Test
    void exportsParseAsCsvAndGeojsonAndCarryTheSources() throws Exception {
        HttpResponse<String> csv = get("/api/export?format=csv&country=SY");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        List<List<String>> rows = Csv.parse(csv.body());
        assertEquals(LinkedIncidentColumns.NAMES, rows.get(0));
        assertEquals(csv.headers().firstValue("X-Total-Count").orElseThrow(), String.valueOf(rows.size() - 1));
        int sources = LinkedIncidentColumns.NAMES.indexOf("sources");
        rows.subList(1, rows.size()).forEach(r -> assertTrue(!r.get(sources).isEmpty(), r::toString));
        JsonNode geo = JSON.readTree(get("/api/export?format=geojson").body());
        assertEquals("FeatureCollection", geo.get("type").asText());
        assertTrue(geo.get("features").size() > 0);
        String jsonl = get("/api/export?format=jsonl&size=3").body();
        assertEquals(3, jsonl.lines().count());
        JSON.readTree(jsonl.lines().findFirst().orElseThrow()).get("grade").get("sources").forEach(s -> { });
    }

    @Test
    void searchFindsArticlesAndTheIncidentsOfTheirEvidence() throws Exception {
        JsonNode r = json("/api/search?q=" + URLEncoder.encode("grain market", StandardCharsets.UTF_8));
        JsonNode hit = r.get("hits").get(0);
        assertEquals("markup-001", hit.get("article_id").asText());
        assertTrue(hit.get("snippet").asText().contains("grain market"), hit::toString);
        assertEquals(1, hit.get("incident_ids").size(), hit::toString);
    }

    @Test
    void compareSetsOfficialClaimsBesideTheIncidentsEachInItsOwnWords() throws Exception {
        JsonNode c = json("/api/compare?region=SY");
        assertEquals("SY", c.get("country").asText());
        assertTrue(c.get("incidents").get("count").asInt() > 0);
        assertTrue(c.has("official") && c.has("other"));
        int claims = 0;
        for (String group : List.of("official", "other", "without_period", "unplaced")) {
            for (JsonNode claim : c.get(group)) {
                String text = json("/api/articles/" + claim.get("article_id").asText()).get("text").asText();
                assertTrue(text.contains(claim.get("words").asText()), claim::toString);
                claims++;
            }
        }
        assertTrue(claims > 5);
        assertEquals(c.get("unplaced").size(), c.get("unplaced_aggregates").asInt());
    }

    @Test
    void theMapsPlaceNamesComeFromTheGazetteerOneACellFewerFurtherOut() throws Exception {
        List<String> near = names(json("/api/places?bbox=31,34,38,43&zoom=7&width=800&height=450"));
        assertTrue(near.containsAll(List.of("Aleppo", "Damascus")), near::toString);
        assertTrue(near.size() <= (800 / MapPlaces.CELL_WIDTH) * (450 / MapPlaces.CELL_HEIGHT), near::toString);
        JsonNode world = json("/api/places?bbox=-60,-180,80,180&zoom=2&width=1000&height=500");
        for (JsonNode p : world.get("places")) {
            assertTrue(p.get("kind").asText().equals("country") || p.get("population").asLong() >= 2_000_000, p::toString);
        }
        // zoomed in on one valley: villages too
        JsonNode valley = json("/api/places?bbox=35.8,36.5,36.1,36.8&zoom=11&width=800&height=450");
        assertTrue(valley.get("places").findValues("population").stream().anyMatch(n -> n.asLong() < 5_000),
                valley::toString);
    }

    private static List<String> names(JsonNode places) {
        return places.get("places").findValues("name").stream().map(JsonNode::asText).toList();
    }

    @Test
    void aCountrysExtentIsWhereItsTownsAre() throws Exception {
        JsonNode byName = json("/api/countries/Syria");
        assertEquals(byName, json("/api/countries/SY"));
        assertEquals("SY", byName.get("country").asText());
        double[][] inside = {{33.51, 36.29}, {35.33, 40.14}, {37.05, 41.2}}; // Damascus, Deir ez-Zor, Qamishli
        for (double[] p : inside) {
            assertTrue(p[0] >= byName.get("south").asDouble() && p[0] <= byName.get("north").asDouble()
                    && p[1] >= byName.get("west").asDouble() && p[1] <= byName.get("east").asDouble(), byName::toString);
        }
        assertTrue(byName.get("west").asDouble() > 35.51, "Beirut lies west of Syria's towns: " + byName);
        assertEquals(404, get("/api/countries/Narnia").statusCode());
    }

    @Test
    void theTimelineCountsEveryIncidentOnceInAMonthOrAsUndated() throws Exception {
        for (String filter : List.of("", "country=SY", "min_killed=10")) {
            JsonNode t = json("/api/timeline?" + filter);
            long dated = 0;
            for (JsonNode m : t.get("months")) {
                dated += m.get("incidents").asLong();
            }
            assertEquals(json("/api/incidents?" + filter).get("total").asLong(), dated + t.get("undated").asLong(), filter);
        }
    }

    @Test
    void writingNeedsTheTokenAndNamesWhatIsWrongWithTheBody() throws Exception {
        String article = "{\"id\":\"posted-1\",\"published\":\"2022-02-02\",\"text\":\"Shelling hit Kharkiv's Saltivka"
                + " district on 1 February 2022, killing 3 people, police said.\"}";
        assertEquals(401, post(article, null).statusCode());
        assertEquals(401, post(article, "wrong-token-0123456789").statusCode());
        HttpResponse<String> ok = post(article, DemoServer.TOKEN);
        assertEquals(201, ok.statusCode(), ok::body);
        assertEquals("stored", JSON.readTree(ok.body()).get("articles").get(0).get("outcome").asText());
        assertEquals(200, post(article, DemoServer.TOKEN).statusCode(), "the same article again changes nothing");
        assertEquals("posted-1", json("/api/search?q=Saltivka").get("hits").get(0).get("article_id").asText());
        HttpResponse<String> bad = post("this is not json", DemoServer.TOKEN);
        assertEquals(400, bad.statusCode());
        assertTrue(JSON.readTree(bad.body()).get("error").asText().contains("request body"), bad::body);
        HttpResponse<String> huge = post("{\"id\":\"h\",\"text\":\"" + "x".repeat((int) ApiServer.MAX_BODY) + "\"}",
                DemoServer.TOKEN);
        assertEquals(413, huge.statusCode(), huge::body);
        StringBuilder many = new StringBuilder();
        for (int i = 0; i <= ApiServer.MAX_ARTICLES; i++) {
            many.append("{\"id\":\"many-").append(i).append("\",\"text\":\"A shell hit Saraqib.\"}\n");
        }
        HttpResponse<String> tooMany = post(many.toString(), DemoServer.TOKEN);
        assertEquals(413, tooMany.statusCode(), tooMany::body);
        assertTrue(JSON.readTree(tooMany.body()).get("error").asText().contains("batches"), tooMany::body);
        assertEquals(404, get("/api/articles/many-0").statusCode(), "nothing of a refused batch is stored");
    }

    @Test
    void unknownRoutesAreJson404AndTheOpenApiDescriptionListsTheRoutes() throws Exception {
        HttpResponse<String> r = get("/api/nowhere");
        assertEquals(404, r.statusCode());
        assertEquals(404, JSON.readTree(r.body()).get("status").asInt());
        JsonNode spec = json(ApiServer.OPENAPI);
        assertEquals("3.0.3", spec.get("openapi").asText());
        for (String path : List.of("/api/incidents", "/api/incidents/{id}", "/api/export", "/api/search",
                "/api/compare", "/api/articles")) {
            assertTrue(spec.get("paths").has(path), path);
        }
        assertEquals(200, get("/").statusCode());
    }

    @Test
    void everyAnswerCarriesTheSecurityHeadersAndTheServersOwnErrorsAreJson() throws Exception {
        for (String path : List.of("/api/health", "/", "/app.js", "/api/nowhere")) {
            HttpResponse<String> r = get(path);
            assertTrue(r.headers().firstValue("Content-Security-Policy").orElse("").contains("default-src 'self'"), path);
            assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""), path);
            assertEquals("DENY", r.headers().firstValue("X-Frame-Options").orElse(""), path);
            assertEquals("no-referrer", r.headers().firstValue("Referrer-Policy").orElse(""), path);
        }
        // an address too long for the server is refused before any route runs: still JSON, still with the headers
        HttpResponse<String> tooLong = get("/api/" + "a".repeat(20_000));
        assertEquals(414, tooLong.statusCode());
        assertTrue(tooLong.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertEquals(414, JSON.readTree(tooLong.body()).get("status").asInt());
        assertEquals("DENY", tooLong.headers().firstValue("X-Frame-Options").orElse(""));
    }
}
