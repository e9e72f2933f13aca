package org.harmtrack.app;

import picocli.CommandLine;

/** Entry point of the harmtrack command line. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line: errors that are the user's (bad values) print one line, not a stack trace. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new HarmtrackCommand());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof IllegalArgumentException) {
                commandLine.getErr().println("harmtrack " + commandLine.getCommandName() + ": " + e.getMessage());
                return ExitCodes.USAGE;
            }
            commandLine.getErr().println("harmtrack " + commandLine.getCommandName() + ": failed: " + e);
            return ExitCodes.FAILED;
        });
        return cli;
    }
}
