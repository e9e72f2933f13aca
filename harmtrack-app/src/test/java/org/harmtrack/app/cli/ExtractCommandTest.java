package org.harmtrack.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.harmtrack.app.Cli;
import org.harmtrack.app.Reports;
import org.harmtrack.app.Resources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

public class ExtractCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    /** The ids of the documents an extract run wrote, in order (each line checked to hold an events array). */
    public static List<String> ids(String out) throws IOException {
        List<String> ids = new ArrayList<>();
        for (String line : out.split("\n")) {
            if (!line.isBlank()) {
                JsonNode node = JSON.readTree(line);
                assertTrue(node.get("events").isArray(), line);
                ids.add(node.get("id").asText());
            }
        }
        return ids;
    }

    @Test
    void extractOnJsonLinesWritesOneLinePerDocumentInInputOrderAndSkipsAMalformedLineNamingFileAndLine() throws IOException {
        Path file = dir.resolve("mixed.jsonl");
        Files.writeString(file, String.join("\n", Reports.KHARKIV, Reports.ALEPPO, "{\"id\": \"broken\", text", Reports.MOSUL));

        Cli.Result r = Cli.run("extract", file.toString());

        assertEquals(ExitCodes.SOME_INPUT_SKIPPED, r.exitCode(), r::toString);
        assertEquals(List.of("fx-kharkiv", "fx-aleppo", "fx-mosul"), ids(r.out()));
        assertTrue(r.err().contains(file + ":3"), r::toString);
        assertEquals(1, r.err().lines().count(), r::toString);
    }

    @Test
    void extractOnAFolderReportsABinaryAndAnInvalidUtf8FileByNameAndStillOutputsTheRest() throws IOException {
        Files.writeString(dir.resolve("a.txt"), "Shelling hit Kharkiv on 19 April 2022, killing 3 civilians, officials said.");
        Files.write(dir.resolve("b.bin"), new byte[]{0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00, 0x00, 0x00});
        ByteArrayOutputStream latin1 = new ByteArrayOutputStream();
        latin1.writeBytes("A strike hit Mosul; ".getBytes(StandardCharsets.US_ASCII));
        latin1.write(0xE9); // 'é' in Latin-1, a malformed sequence in UTF-8
        latin1.writeBytes(" 2 killed.".getBytes(StandardCharsets.US_ASCII));
        Files.write(dir.resolve("c.txt"), latin1.toByteArray());
        Files.writeString(dir.resolve("d.txt"), "");
        Files.writeString(dir.resolve("e.txt"), "A car bomb exploded in Mosul on 10 May 2019, killing 4 people, police said.");

        Cli.Result r = Cli.run("extract", dir.toString());

        assertEquals(ExitCodes.SOME_INPUT_SKIPPED, r.exitCode(), r::toString);
        assertEquals(List.of("a", "d", "e"), ids(r.out()));
        assertTrue(r.err().contains("b.bin") && r.err().contains("binary"), r::toString);
        assertTrue(r.err().contains("c.txt") && r.err().contains("UTF-8"), r::toString);
        assertFalse(r.err().contains("d.txt") || r.err().contains("e.txt"), r::toString);
    }

    @Test
    void aDocumentThatMakesExtractionThrowIsNamedAndSkippedAndEveryOtherDocumentIsWritten() throws IOException {
        Path file = dir.resolve("batch.jsonl");
        Files.writeString(file, String.join("\n", Reports.KHARKIV, Reports.ALEPPO, Reports.MOSUL));
        Resources resources = new Resources();
        resources.wrapExtraction(extract -> doc -> {
            if (doc.id().equals("fx-aleppo")) {
                throw new IllegalStateException("a reader broke");
            }
            return extract.apply(doc);
        });

        Cli.Result r = Cli.run(resources, "extract", file.toString());

        assertEquals(ExitCodes.SOME_INPUT_SKIPPED, r.exitCode(), r::toString);
        assertEquals(List.of("fx-kharkiv", "fx-mosul"), ids(r.out()));
        assertTrue(r.err().contains("fx-aleppo") && r.err().contains("a reader broke"), r::toString);
    }

    @Test
    void aPlaceNameRunIntoTheGovernorateNameAfterItIsReadNotAFailure() throws IOException {
        // "Rural" alone and "Rural Damascus" were both candidate names; the gap between them ran backwards
        Path file = dir.resolve("note.txt");
        Files.writeString(file, "Shelling hit the town of Douma Rural Damascus on 2 May 2019, killing 2 people.");

        Cli.Result r = Cli.run("extract", file.toString());

        assertEquals(ExitCodes.OK, r.exitCode(), r::toString);
        JsonNode event = JSON.readTree(r.out()).get("events").get(0);
        assertEquals(2, event.get("killed").get("min").asInt(), r::toString);
        assertEquals("SY", event.get("place").get("country").asText(), r::toString);
    }

    @Test
    void aTextFilesPublishedHeaderAndThePublishedOptionAnchorItsWeekdays() throws IOException {
        Path headed = dir.resolve("headed.txt");
        Files.writeString(headed, "published: 2019-03-07\ntitle: Strike on a market\n\n"
                + "Warplanes struck the market in Saraqib on Tuesday, killing 4 civilians, rescuers said.");
        Path bare = dir.resolve("bare.txt");
        Files.writeString(bare, "Warplanes struck the market in Saraqib on Tuesday, killing 4 civilians, rescuers said.");

        Cli.Result r = Cli.run("extract", "--published", "2020-01-10", headed.toString(), bare.toString());

        assertEquals(ExitCodes.OK, r.exitCode(), r::toString);
        String[] lines = r.out().split("\n");
        JsonNode fromHeader = JSON.readTree(lines[0]).get("events").get(0);
        assertEquals("2019-03-05", fromHeader.get("date").get("start").asText(), lines[0]);
        // the header is metadata, not text: offsets count from the report's first word
        assertEquals("Saraqib".length(), fromHeader.get("place").get("end").asInt() - fromHeader.get("place").get("start").asInt());
        assertEquals(31, fromHeader.get("place").get("start").asInt(), lines[0]);
        JsonNode fromOption = JSON.readTree(lines[1]).get("events").get(0);
        assertEquals("2020-01-07", fromOption.get("date").get("start").asText(), lines[1]);
    }

    @Test
    void aPublishedOptionThatIsNoDateIsAUsageError() {
        Cli.Result r = Cli.run("extract", "--published", "last week", "-");
        assertEquals(ExitCodes.USAGE, r.exitCode(), r::toString);
        assertTrue(r.err().contains("--published"), r::toString);
    }

    @Test
    void aDocumentOverItsTimeBudgetIsNamedAndSkipped() throws IOException {
        Path file = dir.resolve("two.jsonl");
        Files.writeString(file, String.join("\n", Reports.KHARKIV, Reports.ALEPPO));
        Resources resources = new Resources();
        resources.useDocumentBudget(java.time.Duration.ZERO); // ordinary text meets a budget of nothing

        Cli.Result r = Cli.run(resources, "extract", file.toString());

        assertEquals(ExitCodes.SOME_INPUT_SKIPPED, r.exitCode(), r::toString);
        assertEquals(List.of(), ids(r.out()));
        assertTrue(r.err().contains("fx-kharkiv") && r.err().contains("took longer"), r::toString);
        assertTrue(r.err().contains("fx-aleppo"), r::toString);
    }
}
