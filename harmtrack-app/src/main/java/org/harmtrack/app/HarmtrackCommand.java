package org.harmtrack.app;

import picocli.CommandLine.Command;

/** The top-level {@code harmtrack} command; owns the process's loaded resources. */
@Command(name = "harmtrack", mixinStandardHelpOptions = true, version = "harmtrack 0.1.0",
        description = {"Turns news reports of air strikes and armed violence into a sourced, mapped record of civilian harm.",
                "Place data: GeoNames (geonames.org), CC BY 4.0."},
        subcommands = {ExtractCommand.class, picocli.CommandLine.HelpCommand.class})
public final class HarmtrackCommand implements Runnable {
    private final Resources resources = new Resources();

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    public Resources resources() {
        return resources;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
