package org.harmtrack.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.harmtrack.app.Main;
import org.harmtrack.app.ingest.DocumentReader;
import org.harmtrack.link.IncidentLinker;
import org.harmtrack.link.ReportedEvent;
import org.harmtrack.model.DateGranularity;
import org.harmtrack.model.Document;
import org.harmtrack.model.Event;
import org.harmtrack.model.EventDate;
import org.harmtrack.model.EventType;
import org.harmtrack.model.Extraction;
import org.harmtrack.model.Place;
import org.harmtrack.model.PlacePrecision;
import org.harmtrack.model.Range;
import org.harmtrack.model.Span;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * The Spark job on {@code local[2]} against {@code harmtrack extract} and {@code harmtrack link} run on the same
 * input (the demo corpus as JSON Lines, web pages and a WARC archive): the same events, the same incidents. The
 * linking partitions are made short (7 days) so that several partitions, and reports near their edges, are
 * stitched back together.
 */
class SparkEquivalenceTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Place KAFR_NABL = new Place("Kafr Nabl", "Kafr Nabl", 170_000L, null, null, "SY", 35.614,
            36.561, PlacePrecision.LOCALITY, new Span(0, 9));
    private static SparkSession spark;

    @TempDir
    static Path work;
    private static Path input;
    private static Path output;
    private static HarmtrackJob.Summary summary;

    @BeforeAll
    static void runTheJob() throws IOException {
        input = Files.createDirectories(work.resolve("corpus"));
        List<Document> demo = new ArrayList<>();
        try (InputStream in = Main.class.getResourceAsStream("/org/harmtrack/demo/reports.jsonl")) {
            new DocumentReader(p -> { }).readJsonLines("demo", in, demo::add);
        }
        StringBuilder lines = new StringBuilder();
        Path pages = Files.createDirectories(input.resolve("pages"));
        try (WarcWriter warc = new WarcWriter(input.resolve("crawl.warc.gz"))) {
            for (int i = 0; i < demo.size(); i++) {
                Document d = demo.get(i);
                if (i % 3 == 0) {
                    lines.append(JSON.writeValueAsString(Map.of("id", d.id(), "text", d.text(), "published",
                            d.published().toString(), "title", d.title()))).append('\n');
                } else {
                    byte[] html = page(d).getBytes(StandardCharsets.UTF_8);
                    if (i % 3 == 1) {
                        Files.write(pages.resolve(d.id() + ".html"), html);
                    } else {
                        warc.write(new WarcResponse.Builder(URI.create("https://news.example/" + d.id()))
                                .date(Instant.parse("2024-01-01T00:00:00Z")).body(new HttpResponse.Builder(200, "OK")
                                        .body(MediaType.parse("text/html; charset=utf-8"), html).build()).build());
                    }
                }
            }
        }
        Files.writeString(input.resolve("reports.jsonl"), lines.toString());
        Files.write(input.resolve("broken.html"), new byte[]{0, 1, 2, 3, (byte) 0xff, 0, 0, 7});
        // too short to tell its language: read all the same, as ingest reads it
        Files.writeString(input.resolve("short.txt"), "published: 2019-03-04\n\nShelling killed two people in"
                + " Idlib on Monday.\n");
        output = work.resolve("out");
        spark = HarmtrackJob.configure(SparkSession.builder().master("local[2]").appName("harmtrack-test")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4")).getOrCreate();
        summary = HarmtrackJob.run(spark, new HarmtrackJob.Options(List.of(input.toString()), output.toString(),
                null, 7), new PrintWriter(new StringWriter()));
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    private static String page(Document d) {
        return "<!doctype html><html><head><meta charset=\"utf-8\"><title>" + d.title() + "</title>"
                + "<meta property=\"article:published_time\" content=\"" + d.published() + "\"></head><body>"
                + "<nav><a href=\"/\">Home</a></nav><article><h1>" + d.title() + "</h1><p>"
                + d.text().replace("&", "&amp;").replace("<", "&lt;").replace("\n\n", "</p><p>")
                + "</p></article><footer>All rights reserved.</footer></body></html>";
    }

    private static List<JsonNode> run(String... args) throws IOException {
        Path out = Files.createTempFile(work, "cli", ".jsonl");
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("-o", out.toString(), input.toString()));
        Main.commandLine().execute(all.toArray(String[]::new));
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : Files.readAllLines(out)) {
            nodes.add(JSON.readTree(line));
        }
        return nodes;
    }

    @Test
    void theSameEventsAsExtract() throws IOException {
        Map<String, String> expected = new TreeMap<>();
        for (JsonNode doc : run("extract")) {
            int n = 0;
            for (JsonNode e : doc.path("events")) {
                expected.put(doc.path("id").asText() + "#" + ++n, String.join(" ", e.path("type").asText(),
                        e.path("date").path("start").asText(), e.path("date").path("end").asText(),
                        e.path("place").path("name").asText(), e.path("killed").path("min").asText(),
                        e.path("killed").path("max").asText(), e.path("civilians_killed").path("max").asText(),
                        String.valueOf(e.path("figures").size()), String.valueOf(e.path("evidence").size())));
            }
        }
        Map<String, String> actual = new TreeMap<>();
        for (Row r : spark.read().parquet(output.resolve("events").toString()).selectExpr("article_id", "event_no",
                "type", "date.start", "date.end", "place.name", "killed.min", "killed.max",
                "civilians_killed.max", "size(figures)", "size(evidence)").collectAsList()) {
            actual.put(r.getString(0) + "#" + r.getLong(1), String.join(" ", r.getString(2), text(r, 3),
                    text(r, 4), text(r, 5), text(r, 6), text(r, 7), text(r, 8), text(r, 9), text(r, 10)));
        }
        assertTrue(expected.size() > 30, "the corpus tells of many events: " + expected.size());
        assertEquals(expected, actual);
        assertEquals(expected.size(), summary.events());
    }

    private static String text(Row r, int i) {
        return r.isNullAt(i) ? "" : String.valueOf(r.get(i));
    }

    @Test
    void theSameIncidentsAsLinkWithTheSameIds() throws IOException {
        Map<String, String> expected = new TreeMap<>();
        for (JsonNode incident : run("link")) {
            expected.put(incident.path("incident_id").asText(), incident.path("article_ids").toString()
                    + " " + incident.path("killed").path("min").asText() + "-"
                    + incident.path("killed").path("max").asText() + " " + incident.path("grade").path("grade").asText());
        }
        Map<String, String> actual = new TreeMap<>();
        for (Row r : spark.read().parquet(output.resolve("incidents").toString())
                .selectExpr("incident_id", "to_json(article_ids)", "killed.min", "killed.max", "grade.grade")
                .collectAsList()) {
            actual.put(r.getString(0), r.getString(1) + " " + text(r, 2) + "-" + text(r, 3) + " " + r.getString(4));
        }
        assertTrue(expected.values().stream().anyMatch(v -> v.contains(",")),
                "some incidents are told by several reports");
        assertEquals(expected, actual);
    }

    @Test
    void aStrikeToldOnBothSidesOfAPartitionEdgeIsOneIncidentAsWhenLinkedWhole() {
        // one strike, told the day it happened (the last day of a partition) and the next day; another strike
        // three days on; the linker on the whole set is the reference
        List<ReportedEvent> reports = new ArrayList<>();
        LocalDate edge = DayPartitionsTest.EDGE;
        String[] texts = {"Jets bombed the bakery of Hassan Darwish in Kafr Nabl, killing seven people.",
                "The bakery of Hassan Darwish in Kafr Nabl was bombed by jets yesterday; seven people died.",
                "Seven were killed when the Kafr Nabl bakery of Hassan Darwish was hit from the air.",
                "A drone struck a fuel truck near Sarmada, killing its driver, witnesses said."};
        LocalDate[] dates = {edge, edge.plusDays(1), edge.plusDays(1), edge.plusDays(3)};
        for (int i = 0; i < texts.length; i++) {
            Document doc = new Document("r" + i, texts[i], dates[i], null, null, null);
            Event e = new Event(EventType.AIRSTRIKE, new EventDate(dates[i], dates[i], DateGranularity.DAY, "then",
                    null), i < 3 ? KAFR_NABL : null, List.of(), new Range(i < 3 ? 7 : 1, i < 3 ? 7 : 1), null, null, null, null, null,
                    List.of(), List.of(), List.of(), 0.8);
            reports.addAll(IncidentLinker.reportedEvents(doc, new Extraction(doc.id(), List.of(e), List.of())));
        }
        Map<String, String> whole = new TreeMap<>();
        new IncidentLinker().link(reports).forEach(i -> whole.put(i.id(), i.articleIds().toString()));
        assertTrue(whole.containsValue("[r0, r1, r2]"), whole.toString());
        Map<String, String> partitioned = new TreeMap<>();
        LinkStage.link(JavaSparkContext.fromSparkContext(spark.sparkContext()),
                        JavaSparkContext.fromSparkContext(spark.sparkContext()).parallelize(reports, 2),
                        new DayPartitions(7))
                .collect().forEach(i -> partitioned.put(i.id(), i.articleIds().toString()));
        assertEquals(whole, partitioned);
    }

    @Test
    void aBadFileIsNamedAndSkippedAndTheOthersAreRead() {
        assertEquals(1, summary.problems(), summary.problemsByInput().toString());
        assertTrue(new TreeSet<>(summary.problemsByInput().keySet()).first().endsWith("broken.html"));
        assertEquals(36, summary.documents());
        assertEquals(0, summary.notExtracted());
        assertFalse(spark.read().parquet(output.resolve("articles").toString()).where("year = 2017").isEmpty(),
                "articles are partitioned by the year of publication");
    }
}
