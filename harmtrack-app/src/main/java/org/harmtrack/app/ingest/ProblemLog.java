package org.harmtrack.app.ingest;

import java.io.PrintWriter;
import java.util.function.Consumer;
import org.harmtrack.app.cli.ExitCodes;

/**
 * Tells each input problem on standard error ("harmtrack extract: skipped news.jsonl:12: not a JSON object") and
 * counts them, for the command's exit code. Not thread-safe: one per command run.
 */
public final class ProblemLog implements Consumer<InputProblem> {
    private final String command;
    private final PrintWriter err;
    private int count;

    public ProblemLog(String command, PrintWriter err) {
        this.command = command;
        this.err = err;
    }

    @Override
    public void accept(InputProblem p) {
        count++;
        err.println("harmtrack " + command + ": " + (p.skipped() ? "skipped " : "warning: ") + p);
    }

    /** {@link ExitCodes#OK} when every input was read, else {@link ExitCodes#SOME_INPUT_SKIPPED}. */
    public int exitCode() {
        err.flush();
        return count == 0 ? ExitCodes.OK : ExitCodes.SOME_INPUT_SKIPPED;
    }
}
