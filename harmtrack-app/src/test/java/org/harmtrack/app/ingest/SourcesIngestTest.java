package org.harmtrack.app.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.harmtrack.app.Cli;
import org.harmtrack.app.cli.Databases;
import org.harmtrack.app.cli.ExitCodes;
import org.harmtrack.store.IncidentQuery;
import org.harmtrack.store.IncidentStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * {@code harmtrack ingest} on news as it arrives: a folder of saved pages, a web archive, a copy of one story
 * under a second name, a page in French and a binary file; each is stored, skipped or reported by name.
 */
class SourcesIngestTest {
    @TempDir
    Path dir;

    private static final String PAGE = "<html><head><meta property=\"article:published_time\" content=\"2021-05-03\">"
            + "<meta property=\"og:site_name\" content=\"Test Gazette\"></head><body><nav>Home | World</nav>"
            + "<article><h1>Strike on Ariha bakery</h1><p>An air strike hit a bakery in Ariha on Sunday, killing 7"
            + " people, the civil defence said. Rescuers were searching the rubble for survivors on Monday.</p>"
            + "</article><footer>All rights reserved by the Test Gazette and its partners worldwide.</footer></body>"
            + "</html>";

    private static void writeWarc(Path file) throws IOException {
        // another story: a drone over Saraqib, told in other words
        byte[] body = PAGE.replace("An air strike hit a bakery in Ariha on Sunday, killing 7 people, the civil defence"
                + " said. Rescuers were searching the rubble for survivors on Monday.", "Two people died in Saraqib"
                + " on Tuesday when a drone fired at a car near the old bus station, local medics told our"
                + " correspondent by telephone.").replace("Ariha", "Saraqib").replace("2021-05-03", "2021-05-04")
                .getBytes(StandardCharsets.UTF_8);
        try (WarcWriter warc = new WarcWriter(file)) {
            warc.write(new WarcResponse.Builder(URI.create("https://gazette.example/2021/05/04/saraqib"))
                    .date(Instant.parse("2021-05-05T10:00:00Z"))
                    .body(new HttpResponse.Builder(200, "OK").body(MediaType.parse("text/html; charset=utf-8"),
                            body).build()).build());
            warc.write(new WarcResponse.Builder(URI.create("https://gazette.example/logo.png"))
                    .date(Instant.parse("2021-05-05T10:00:01Z"))
                    .body(new HttpResponse.Builder(200, "OK").body(MediaType.parse("image/png"), new byte[]{1, 2})
                            .build()).build());
        }
    }

    @Test
    void pagesArchivesCopiesForeignPagesAndBinariesAreEachDealtWithByName() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("ariha.html"), PAGE);
        Files.writeString(in.resolve("ariha-copy.html"), PAGE); // the same story under a second address
        // the wire's copy as another outlet ran it: a dateline added, a sentence trimmed
        Files.writeString(in.resolve("ariha-wire.html"), PAGE.replace("<p>An air strike", "<p>ARIHA, Syria (Wire) -"
                + " An air strike").replace(" Rescuers were searching the rubble for survivors on Monday.", "")
                .replace("Test Gazette", "Other Daily"));
        Files.writeString(in.resolve("francais.html"), PAGE.replace("An air strike hit a bakery in Ariha on Sunday,"
                + " killing 7 people, the civil defence said. Rescuers were searching the rubble for survivors on"
                + " Monday.", "Une frappe aérienne a touché une boulangerie à Ariha dimanche, tuant sept personnes,"
                + " selon la défense civile. Les secouristes cherchaient encore des survivants lundi matin."));
        Files.write(in.resolve("photo.html"), new byte[]{(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        writeWarc(in.resolve("crawl.warc.gz"));
        String db = dir.resolve("db").toString();

        Cli.Result r = Cli.run("ingest", "--db", db, in.toString());

        assertEquals(ExitCodes.SOME_INPUT_SKIPPED, r.exitCode(), r::toString);
        assertTrue(r.err().contains("photo.html"), r::toString);
        assertTrue(r.err().contains("francais.html is in 'fra'"), r::toString);
        assertTrue(r.err().contains("5 documents: 4 stored, 0 updated, 0 unchanged, 1 skipped, 1 duplicate"),
                r::toString);
        try (IncidentStore store = Databases.openExisting(Path.of(db))) {
            assertEquals(4, store.articleCount());
            // the near-copy is stored, and grouped with the story it copies
            assertEquals(java.util.Optional.of("ariha-copy.html"), store.copyOf("ariha-wire.html"));
            assertEquals(java.util.Optional.empty(), store.copyOf("ariha-copy.html"));
            assertEquals(java.util.Optional.empty(), store.copyOf("https://gazette.example/2021/05/04/saraqib"));
            var saraqib = store.article("https://gazette.example/2021/05/04/saraqib").orElseThrow();
            assertEquals("Test Gazette", saraqib.publisher());
            assertTrue(saraqib.text().startsWith("Two people died in Saraqib"), saraqib.text());
            // the French page is stored, with no events; the English ones have theirs
            assertEquals(0, store.incidents(IncidentQuery.all()).stream()
                    .filter(i -> i.documentId().equals("francais.html")).count());
            assertEquals(3, store.incidents(IncidentQuery.all()).size());
        }
    }

    @Test
    void aWarcCutOffInTheMiddleKeepsItsWholeRecordsAndNamesTheFile() throws IOException {
        Path whole = dir.resolve("whole.warc");
        try (WarcWriter warc = new WarcWriter(whole)) {
            for (String town : new String[]{"Ariha", "Saraqib", "Binnish"}) {
                byte[] body = PAGE.replace("Ariha", town).getBytes(StandardCharsets.UTF_8);
                warc.write(new WarcResponse.Builder(URI.create("https://gazette.example/" + town))
                        .date(Instant.parse("2021-05-05T10:00:00Z"))
                        .body(new HttpResponse.Builder(200, "OK").body(MediaType.parse("text/html"), body).build())
                        .build());
            }
        }
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = Files.createDirectories(dir.resolve("cut")).resolve("cut.warc");
        Files.write(cut, java.util.Arrays.copyOf(bytes, bytes.length * 5 / 6)); // the third record is cut short

        Cli.Result r = Cli.run("ingest", "--db", dir.resolve("db2").toString(), cut.toString());

        assertTrue(r.err().contains("cut.warc"), r::toString);
        assertTrue(r.err().contains("2 stored"), r::toString);
    }

    @Test
    void pagesOfOneNameInTwoSubfoldersAreTwoDocuments() throws IOException {
        Path in = dir.resolve("site");
        Files.createDirectories(in.resolve("a"));
        Files.createDirectories(in.resolve("b"));
        Files.writeString(in.resolve("a").resolve("index.html"), PAGE);
        Files.writeString(in.resolve("b").resolve("index.html"), PAGE.replace("bakery in Ariha", "school in Kafr"
                + " Nabl").replace("7 people", "3 people").replace("Rescuers were searching the rubble for survivors"
                + " on Monday.", "Teachers said the building had been empty since the morning."));
        Cli.Result r = Cli.run("ingest", "--db", dir.resolve("db3").toString(), in.toString());
        assertTrue(r.err().contains("2 stored"), r::toString);
        try (IncidentStore store = Databases.openExisting(dir.resolve("db3"))) {
            assertTrue(store.article("a/index.html").isPresent() && store.article("b/index.html").isPresent());
        }
    }
}
