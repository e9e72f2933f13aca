package org.harmtrack.app.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.harmtrack.app.bench.Folders;
import org.harmtrack.app.ingest.IngestSummary;
import org.harmtrack.app.ingest.Ingester;
import org.harmtrack.app.output.LinkedIncidentWriter;
import org.harmtrack.gazetteer.GeoBias;
import org.harmtrack.store.IncidentQuery;
import org.harmtrack.store.IncidentStore;
import org.harmtrack.store.LinkedIncident;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code harmtrack demo}: ingest the bundled synthetic reports and show the incidents found in them. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Ingest the bundled demo corpus (35 synthetic reports, fiction written for harmtrack) and print "
                + "the incidents table.",
                "Without --db the database goes to a temporary folder that is deleted afterwards."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "2:usage error", "3:failed (e.g. the database could not be opened)"})
public final class DemoCommand implements Callable<Integer> {
    /** Where the demo corpus lies on the classpath. */
    static final String CORPUS = "org/harmtrack/demo/reports.jsonl";

    @ParentCommand
    HarmtrackCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--db", paramLabel = "DIR",
            description = "Keep the demo database in this folder (default: a temporary folder, deleted at the end).")
    Path db;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path dir = db != null ? db : Files.createTempDirectory("harmtrack-demo-");
        try {
            IngestSummary summary;
            List<LinkedIncident> incidents;
            try (IncidentStore store = Databases.openOrCreate(dir);
                 InputStream corpus = DemoCommand.class.getClassLoader().getResourceAsStream(CORPUS)) {
                if (corpus == null) {
                    throw new CommandFailure("the demo corpus " + CORPUS + " is not on the classpath");
                }
                summary = Ingester.run(store, parent.resources().extractor(GeoBias.NONE), "harmtrack demo",
                        ProgressLine.off(err), IngestCommand.jsonLines("demo corpus " + CORPUS, corpus));
                incidents = store.linkedIncidents(IncidentQuery.all());
            }
            err.println("harmtrack demo: " + summary);
            // the reports of one strike linked into one incident, with its reconciled toll, grade and sources
            LinkedIncidentWriter.TABLE.write(incidents, out);
            out.println();
            out.println("These " + summary.documents() + " reports are synthetic: fiction written to demonstrate harmtrack, "
                    + "not news. Do not cite them.");
            if (db != null) {
                out.println("The database is in " + db + "; try: harmtrack incidents --db " + db + " --format csv,"
                        + " or harmtrack serve --db " + db + " and open http://127.0.0.1:8080/");
            }
            out.flush();
            return summary.exitCode();
        } finally {
            if (db == null) {
                deleteTree(dir);
            }
        }
    }

    private void deleteTree(Path dir) {
        try {
            Folders.deleteTree(dir);
        } catch (IOException e) {
            spec.commandLine().getErr().println("harmtrack demo: could not delete the temporary database " + dir + ": "
                    + e.getMessage());
        }
    }
}
