package org.harmtrack.app;

import java.io.PrintWriter;
import java.util.function.Consumer;

/**
 * Tells each input problem on standard error ("harmtrack extract: skipped news.jsonl:12: not a JSON object") and
 * counts them, for the command's exit code. Not thread-safe: one per command run.
 */
final class ProblemLog implements Consumer<InputProblem> {
    private final String command;
    private final PrintWriter err;
    private int count;

    ProblemLog(String command, PrintWriter err) {
        this.command = command;
        this.err = err;
    }

    @Override
    public void accept(InputProblem p) {
        count++;
        err.println("harmtrack " + command + ": " + (p.skipped() ? "skipped " : "warning: ") + p);
    }

    /** {@link ExitCodes#OK} when every input was read, else {@link ExitCodes#SOME_INPUT_SKIPPED}. */
    int exitCode() {
        err.flush();
        return count == 0 ? ExitCodes.OK : ExitCodes.SOME_INPUT_SKIPPED;
    }
}
