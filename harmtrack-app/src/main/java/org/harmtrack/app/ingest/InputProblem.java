package org.harmtrack.app.ingest;

/**
 * A piece of input that could not be read as a document, or not wholly: which input, where, and why. Reported and
 * the run goes on.
 *
 * @param skipped true when the whole document (or line) was left out; false when only a bad value was ignored
 *                and the document itself was still read
 */
public record InputProblem(String input, String reason, boolean skipped) {
    /** A problem that made the input be skipped. */
    public InputProblem(String input, String reason) {
        this(input, reason, true);
    }

    @Override
    public String toString() {
        return input + ": " + reason;
    }
}
