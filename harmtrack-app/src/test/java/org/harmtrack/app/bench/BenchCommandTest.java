package org.harmtrack.app.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import org.harmtrack.app.Cli;
import org.harmtrack.app.cli.ExitCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchCommandTest {
    @TempDir
    Path dir;

    @Test
    void benchReportsEachTimedPassTheMedianThroughputAndTheHeapAsJson() throws IOException {
        String reports = Cli.writeReports(dir).toString();

        Cli.Result r = Cli.run("bench", "--input", reports, "--warmup", "0", "--repeat", "2", "--json");

        assertEquals(ExitCodes.OK, r.exitCode(), r::toString);
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals(5, json.get("documents").asInt());
        assertEquals(2, json.get("passes").size());
        assertEquals(5, json.get("passes").get(0).get("events").asInt());
        assertTrue(json.get("median_mb_per_s").asDouble() > 0);
        assertTrue(json.get("median_docs_per_s").asDouble() > 0);
        assertTrue(json.get("peak_heap_used_bytes").asLong() >= json.get("heap_used_after_load_bytes").asLong() / 2);
    }

    @Test
    void benchPrintsAPlainTableByDefaultAndRefusesZeroRepeats() throws IOException {
        String reports = Cli.writeReports(dir).toString();

        Cli.Result table = Cli.run("bench", "-i", reports, "--warmup", "0", "--repeat", "1");
        Cli.Result zero = Cli.run("bench", "-i", reports, "--repeat", "0");

        assertEquals(ExitCodes.OK, table.exitCode(), table::toString);
        assertTrue(table.out().contains("MB/s") && table.out().contains("median"), table::toString);
        assertTrue(table.out().contains("gazetteer load"), table::toString);
        assertEquals(ExitCodes.USAGE, zero.exitCode(), zero::toString);
        assertTrue(zero.err().contains("--repeat"), zero::toString);
    }

    @Test
    void benchIngestMeasuresEachRoundAndPrintsTheMedianShareOfExtractionsRate() {
        Cli.Result r = Cli.run("bench-ingest", "--pages", "12", "--rounds", "2");
        Cli.Result zero = Cli.run("bench-ingest", "--pages", "12", "--rounds", "0");

        assertEquals(ExitCodes.OK, r.exitCode(), r::toString);
        assertTrue(r.out().contains("round 2"), r::toString);
        assertTrue(r.out().matches("(?s).*warm-up: [1-6] rounds? of extraction and ingest; the JIT compiler was busy"
                + " \\d+% of the last one's time.*"), r::toString);
        assertEquals(4, r.out().split("12 articles stored in", -1).length - 1, "a folder and a WARC each round: " + r);
        assertTrue(r.out().matches("(?s).*extraction only 12 articles .*\\(\\d+\\.\\d CPU-s\\).*"), r::toString);
        assertTrue(r.out().matches("(?s).*median share of extraction's rate over 2 rounds: folder of HTML \\d+%,"
                + " WARC \\(gzip\\) \\d+%.*"), r::toString);
        assertEquals(ExitCodes.USAGE, zero.exitCode(), zero::toString);
        assertTrue(zero.err().contains("--rounds"), zero::toString);
    }
}
