package org.harmtrack.app.cli;

/**
 * Thrown by a command that cannot do its work for a reason the user can act on (no database in the folder,
 * output not writable, ...). The command line prints the message as one line and exits with
 * {@link ExitCodes#FAILED}; no stack trace.
 */
public final class CommandFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CommandFailure(String message) {
        super(message);
    }

    public CommandFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
