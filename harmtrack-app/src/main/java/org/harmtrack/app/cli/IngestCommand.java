package org.harmtrack.app.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.harmtrack.app.ingest.DocumentReader;
import org.harmtrack.app.ingest.IngestSummary;
import org.harmtrack.app.ingest.Ingester;
import org.harmtrack.gazetteer.GeoBias;
import org.harmtrack.store.IncidentStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code harmtrack ingest}: extract documents and keep them, with their incidents, in the database. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Extract incidents from documents and store them, with the documents, in a database.",
                "Input as for extract: JSON Lines, plain-text files, folders, or '-' for standard input.",
                "Documents are extracted on every core and stored in batches of " + Ingester.BATCH + ", each in one"
                        + " transaction (a failing batch is retried one document at a time): ingesting the same text again changes nothing, a new text under a known id "
                        + "replaces the old one, and a run that was killed is resumed by running it again."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:all documents stored", "1:some inputs were bad and skipped (see standard error)",
                "2:usage error", "3:failed: the database could not be opened, or some documents could not be stored"})
public final class IngestCommand implements Callable<Integer> {
    @ParentCommand
    HarmtrackCommand parent;

    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions input;

    @Option(names = "--db", paramLabel = "DIR|URL", defaultValue = "harmtrack-data",
            description = "Database folder, created if needed (default: ${DEFAULT-VALUE}), or a PostgreSQL JDBC URL"
                    + " (jdbc:postgresql://host/database; user and password in the URL or in $HARMTRACK_DB_USER and"
                    + " $HARMTRACK_DB_PASSWORD).")
    String db;

    @Mixin
    BiasOptions bias;

    @Override
    public Integer call() {
        List<Path> all = input.all();
        GeoBias geoBias = bias.toBias();
        PrintWriter err = spec.commandLine().getErr();
        IngestSummary summary;
        // the database is opened before the gazetteer is loaded, so a locked or unwritable one fails at once
        try (IncidentStore store = Databases.openOrCreate(db)) {
            summary = Ingester.run(store, parent.resources().extractor(geoBias), "harmtrack ingest",
                    ProgressLine.forTerminal(err),
                    ingester -> ingester.read(input.reader(ingester::problem), all, System.in));
        }
        err.println("harmtrack ingest: " + summary);
        err.flush();
        return summary.exitCode();
    }

    /** Feeds the JSON Lines of {@code in} (named {@code name} in messages) to an ingester. */
    static Consumer<Ingester> jsonLines(String name, InputStream in) {
        return ingester -> new DocumentReader(ingester::problem).readJsonLines(name, in, ingester::accept);
    }
}
