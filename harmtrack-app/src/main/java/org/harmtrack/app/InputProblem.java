package org.harmtrack.app;

/**
 * A piece of input that could not be read as a document: which input, where, and why. Reported and skipped;
 * the run goes on.
 */
public record InputProblem(String input, String reason) {
    @Override
    public String toString() {
        return input + ": " + reason;
    }
}
