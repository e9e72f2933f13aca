package org.harmtrack.app.cli;

import java.io.PrintWriter;
import org.harmtrack.app.output.Sizes;

/**
 * A progress line on standard error, "ingested N docs (X MB, Y docs/s)", redrawn in place with {@code \r}.
 * Shown only when the process runs in a terminal and only once a run is past {@link #THRESHOLD} documents, so
 * small runs, pipes and logs get no progress noise. Redrawn at most every {@link #INTERVAL_NANOS}.
 * <p>Not thread-safe.
 */
public final class ProgressLine {
    /** Runs of up to this many documents show no progress. */
    static final int THRESHOLD = 50;
    private static final long INTERVAL_NANOS = 250_000_000L;

    private final PrintWriter err;
    private final boolean enabled;
    private final long startNanos = System.nanoTime();
    private long lastDrawNanos;
    private int drawnWidth;

    private ProgressLine(PrintWriter err, boolean enabled) {
        this.err = err;
        this.enabled = enabled;
    }

    /** A progress line when standard error is a terminal (as far as Java can tell), else a silent one. */
    static ProgressLine forTerminal(PrintWriter err) {
        return new ProgressLine(err, System.console() != null);
    }

    public static ProgressLine off(PrintWriter err) {
        return new ProgressLine(err, false);
    }

    /** Records that {@code docs} documents of {@code bytes} UTF-8 bytes are done; redraws when due. */
    public void update(long docs, long bytes) {
        if (!enabled || docs <= THRESHOLD) {
            return;
        }
        long now = System.nanoTime();
        if (drawnWidth > 0 && now - lastDrawNanos < INTERVAL_NANOS) {
            return;
        }
        lastDrawNanos = now;
        double seconds = Math.max(1e-9, (now - startNanos) / 1e9);
        String line = Sizes.format("ingested %d docs (%.1f MB, %.0f docs/s)", docs, Sizes.megabytes(bytes), docs / seconds);
        err.print("\r" + line + " ".repeat(Math.max(0, drawnWidth - line.length())));
        err.flush();
        drawnWidth = line.length();
    }

    /** Prints a message line, first wiping the progress line so the two do not mix. */
    public void println(String message) {
        clear();
        err.println(message);
    }

    /** Wipes the progress line, if one is drawn. */
    public void clear() {
        if (drawnWidth > 0) {
            err.print("\r" + " ".repeat(drawnWidth) + "\r");
            err.flush();
            drawnWidth = 0;
        }
    }
}
