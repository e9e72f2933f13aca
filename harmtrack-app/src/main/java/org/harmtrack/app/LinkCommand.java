package org.harmtrack.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.harmtrack.extract.IncidentExtractor;
import org.harmtrack.link.Incident;
import org.harmtrack.link.IncidentLinker;
import org.harmtrack.link.Reconciliation;
import org.harmtrack.link.ReportedEvent;
import org.harmtrack.model.Range;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code harmtrack link}: documents in, incidents out (which reports tell of one strike); stateless. */
@Command(name = "link", mixinStandardHelpOptions = true,
        description = {"Extract the events of documents and link the reports of one incident; stateless.",
                "Output: one JSON object per incident: incident_id, article_ids, killed, figures (per measure and",
                "category: the reconciled range, where its ends come from, every claim) and each report's event.",
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
        IncidentExtractor extractor = parent.resources().extractor(bias.toBias());
        PrintWriter err = spec.commandLine().getErr();
        ProblemLog problems = new ProblemLog("link", err);
        List<ReportedEvent> events = new ArrayList<>();
        DocumentReader reader = new DocumentReader(problems);
        try {
            reader.read(input.all(), System.in,
                    doc -> events.addAll(IncidentLinker.reportedEvents(doc, extractor.extract(doc))));
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
        ObjectNode node = JSON.createObjectNode();
        node.put("incident_id", incident.id());
        ArrayNode ids = node.putArray("article_ids");
        incident.articleIds().forEach(ids::add);
        Range killed = null;
        for (ReportedEvent e : incident.events()) {
            if (e.event().killed() != null) {
                killed = killed == null ? e.event().killed() : killed.hull(e.event().killed());
            }
        }
        if (killed != null) {
            // the span of what the reports' events say, lowest minimum to highest maximum
            node.putObject("killed").put("min", killed.min()).put("max", killed.max());
        }
        ArrayNode figures = node.putArray("figures");
        for (Reconciliation.Reconciled r : Reconciliation.reconcile(incident)) {
            ObjectNode f = figures.addObject();
            f.put("measure", r.measure().key()).put("category", r.category().key())
                    .put("min", r.range().min()).put("max", r.range().max()).put("explanation", r.explanation());
            ArrayNode claims = f.putArray("claims");
            for (Reconciliation.Claim c : r.claims()) {
                claims.addObject().put("article_id", c.articleId()).put("source", c.source())
                        .put("stance", c.stance().key()).put("min", c.count().min()).put("max", c.count().max());
            }
        }
        ArrayNode reports = node.putArray("reports");
        for (ReportedEvent e : incident.events()) {
            ObjectNode r = ExtractionJson.event(e.event());
            r.put("article_id", e.documentId());
            reports.add(r);
        }
        return node;
    }
}
