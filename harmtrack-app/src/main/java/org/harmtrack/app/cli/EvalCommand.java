package org.harmtrack.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.harmtrack.app.eval.IncidentScorer;
import org.harmtrack.app.eval.RecordScorer;
import org.harmtrack.app.eval.Tally;
import org.harmtrack.app.ingest.DocumentReader;
import org.harmtrack.app.ingest.GuardedExtraction;
import org.harmtrack.app.ingest.InputProblem;
import org.harmtrack.app.ingest.ProblemLog;
import org.harmtrack.app.output.ExtractionJson;
import org.harmtrack.model.Document;
import org.harmtrack.model.Extraction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code harmtrack eval GOLD.jsonl}: scores the extractor (or a given prediction file) on a user's own labelled
 * records and prints one row per metric, so that a team can check harmtrack on its own material before trusting it.
 * The gold format and the metrics are in the README ("Checking harmtrack on your own records").
 */
@Command(name = "eval", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Score the extractor on your own labelled records (gold JSON Lines, format in the README).",
                "Each record's text is extracted as 'extract' does (the extractor never reads the gold); see --metrics.",
                "Prints one row per metric: the share right and the number of records it covers."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:scored", "1:scored, but some records were bad and skipped (see standard error)",
                "2:usage error", "3:failed (gold file unreadable)"})
public final class EvalCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    @ParentCommand
    HarmtrackCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "GOLD.jsonl", description = "Labelled records: id, text, optional published, gold.events.")
    Path gold;

    @Option(names = "--predictions", paramLabel = "FILE",
            description = "Score this extract-contract output (another system's, or an earlier run) instead of running the extractor.")
    Path predictions;

    @Option(names = "--save", paramLabel = "FILE", description = "Also write the extractor's output here (the extract contract).")
    Path save;

    @Option(names = "--metrics", paramLabel = "KIND", defaultValue = "auto",
            description = {"records: each record tells of one incident; its primary event is scored against its first gold event.",
                    "incidents: each record may tell of several; every gold event is matched to a predicted one by date and place.",
                    "auto (default): incidents when some record has two or more gold events, else records."})
    String metrics;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table (default) or json: {metric: [score, records]}.")
    String format;

    @Mixin
    BiasOptions bias;

    @Override
    public Integer call() throws IOException {
        if (!format.equals("table") && !format.equals("json")) {
            throw Usage.bad(spec, "--format", "is table or json, not '" + format + "'");
        }
        if (!List.of("auto", "records", "incidents").contains(metrics)) {
            throw Usage.bad(spec, "--metrics", "is auto, records or incidents, not '" + metrics + "'");
        }
        if (predictions != null && save != null) {
            throw Usage.bad(spec, "--save", "writes the extractor's output, which --predictions replaces");
        }
        PrintWriter err = spec.commandLine().getErr();
        ProblemLog problems = new ProblemLog("eval", err);
        List<JsonNode> records = readJsonLines(gold, problems);
        Map<String, JsonNode> predicted = predictions != null ? byId(readJsonLines(predictions, problems)) : extract(problems);
        boolean byIncident = metrics.equals("incidents") || metrics.equals("auto")
                && records.stream().anyMatch(r -> r.path("gold").path("events").size() > 1);
        Map<String, Tally.Metric> scores;
        if (byIncident) {
            IncidentScorer scorer = new IncidentScorer();
            records.forEach(r -> scorer.add(r, predicted.get(r.path("id").asText())));
            scores = scorer.metrics();
        } else {
            RecordScorer scorer = new RecordScorer();
            records.forEach(r -> scorer.add(r, predicted.get(r.path("id").asText())));
            scores = scorer.metrics();
        }
        print(scores);
        err.println("harmtrack eval: " + records.size() + " records of " + gold + " scored by "
                + (byIncident ? "incident" : "record") + ", against "
                + (predictions != null ? predictions : "the extractor's output"));
        err.flush();
        return problems.exitCode();
    }

    private Map<String, JsonNode> extract(ProblemLog problems) throws IOException {
        Function<Document, Extraction> extractor = parent.resources().extraction(bias.toBias());
        GuardedExtraction guarded = new GuardedExtraction(extractor, problems);
        Map<String, JsonNode> out = new HashMap<>();
        List<String> lines = new ArrayList<>();
        try (InputStream in = Files.newInputStream(gold)) {
            new DocumentReader(problems).readJsonLines(gold.toString(), in, doc -> {
                Extraction extraction = guarded.extract(doc);
                if (extraction != null) {
                    ObjectNode node = ExtractionJson.toNode(extraction);
                    out.put(doc.id(), node);
                    lines.add(ExtractionJson.line(extraction));
                }
            });
        } catch (UncheckedIOException e) {
            throw new CommandFailure("could not read " + gold + ": " + e.getCause().getMessage(), e);
        }
        if (save != null) {
            try {
                Files.write(save, lines, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new CommandFailure("could not write " + save + ": " + Output.reason(e), e);
            }
        }
        return out;
    }

    /** The JSON objects of a JSON Lines file; a line that is not one is named on standard error and skipped. */
    private static List<JsonNode> readJsonLines(Path file, ProblemLog problems) {
        List<JsonNode> out = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int number = 0;
            while ((line = in.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    JsonNode node = JSON.readTree(line);
                    if (!node.isObject() || !node.path("id").isValueNode()) {
                        problems.accept(new InputProblem(file + ":" + number,
                                "not a JSON object with an id"));
                    } else {
                        out.add(node);
                    }
                } catch (IOException e) {
                    problems.accept(new InputProblem(file + ":" + number, "not JSON: "
                            + e.getMessage().lines().findFirst().orElse("")));
                }
            }
        } catch (IOException e) {
            throw new CommandFailure("could not read " + file + ": " + Output.reason(e), e);
        }
        return out;
    }

    private static Map<String, JsonNode> byId(List<JsonNode> nodes) {
        Map<String, JsonNode> out = new HashMap<>();
        nodes.forEach(n -> out.put(n.path("id").asText(), n));
        return out;
    }

    private void print(Map<String, Tally.Metric> metrics) throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (format.equals("json")) {
            ObjectNode n = JSON.createObjectNode();
            metrics.values().forEach(m -> n.putArray(m.name()).add(m.value()).add(m.covered()));
            out.println(JSON.writeValueAsString(n));
        } else {
            for (Tally.Metric m : metrics.values()) {
                out.printf("%-28s %7s  (n=%d)%n", m.name(), m.formatted(), m.covered());
            }
        }
        out.flush();
    }
}
