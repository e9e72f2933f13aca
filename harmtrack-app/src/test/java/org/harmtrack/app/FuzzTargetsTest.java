package org.harmtrack.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.harmtrack.app.bench.Folders;
import org.harmtrack.app.ingest.DocumentReader;
import org.harmtrack.app.ingest.InputProblem;
import org.harmtrack.extract.ExtractionOverBudget;
import org.harmtrack.extract.IncidentExtractor;
import org.harmtrack.gazetteer.GeoBias;
import org.harmtrack.model.Document;
import org.harmtrack.model.Extraction;

/**
 * Fuzz targets (Jazzer) for what reads untrusted input: the extractor over any text, and the readers of HTML pages,
 * WARC files and JSON Lines over any bytes. Each must either read the input or name it as a problem; nothing else
 * may escape, and the extractor keeps every span inside the text and stops at its time budget.
 *
 * <p>In the suite these run over their seed inputs (the hostile inputs of issue 11, in {@code FuzzTargetsTestInputs}
 * beside this class, and any crash Jazzer has saved there). {@code scripts/fuzz.sh TARGET SECONDS} fuzzes one
 * target for real, with coverage guidance; a crash it finds is saved as a new seed and fails the suite until fixed.
 */
class FuzzTargetsTest {
    private static final IncidentExtractor EXTRACTOR = Cli.RESOURCES.extractor(GeoBias.NONE);
    private static final Duration BUDGET = Duration.ofSeconds(10);

    @FuzzTest(maxDuration = "20s")
    void extractor(FuzzedDataProvider data) {
        String text = data.consumeString(4000); // short texts run fast; the long ones are among the seeds
        Extraction x;
        try {
            x = EXTRACTOR.extract(Document.of("fuzz", text, LocalDate.of(2021, 5, 5)), BUDGET);
        } catch (ExtractionOverBudget e) {
            return; // named and skipped by every caller
        }
        ExtractorPropertyTest.checkSpans(text, x);
    }

    @FuzzTest(maxDuration = "20s")
    void htmlPage(byte[] bytes) throws IOException {
        readFile("page.html", bytes);
    }

    @FuzzTest(maxDuration = "20s")
    void warcFile(byte[] bytes) throws IOException {
        readFile("capture.warc", bytes);
        readFile("capture.warc.gz", bytes);
    }

    @FuzzTest(maxDuration = "20s")
    void jsonLines(byte[] bytes) {
        List<Document> docs = new ArrayList<>();
        List<InputProblem> problems = new ArrayList<>();
        new DocumentReader(problems::add).readJsonLines("fuzz.jsonl", new ByteArrayInputStream(bytes), docs::add);
        docs.forEach(FuzzTargetsTest::checkDocument);
        problems.forEach(p -> assertTrue(p.input().contains("fuzz.jsonl"), p::toString));
    }

    /** Reads the bytes as a file of that name: documents within the size limit, or problems naming the file. */
    private static void readFile(String name, byte[] bytes) throws IOException {
        Path dir = Files.createTempDirectory("harmtrack-fuzz");
        try {
            Path file = Files.write(dir.resolve(name), bytes);
            List<Document> docs = new ArrayList<>();
            List<InputProblem> problems = new ArrayList<>();
            new DocumentReader(problems::add).read(List.of(file), InputStream.nullInputStream(), docs::add);
            docs.forEach(FuzzTargetsTest::checkDocument);
            problems.forEach(p -> assertTrue(p.input().contains(name), p::toString));
        } finally {
            Folders.deleteTree(dir);
        }
    }

    private static void checkDocument(Document d) {
        assertTrue(d.text().length() <= DocumentReader.MAX_DOCUMENT_CHARS, () -> d.id() + " is over the size limit");
        assertTrue(!d.id().isEmpty(), "a document without an id");
    }
}
