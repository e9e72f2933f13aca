package org.harmtrack.app.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.harmtrack.app.Cli;
import org.harmtrack.app.Main;
import org.harmtrack.app.cli.ExitCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve} as an operator runs it, in a process of its own: while it holds the embedded database another
 * command is told so in harmtrack's words, and a SIGTERM stops it cleanly with exit status 0.
 */
class ServeProcessIT {
    @TempDir
    Path dir;

    @Test
    void aSecondProcessIsToldTheDatabaseIsInUseAndSigtermStopsTheServerWithStatusZero() throws Exception {
        Path db = dir.resolve("db");
        Path reports = dir.resolve("reports.jsonl");
        Files.writeString(reports, "{\"id\": \"r1\", \"text\": \"Shelling on Saraqib killed 3 people on 4 May 2021.\"}\n");
        assertEquals(ExitCodes.OK, Cli.run("ingest", "--db", db.toString(), reports.toString()).exitCode());

        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process serve = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "serve", "--db", db.toString(), "--port", "0")).redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8));
            String first = out.readLine();
            assertTrue(first != null && first.startsWith("harmtrack serving"), String.valueOf(first));

            Cli.Result second = Cli.run("ingest", "--db", db.toString(), reports.toString());
            assertEquals(ExitCodes.FAILED, second.exitCode(), second::toString);
            assertTrue(second.err().contains("open in another harmtrack process"), second::toString);
            assertTrue(!second.err().contains("server mode"), second::toString);

            serve.toHandle().destroy(); // SIGTERM, leaving our end of its output open
            assertTrue(serve.waitFor(30, TimeUnit.SECONDS), "serve did not stop");
            assertEquals(0, serve.exitValue());
            assertTrue(String.valueOf(out.readLine()).startsWith("harmtrack stopped serving"));
        } finally {
            serve.destroyForcibly();
        }
    }
}
