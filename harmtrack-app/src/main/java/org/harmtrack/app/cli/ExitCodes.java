package org.harmtrack.app.cli;

/** The exit codes of every harmtrack command. */
public final class ExitCodes {
    /** Everything was read and done. */
    public static final int OK = 0;
    /** The command ran, but some inputs were bad and skipped (each reported on standard error). */
    public static final int SOME_INPUT_SKIPPED = 1;
    /** The command line was wrong (picocli's usage error code). */
    public static final int USAGE = 2;
    /** The command could not do its work (unreadable database, unwritable output, ...). */
    public static final int FAILED = 3;

    private ExitCodes() {
    }
}
