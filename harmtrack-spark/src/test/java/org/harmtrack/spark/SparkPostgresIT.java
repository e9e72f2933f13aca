package org.harmtrack.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.harmtrack.app.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job loads its result into a real PostgreSQL server (HARMTRACK_TEST_POSTGRES, a schema of its own), and
 * {@code harmtrack serve --db jdbc:postgresql://...}, started as users start it (the command-line jar, with a
 * search folder of its own, so the index is rebuilt from the database), serves what the job made: the same
 * incidents with the same reports and tolls, and search finds the articles.
 */
class SparkPostgresIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String URL = System.getenv("HARMTRACK_TEST_POSTGRES");

    @TempDir
    Path work;

    @Test
    void whatTheJobLoadedIsServedWithSearch() throws Exception {
        assumeTrue(URL != null && !URL.isBlank(), "HARMTRACK_TEST_POSTGRES is not set (scripts/test.sh sets it)");
        Path jar = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI()).getParent()
                .resolve("harmtrack.jar");
        assumeTrue(Files.isRegularFile(jar), "the command-line jar is built by 'mvn package' before this test");
        String schema = "spark_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        try (Connection c = DriverManager.getConnection(URL); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
        String db = URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        Process server = null;
        try {
            Path corpus = Files.createDirectories(work.resolve("corpus"));
            try (InputStream in = Main.class.getResourceAsStream("/org/harmtrack/demo/reports.jsonl")) {
                Files.copy(in, corpus.resolve("demo.jsonl"));
            }
            Map<String, String> made = new HashMap<>();
            SparkSession spark = HarmtrackJob.configure(SparkSession.builder().master("local[2]").appName("harmtrack-it")
                    .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4")).getOrCreate();
            HarmtrackJob.Summary summary;
            try {
                summary = HarmtrackJob.run(spark, new HarmtrackJob.Options(List.of(corpus.toString()),
                        work.resolve("out").toString(), db, 30), new PrintWriter(new StringWriter()));
                for (Row r : spark.read().parquet(work.resolve("out/incidents").toString())
                        .selectExpr("incident_id", "to_json(article_ids)", "killed.min", "killed.max").collectAsList()) {
                    made.put(r.getString(0), r.getString(1) + " " + (r.isNullAt(2) ? "" : r.get(2)) + "-"
                            + (r.isNullAt(3) ? "" : r.get(3)));
                }
            } finally {
                spark.stop();
            }
            assertEquals(35, summary.loaded().stored());
            assertEquals(summary.incidents(), made.size());

            int port;
            try (ServerSocket free = new ServerSocket(0)) {
                port = free.getLocalPort();
            }
            ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx512m", "-jar", jar.toString(), "serve", "--db", db, "--port", String.valueOf(port))
                    .redirectErrorStream(true).redirectOutput(work.resolve("serve.log").toFile());
            pb.environment().put("HARMTRACK_SEARCH_DIR", work.resolve("search").toString());
            server = pb.start();
            HttpClient http = HttpClient.newHttpClient();
            String base = "http://127.0.0.1:" + port;
            JsonNode health = null;
            for (int i = 0; i < 120 && health == null; i++) {
                try {
                    health = get(http, base + "/api/health");
                } catch (java.io.IOException notYet) {
                    Thread.sleep(500);
                }
            }
            assertTrue(health != null, "serve did not start: " + Files.readString(work.resolve("serve.log")));
            assertEquals(made.size(), health.path("incidents").asLong(), health.toString());
            for (Map.Entry<String, String> e : made.entrySet()) {
                JsonNode incident = get(http, base + "/api/incidents/"
                        + URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8).replace("+", "%20"));
                String served = incident.path("article_ids").toString() + " " + incident.path("killed").path("min")
                        .asText() + "-" + incident.path("killed").path("max").asText();
                assertEquals(e.getValue(), served, e.getKey());
            }
            JsonNode hits = get(http, base + "/api/search?q=Raqqa");
            assertTrue(hits.path("hits").size() > 0, hits.toString());
            boolean linked = false;
            for (JsonNode hit : hits.path("hits")) {
                linked |= hit.path("incident_ids").size() > 0;
            }
            assertTrue(linked, "a hit leads to its incidents: " + hits);
        } finally {
            if (server != null) {
                server.destroy();
                server.waitFor();
            }
            try (Connection c = DriverManager.getConnection(URL); Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }

    private static JsonNode get(HttpClient http, String url) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), url + ": " + r.body());
        return JSON.readTree(r.body());
    }
}
