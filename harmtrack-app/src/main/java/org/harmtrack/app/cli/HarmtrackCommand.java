package org.harmtrack.app.cli;

import java.util.Objects;
import org.harmtrack.app.Resources;
import org.harmtrack.app.bench.ApiBenchCommand;
import org.harmtrack.app.bench.BenchCommand;
import org.harmtrack.app.bench.IngestBenchCommand;
import org.harmtrack.app.bench.StrikeBenchCommand;
import picocli.CommandLine.Command;

/** The top-level {@code harmtrack} command; owns the process's loaded resources. */
@Command(name = "harmtrack", mixinStandardHelpOptions = true, version = "harmtrack 0.1.0",
        description = {"Turns news reports of air strikes and armed violence into a sourced, mapped record of civilian harm.",
                "Place data: GeoNames (geonames.org), CC BY 4.0."},
        subcommands = {ExtractCommand.class, EvalCommand.class, LinkCommand.class, IngestCommand.class, IncidentsCommand.class,
                CompareCommand.class, ServeCommand.class, WatchCommand.class, DemoCommand.class, ApiBenchCommand.class,
                IngestBenchCommand.class, StrikeBenchCommand.class,
                BenchCommand.class, GazetteerCommand.class, picocli.CommandLine.HelpCommand.class})
public final class HarmtrackCommand implements Runnable {
    private final Resources resources;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    public HarmtrackCommand() {
        this(new Resources());
    }

    /** A command sharing resources already loaded elsewhere (the gazetteer is loaded once per process). */
    public HarmtrackCommand(Resources resources) {
        this.resources = Objects.requireNonNull(resources, "resources");
    }

    @picocli.CommandLine.Option(names = "--gazetteer", paramLabel = "DIR", scope = picocli.CommandLine.ScopeType.INHERIT,
            description = "Folder of an imported gazetteer (default: harmtrack-data/gazetteer, or $HARMTRACK_GAZETTEER); "
                    + "the built-in one is used where it holds none.")
    void setGazetteerDir(java.nio.file.Path dir) {
        resources.useGazetteerDir(dir);
    }

    public Resources resources() {
        return resources;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
