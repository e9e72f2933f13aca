package org.harmtrack.app;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.harmtrack.app.cli.CommandFailure;
import org.harmtrack.app.cli.ExitCodes;
import org.harmtrack.app.cli.HarmtrackCommand;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine;

/** Entry point of the harmtrack command line. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        CommandLine cli = commandLine();
        // UTF-8 whatever the platform default, since the output is JSON, CSV or tables of place names;
        // standard output is buffered (and flushed below) because extract and incidents can write a lot
        cli.setOut(new PrintWriter(new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16)));
        cli.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        int code;
        if (args.length > 0 && !args[0].startsWith("-") && !cli.getSubcommands().containsKey(args[0])) {
            // picocli would print the general help and succeed for "harmtrack nosuch --help"
            cli.getErr().println("harmtrack: unknown command '" + args[0] + "'; see 'harmtrack --help'");
            code = ExitCodes.USAGE;
        } else {
            code = cli.execute(args);
        }
        cli.getOut().flush();
        cli.getErr().flush();
        System.exit(code);
    }

    /** The configured command line, with its own {@link Resources}. */
    public static CommandLine commandLine() {
        return commandLine(new Resources());
    }

    /**
     * The configured command line sharing already loaded {@code resources} (tests and servers load the gazetteer
     * once). Errors that are the user's (bad values, no database) print one line, not a stack trace.
     */
    public static CommandLine commandLine(Resources resources) {
        CommandLine cli = new CommandLine(new HarmtrackCommand(resources));
        cli.setParameterExceptionHandler(Main::usageError);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            String name = commandLine.getCommandSpec().qualifiedName();
            if (e instanceof CommandFailure) {
                commandLine.getErr().println(name + ": " + e.getMessage());
                return ExitCodes.FAILED;
            }
            if (e instanceof IllegalArgumentException) {
                commandLine.getErr().println(name + ": " + e.getMessage());
                return ExitCodes.USAGE;
            }
            commandLine.getErr().println(name + ": failed: " + e);
            return ExitCodes.FAILED;
        });
        return cli;
    }

    /** One line naming the parameter and its value, instead of picocli's message followed by the whole usage. */
    private static int usageError(ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        String name = cmd.getCommandSpec().qualifiedName();
        cmd.getErr().println(name + ": " + e.getMessage() + " (see '" + name + " --help')");
        CommandLine.UnmatchedArgumentException.printSuggestions(e, cmd.getErr());
        cmd.getErr().flush();
        return ExitCodes.USAGE;
    }
}
