package org.harmtrack.app.bench;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.harmtrack.app.cli.BiasOptions;
import org.harmtrack.app.cli.CommandFailure;
import org.harmtrack.app.cli.HarmtrackCommand;
import org.harmtrack.app.ingest.DocumentReader;
import org.harmtrack.app.ingest.ProblemLog;
import org.harmtrack.app.output.Sizes;
import org.harmtrack.extract.IncidentExtractor;
import org.harmtrack.model.Document;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code harmtrack bench}: extraction throughput on one thread, JVM start excluded. Loads the gazetteer, reads all
 * documents into memory, runs warm-up passes, then timed passes of the extractor over all of them. The project's
 * throughput figures come from this command.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Measure extraction throughput on one thread, JVM start excluded. Nothing is stored.",
                "Reports the gazetteer's load time and the heap used after it; for each timed pass MB/s "
                        + "(10^6 bytes of UTF-8 text per second) and documents/s, and their median; and the peak heap used."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:measured", "1:measured, but some inputs were bad and skipped", "2:usage error",
                "3:failed (no document to measure)"})
public final class BenchCommand implements Callable<Integer> {
    @ParentCommand
    HarmtrackCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = {"-i", "--input"}, paramLabel = "FILE", arity = "1..*", required = true,
            description = "Documents to extract (JSON Lines, text files or folders, as for extract). Repeatable.")
    List<Path> inputs = new ArrayList<>();

    @Option(names = "--repeat", paramLabel = "N", defaultValue = "3", description = "Timed passes (default: ${DEFAULT-VALUE}).")
    int repeat;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "1", description = "Untimed passes first (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--stage", paramLabel = "STAGE", defaultValue = "extract",
            description = "What to time: extract (the whole extractor, default) or places (sentence splitting and the "
                    + "geoparser alone; the events column then counts place names found).")
    String stage;

    @Option(names = "--json", description = "Print the results as one JSON object instead of a table.")
    boolean json;

    @Mixin
    BiasOptions bias;

    @Override
    public Integer call() throws InterruptedException {
        if (repeat < 1) {
            throw new ParameterException(spec.commandLine(), "--repeat must be at least 1, not " + repeat);
        }
        if (!stage.equals("extract") && !stage.equals("places")) {
            throw new ParameterException(spec.commandLine(), "--stage takes extract or places, not '" + stage + "'");
        }
        if (warmup < 0) {
            throw new ParameterException(spec.commandLine(), "--warmup must not be negative, not " + warmup);
        }
        PrintWriter err = spec.commandLine().getErr();
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        try (HeapSampler sampler = HeapSampler.start(memory)) {
            long loadStart = System.nanoTime();
            parent.resources().gazetteer();
            long loadMillis = (System.nanoTime() - loadStart) / 1_000_000;
            System.gc();
            Runtime rt = Runtime.getRuntime();
            long heapAfterLoad = rt.totalMemory() - rt.freeMemory();
            IncidentExtractor extractor = parent.resources().extractor(bias.toBias());

            List<Document> docs = new ArrayList<>();
            ProblemLog problems = new ProblemLog("bench", err);
            new DocumentReader(problems).read(inputs, System.in, docs::add);
            if (docs.isEmpty()) {
                throw new CommandFailure("no document to measure in " + inputs);
            }
            long bytes = docs.stream().mapToLong(d -> Sizes.utf8Length(d.text())).sum();

            java.util.function.ToLongFunction<List<Document>> work = stage.equals("places")
                    ? placesPass(new org.harmtrack.gazetteer.Geoparser(parent.resources().gazetteer()), bias.toBias())
                    : d -> pass(extractor, d);
            for (int i = 0; i < warmup; i++) {
                work.applyAsLong(docs);
            }
            List<BenchReport.Pass> passes = new ArrayList<>();
            for (int i = 0; i < repeat; i++) {
                long start = System.nanoTime();
                long events = work.applyAsLong(docs);
                passes.add(new BenchReport.Pass((System.nanoTime() - start) / 1e9, events));
            }
            sampler.sample();
            BenchReport report = new BenchReport(docs.size(), bytes, loadMillis, heapAfterLoad, warmup, passes,
                    sampler.peak(), memory.getHeapMemoryUsage().getMax());
            PrintWriter out = spec.commandLine().getOut();
            out.print(json ? report.toJson() + "\n" : report.toTable());
            out.flush();
            return problems.exitCode();
        }
    }

    /** A pass of the place matcher alone: sentences, then the geoparser; returns the place names found. */
    private static java.util.function.ToLongFunction<List<Document>> placesPass(
            org.harmtrack.gazetteer.Geoparser geoparser, org.harmtrack.gazetteer.GeoBias geoBias) {
        org.harmtrack.text.TextSplitter splitter = new org.harmtrack.text.TextSplitter();
        return docs -> {
            long mentions = 0;
            for (Document doc : docs) {
                mentions += geoparser.parse(splitter.split(doc.text()), List.of(), geoBias).mentions().size();
            }
            return mentions;
        };
    }

    /** One pass over every document; returns the events found, so the work cannot be optimised away. */
    private static long pass(IncidentExtractor extractor, List<Document> docs) {
        long events = 0;
        for (Document doc : docs) {
            events += extractor.extract(doc).events().size();
        }
        return events;
    }
}
