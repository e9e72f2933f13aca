package org.harmtrack.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;

/** Runs the command line in-process, capturing its output, with one gazetteer for the whole test run. */
public final class Cli {
    /** Shared by every test: loading the gazetteer takes seconds, and it is read-only. */
    public static final Resources RESOURCES = new Resources();

    private Cli() {
    }

    /** What a run printed and returned. */
    public record Result(int exitCode, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- out:\n" + out + "\n--- err:\n" + err;
        }
    }

    public static Result run(String... args) {
        return run(RESOURCES, args);
    }

    /** A run with resources of its own (tests that change how extraction behaves). */
    public static Result run(Resources resources, String... args) {
        CommandLine cli = Main.commandLine(resources);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    /** Writes the fixture reports as JSON Lines into {@code dir}; returns the file. */
    public static Path writeReports(Path dir) throws IOException {
        Path file = dir.resolve("reports.jsonl");
        Files.writeString(file, String.join("\n", Reports.ALL) + "\n", StandardCharsets.UTF_8);
        return file;
    }
}
