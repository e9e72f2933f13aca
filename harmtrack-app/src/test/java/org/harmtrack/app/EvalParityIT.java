package org.harmtrack.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code harmtrack eval} prints what the project's shared Python scorers print, figure for figure, on the shared
 * dev sets: records scored as {@code score.py} does, multi-incident news as {@code score_news.py} does. Skipped where
 * the shared material or python3 is not there. The sets are read, never copied.
 */
class EvalParityIT {
    private static final Path EVAL = Path.of(System.getProperty("harmtrack.shared", "../../shared"), "eval");

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({"tbij-drones-pakistan.jsonl, score.py", "news-airwars-syria.jsonl, score_news.py"})
    void evalPrintsTheSharedScorersFigures(String set, String scorer) throws Exception {
        Path gold = EVAL.resolve("dev").resolve(set);
        assumeTrue(Files.isRegularFile(gold), "no shared set at " + gold);
        assumeTrue(python3(), "no python3 to run the shared scorer");
        Path saved = dir.resolve("pred.jsonl");

        Cli.Result harmtrack = Cli.run("eval", gold.toString(), "--save", saved.toString());

        Process p = new ProcessBuilder("python3", EVAL.resolve(scorer).toString(), gold.toString(), saved.toString())
                .redirectErrorStream(true).start();
        String python = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), python);
        assertEquals(0, harmtrack.exitCode(), harmtrack::toString);
        assertEquals(python, harmtrack.out());
    }

    private static boolean python3() throws InterruptedException {
        try {
            Process p = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
            return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        }
    }
}
