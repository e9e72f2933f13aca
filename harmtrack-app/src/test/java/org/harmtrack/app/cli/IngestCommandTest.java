package org.harmtrack.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.harmtrack.app.Cli;
import org.harmtrack.app.Reports;
import org.harmtrack.store.IncidentStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestCommandTest {
    @TempDir
    Path dir;

    private long incidentCount(Path db) {
        try (IncidentStore store = IncidentStore.openH2(db)) {
            return store.incidentCount();
        }
    }

    @Test
    void ingestingTheSameDocumentsTwiceReportsThemUnchangedAndKeepsTheIncidentCount() throws IOException {
        Path reports = Cli.writeReports(dir);
        Path db = dir.resolve("db");

        Cli.Result first = Cli.run("ingest", "--db", db.toString(), reports.toString());
        long afterFirst = incidentCount(db);
        Cli.Result second = Cli.run("ingest", "--db", db.toString(), reports.toString());

        assertEquals(ExitCodes.OK, first.exitCode(), first::toString);
        assertTrue(first.err().contains("5 documents: 5 stored, 0 updated, 0 unchanged, 0 skipped"), first::toString);
        assertEquals(5, afterFirst);
        assertEquals(ExitCodes.OK, second.exitCode(), second::toString);
        assertTrue(second.err().contains("5 documents: 0 stored, 0 updated, 5 unchanged, 0 skipped; 0 events"), second::toString);
        assertEquals(afterFirst, incidentCount(db));
        assertEquals("", first.out() + second.out());
    }

    @Test
    void badInputsAreReportedAndSkippedWithExitCode1WhileTheOtherDocumentsAreStored() throws IOException {
        Path file = dir.resolve("in.jsonl");
        Files.writeString(file, String.join("\n", Reports.MOSUL, "[1, 2]", Reports.KHARKIV));
        Path db = dir.resolve("db");

        Cli.Result r = Cli.run("ingest", "--db", db.toString(), file.toString(), dir.resolve("missing.txt").toString());

        assertEquals(ExitCodes.SOME_INPUT_SKIPPED, r.exitCode(), r::toString);
        assertTrue(r.err().contains(file + ":2"), r::toString);
        assertTrue(r.err().contains("missing.txt: no such file"), r::toString);
        assertTrue(r.err().contains("2 stored, 0 updated, 0 unchanged, 2 skipped"), r::toString);
        assertEquals(2, incidentCount(db));
    }

    @Test
    void aReportWithoutATitleIsListedUnderItsFirstLineNotItsId() throws IOException {
        Path db = dir.resolve("titles-db");
        Path text = dir.resolve("report-7f3a.txt");
        Files.writeString(text, "Shelling kills four in Saraqib market\n\nShelling struck the market in Saraqib on"
                + " 4 March 2021, killing four civilians, rescuers said.");
        Path runOn = dir.resolve("report-long.txt");
        Files.writeString(runOn, "Shelling struck the market in Saraqib on 4 March 2021, killing four civilians,"
                + " rescuers said, and the traders who had come from the villages around the town to sell their"
                + " vegetables and their bread lost their stalls, their goods and their only income for the winter.");
        assertEquals(ExitCodes.OK, Cli.run("ingest", "--db", db.toString(), text.toString(), runOn.toString())
                .exitCode());
        Cli.Result r = Cli.run("incidents", "--db", db.toString(), "--reports", "--format", "jsonl");
        assertTrue(r.out().contains("\"title\":\"Shelling kills four in Saraqib market\""), r::toString);
        // a first line too long for a headline is no title
        assertTrue(r.out().contains("\"title\":null"), r::toString);
    }
}
