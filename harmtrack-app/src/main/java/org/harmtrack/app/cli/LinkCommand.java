package org.harmtrack.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.harmtrack.app.ingest.DocumentReader;
import org.harmtrack.app.ingest.GuardedExtraction;
import org.harmtrack.app.ingest.ProblemLog;
import org.harmtrack.app.output.IncidentJson;
import org.harmtrack.link.Incident;
import org.harmtrack.link.IncidentLinker;
import org.harmtrack.link.IncidentSummary;
import org.harmtrack.link.ReportedEvent;
import org.harmtrack.model.Document;
import org.harmtrack.model.Extraction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code harmtrack link}: documents in, incidents out (which reports tell of one strike); stateless. */
@Command(name = "link", mixinStandardHelpOptions = true,
        description = {"Extract the events of documents and link the reports of one incident; stateless.",
                "Output: one JSON object per incident: incident_id, article_ids, dates, type, place, perpetrators,",
                "killed, grade (with its independent sources), figures (per measure and category: the reconciled",
                "range, the rule that gave it, every claim) and each report's event.",
                "A report with no incident event is left out."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:all documents read", "1:some inputs were bad and skipped (see standard error)",
                "2:usage error", "3:failed (e.g. output not writable)"})
public final class LinkCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    @ParentCommand
    HarmtrackCommand parent;

    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions input;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Output file (default: standard output).")
    Path output;

    @Mixin
    BiasOptions bias;

    @Override
    public Integer call() {
        Function<Document, Extraction> extractor = parent.resources().extraction(bias.toBias());
        PrintWriter err = spec.commandLine().getErr();
        ProblemLog problems = new ProblemLog("link", err);
        List<ReportedEvent> events = new ArrayList<>();
        DocumentReader reader = input.reader(problems);
        GuardedExtraction guarded = new GuardedExtraction(extractor, problems);
        try {
            reader.read(input.all(), System.in, doc -> {
                Extraction extraction = guarded.extract(doc);
                if (extraction != null) {
                    events.addAll(IncidentLinker.reportedEvents(doc, extraction));
                }
            });
        } catch (UncheckedIOException e) {
            throw new CommandFailure(e.getMessage() + ": " + e.getCause().getMessage(), e);
        }
        List<Incident> incidents = new IncidentLinker().link(events);
        Output target = Output.open(output, spec.commandLine().getOut());
        try (target) {
            Writer out = target.writer();
            for (Incident incident : incidents) {
                out.write(JSON.writeValueAsString(toNode(incident)));
                out.write('\n');
            }
        } catch (IOException e) {
            throw new CommandFailure("could not write " + target.name() + ": " + Output.reason(e), e);
        }
        return problems.exitCode();
    }

    static ObjectNode toNode(Incident incident) {
        return IncidentJson.node(IncidentSummary.of(incident), null);
    }
}
