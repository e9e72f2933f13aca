package org.harmtrack.app.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.harmtrack.app.Cli;
import org.harmtrack.app.cli.ExitCodes;
import org.harmtrack.app.cli.ExtractCommandTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** Byte-order marks, invalid bytes, trailing junk, unreadable folders, broken links and inflating archives. */
class EncodingsAndFilesTest {
    private static final String FIRST = "{\"id\": \"first\", \"text\": \"Shelling on Saraqib killed 3 people.\"}";
    private static final String SECOND = "{\"id\": \"second\", \"text\": \"A drone killed 2 men near Idlib.\"}";

    @TempDir
    Path dir;

    private static List<String> ids(String out) throws IOException {
        return ExtractCommandTest.ids(out);
    }

    private Cli.Result extract(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return Cli.run("extract", file.toString());
    }

    @Test
    void aUtf8ByteOrderMarkKeepsTheFirstDocument() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        bytes.writeBytes((FIRST + "\n" + SECOND + "\n").getBytes(StandardCharsets.UTF_8));
        Cli.Result r = extract("bom.jsonl", bytes.toByteArray());
        assertEquals(ExitCodes.OK, r.exitCode(), r::toString);
        assertEquals(List.of("first", "second"), ids(r.out()));
    }

    @Test
    void utf16FilesWithAByteOrderMarkAreTextNotBinary() throws IOException {
        Cli.Result lines = extract("wide.jsonl", (FIRST + "\n" + SECOND + "\n").getBytes(StandardCharsets.UTF_16));
        assertEquals(ExitCodes.OK, lines.exitCode(), lines::toString);
        assertEquals(List.of("first", "second"), ids(lines.out()));
        Cli.Result text = extract("wide.txt", "Shelling on Saraqib killed 3 people.".getBytes(StandardCharsets.UTF_16));
        assertEquals(ExitCodes.OK, text.exitCode(), text::toString);
        assertEquals(List.of("wide"), ids(text.out()));
    }

    @Test
    void aLineOfInvalidUtf8IsNamedAndSkippedNotSilentlyRepaired() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes((FIRST + "\n").getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes("{\"id\": \"bad\", \"text\": \"caf".getBytes(StandardCharsets.US_ASCII));
        bytes.write(0xE9); // Latin-1, not UTF-8
        bytes.writeBytes(" hit\"}\n".getBytes(StandardCharsets.US_ASCII));
        bytes.writeBytes((SECOND + "\n").getBytes(StandardCharsets.UTF_8));
        Cli.Result r = extract("mixed.jsonl", bytes.toByteArray());
        assertEquals(ExitCodes.SOME_INPUT_SKIPPED, r.exitCode(), r::toString);
        assertEquals(List.of("first", "second"), ids(r.out()));
        assertTrue(r.err().contains("mixed.jsonl:2") && r.err().contains("UTF-8"), r::toString);
    }

    @Test
    void textAfterALinesObjectMakesTheLineMalformed() throws IOException {
        Cli.Result r = extract("junk.jsonl", (FIRST + " and more\n" + SECOND + "\n").getBytes(StandardCharsets.UTF_8));
        assertEquals(ExitCodes.SOME_INPUT_SKIPPED, r.exitCode(), r::toString);
        assertEquals(List.of("second"), ids(r.out()));
        assertTrue(r.err().contains("junk.jsonl:1"), r::toString);
    }

    @Test
    void aBrokenLinkInAFolderIsNamedAndTheRestIsRead() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("in"));
        Files.writeString(folder.resolve("a.txt"), "Shelling on Saraqib killed 3 people.");
        Files.createSymbolicLink(folder.resolve("gone.txt"), dir.resolve("nowhere.txt"));
        Cli.Result r = Cli.run("extract", folder.toString());
        assertEquals(ExitCodes.SOME_INPUT_SKIPPED, r.exitCode(), r::toString);
        assertEquals(List.of("a"), ids(r.out()));
        assertTrue(r.err().contains("gone.txt") && r.err().contains("does not exist"), r::toString);
    }

    @Test
    void anUnreadableSubfolderIsNamedAndTheRestIsRead() throws IOException {
        assumeFalse("root".equals(System.getProperty("user.name")), "root reads every folder");
        Path folder = Files.createDirectories(dir.resolve("in"));
        Files.writeString(folder.resolve("a.txt"), "Shelling on Saraqib killed 3 people.");
        Path locked = Files.createDirectories(folder.resolve("locked"));
        Files.writeString(locked.resolve("b.txt"), "A drone killed 2 men near Idlib.");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        try {
            Cli.Result r = Cli.run("extract", folder.toString());
            assertEquals(ExitCodes.SOME_INPUT_SKIPPED, r.exitCode(), r::toString);
            assertEquals(List.of("a"), ids(r.out()));
            assertTrue(r.err().contains("locked"), r::toString);
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void aWarcPageThatInflatesPastADocumentsSizeIsNamedAndTheNextPageIsRead() throws IOException {
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(zipped)) {
            byte[] spaces = new byte[1 << 20];
            java.util.Arrays.fill(spaces, (byte) ' ');
            gzip.write("<html><body><p>".getBytes(StandardCharsets.US_ASCII));
            for (int i = 0; i < 4 * DocumentReader.MAX_DOCUMENT_CHARS / spaces.length + 2; i++) {
                gzip.write(spaces);
            }
        }
        String page = "<html><head><title>Saraqib</title></head><body><article><p>Shelling on Saraqib killed 3 "
                + "people on Sunday, medics said, and rescuers searched the houses nearby for hours.</p></article>"
                + "</body></html>";
        Path file = dir.resolve("pages.warc");
        try (WarcWriter warc = new WarcWriter(file)) {
            warc.write(new WarcResponse.Builder(URI.create("https://gazette.example/huge"))
                    .date(Instant.parse("2021-05-05T10:00:00Z"))
                    .body(new HttpResponse.Builder(200, "OK").addHeader("Content-Encoding", "gzip")
                            .body(MediaType.parse("text/html"), zipped.toByteArray()).build()).build());
            warc.write(new WarcResponse.Builder(URI.create("https://gazette.example/saraqib"))
                    .date(Instant.parse("2021-05-05T10:00:01Z"))
                    .body(new HttpResponse.Builder(200, "OK").body(MediaType.parse("text/html"),
                            page.getBytes(StandardCharsets.UTF_8)).build()).build());
        }
        Cli.Result r = Cli.run("extract", file.toString());
        assertEquals(ExitCodes.SOME_INPUT_SKIPPED, r.exitCode(), r::toString);
        assertEquals(List.of("https://gazette.example/saraqib"), ids(r.out()));
        assertTrue(r.err().contains("https://gazette.example/huge") && r.err().contains("inflates"), r::toString);
    }
}
