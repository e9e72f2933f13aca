package org.harmtrack.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Killing {@code ingest} at any moment loses nothing and corrupts nothing: after a SIGKILL, running the same
 * ingest again ends with exactly the rows of an uninterrupted run (see {@link CrashTrials}). The suite runs a few
 * kills over a small batch; {@code -Dharmtrack.crash.kills=50 -Dharmtrack.crash.reports=2000} runs the long test.
 */
class CrashSafetyIT {
    @TempDir
    Path dir;

    @Test
    void everyKilledIngestResumesToExactlyTheRowsOfAnUninterruptedRun() throws Exception {
        int kills = Integer.getInteger("harmtrack.crash.kills", 6);
        int reports = Integer.getInteger("harmtrack.crash.reports", 600);
        long seed = Long.getLong("harmtrack.crash.seed", System.nanoTime());
        Path input = dir.resolve("reports.jsonl");
        CrashCorpus.write(input, reports, 11);
        CrashTrials trials = new CrashTrials(dir, input, seed);
        trials.runClean();
        assertTrue(trials.cleanRows() > reports, "the clean run stored too little: " + trials.cleanRows() + " rows");

        Map<CrashTrials.Outcome, Integer> counts = new EnumMap<>(CrashTrials.Outcome.class);
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < kills; i++) {
            CrashTrials.Trial trial = trials.run(i);
            counts.merge(trial.outcome(), 1, Integer::sum);
            System.out.println("crash trial " + i + ": killed after " + trial.killAfterMillis() + " ms: "
                    + trial.outcome() + " " + trial.detail());
            if (trial.outcome() != CrashTrials.Outcome.EXACT) {
                failures.add("trial " + i + " (killed after " + trial.killAfterMillis() + " ms): " + trial.outcome()
                        + " " + trial.detail());
            }
        }
        System.out.println("crash test (seed " + seed + ", " + reports + " reports, clean run "
                + trials.cleanMillis() + " ms, schema made at " + trials.schemaWindow() + ", " + trials.cleanRows()
                + " rows): " + counts);
        assertEquals(List.of(), failures, "seed " + seed);
    }
}
