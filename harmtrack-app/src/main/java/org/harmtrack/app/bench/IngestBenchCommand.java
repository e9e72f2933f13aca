package org.harmtrack.app.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.harmtrack.app.Resources;
import org.harmtrack.app.cli.Databases;
import org.harmtrack.app.cli.ExitCodes;
import org.harmtrack.app.cli.HarmtrackCommand;
import org.harmtrack.app.cli.ProgressLine;
import org.harmtrack.app.cli.Usage;
import org.harmtrack.app.ingest.DocumentReader;
import org.harmtrack.app.ingest.IngestSummary;
import org.harmtrack.app.ingest.Ingester;
import org.harmtrack.app.ingest.LanguageGuard;
import org.harmtrack.gazetteer.GeoBias;
import org.harmtrack.model.Document;
import org.harmtrack.store.IncidentStore;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code harmtrack bench-ingest}: ingest throughput of web pages, as a folder of HTML files and as a WARC file,
 * through the same path as {@code harmtrack ingest} (page reading, language check, extraction on every core,
 * batched storing with linking and indexing), into fresh embedded stores.
 */
@Command(name = "bench-ingest", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Measure ingest throughput (articles/s, MB/s of HTML) of web pages and of a WARC file.",
                "The same pages in a folder and in a WARC file, written from the demo reports wrapped in a news site's"
                        + " boilerplate, each made distinct. Uses every core, as 'harmtrack ingest' does."},
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {"0:measured", "2:usage error", "3:failed"})
public final class IngestBenchCommand implements Callable<Integer> {
    @ParentCommand
    HarmtrackCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--pages", paramLabel = "N", defaultValue = "3000",
            description = "Pages to write and ingest (default: ${DEFAULT-VALUE}).")
    int pages;

    @Option(names = "--rounds", paramLabel = "N", defaultValue = "1",
            description = "Times to measure extraction alone and both ingests, one after the other; with more than one,"
                    + " the median share of extraction's rate is printed too, as single runs vary on a busy machine"
                    + " (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Override
    public Integer call() throws Exception {
        if (pages < 1) {
            throw Usage.bad(spec, "--pages", "must be at least 1, not " + pages);
        }
        if (rounds < 1) {
            throw Usage.bad(spec, "--rounds", "must be at least 1, not " + rounds);
        }
        PrintWriter out = spec.commandLine().getOut();
        Path work = Files.createTempDirectory("harmtrack-bench-ingest");
        try {
            List<Document> demo = new ArrayList<>();
            try (InputStream in = getClass().getResourceAsStream("/org/harmtrack/demo/reports.jsonl")) {
                new DocumentReader(p -> { }).readJsonLines("demo", in, demo::add);
            }
            Path folder = Files.createDirectories(work.resolve("pages"));
            Path warc = work.resolve("pages.warc.gz");
            long htmlBytes = 0;
            try (WarcWriter writer = new WarcWriter(warc)) {
                for (int i = 0; i < pages; i++) {
                    Document d = demo.get(i % demo.size());
                    byte[] html = page(d, i).getBytes(StandardCharsets.UTF_8);
                    htmlBytes += html.length;
                    Files.write(folder.resolve(String.format("page-%06d.html", i)), html);
                    writer.write(new WarcResponse.Builder(URI.create("https://bench.example/" + i))
                            .date(Instant.parse("2024-01-01T00:00:00Z")).body(new HttpResponse.Builder(200, "OK")
                                    .body(MediaType.parse("text/html; charset=utf-8"), html).build()).build());
                }
            }
            out.printf(Locale.ROOT, "%,d pages, %.1f MB of HTML, %d cores%n", pages, htmlBytes / 1e6,
                    Runtime.getRuntime().availableProcessors());
            warmUp(out, warc, work, htmlBytes);
            List<Double> folderShares = new ArrayList<>();
            List<Double> warcShares = new ArrayList<>();
            for (int round = 1; round <= rounds; round++) {
                if (rounds > 1) {
                    out.printf(Locale.ROOT, "round %d%n", round);
                }
                double extraction = extractOnly(warc, htmlBytes, out);
                folderShares.add(run(out, "folder of HTML", folder, work.resolve("db-folder-" + round), htmlBytes,
                        extraction));
                warcShares.add(run(out, "WARC (gzip)", warc, work.resolve("db-warc-" + round), htmlBytes, extraction));
            }
            if (rounds > 1) {
                out.printf(Locale.ROOT, "median share of extraction's rate over %d rounds: folder of HTML %.0f%%,"
                        + " WARC (gzip) %.0f%%%n", rounds, median(folderShares), median(warcShares));
            }
        } finally {
            Folders.deleteTree(work);
        }
        return ExitCodes.OK;
    }

    /**
     * Warms the JVM up (extraction, page reading and the store) until the JIT compiler is nearly idle, so that no
     * measure below pays for it: the optimising compiler works through the store's code (the database, the search
     * index, linking) for minutes, far longer than through extraction's, and a single warm-up round left it busy
     * on one of the two cores through the first measured rounds. At most {@value #MOST_WARM_UP_ROUNDS} rounds.
     */
    private void warmUp(PrintWriter out, Path warc, Path work, long htmlBytes) throws IOException {
        var compiler = ManagementFactory.getCompilationMXBean();
        boolean timed = compiler != null && compiler.isCompilationTimeMonitoringSupported();
        double compilingShare = 1;
        int round = 0;
        while (round < MOST_WARM_UP_ROUNDS && compilingShare > QUIET_COMPILER) {
            long compiled = timed ? compiler.getTotalCompilationTime() : 0;
            long start = System.nanoTime();
            extractOnly(warc, htmlBytes, null);
            Path db = work.resolve("db-warm-up-" + round);
            run(null, "warm-up", warc, db, htmlBytes, 1);
            Folders.deleteTree(db);
            double millis = (System.nanoTime() - start) / 1e6;
            compilingShare = timed ? (compiler.getTotalCompilationTime() - compiled) / millis : 0;
            round++;
        }
        out.printf(Locale.ROOT, "warm-up: %d round%s of extraction and ingest; the JIT compiler was busy %.0f%% of the"
                + " last one's time%n", round, round == 1 ? "" : "s", 100 * compilingShare);
    }

    /** Warm-up rounds at most. */
    private static final int MOST_WARM_UP_ROUNDS = 6;
    /** The share of a warm-up round's time the JIT compiler may spend compiling for the JVM to count as warm. */
    private static final double QUIET_COMPILER = 0.05;

    /**
     * Reads and extracts the pages on every core without storing them (page reading, language check, extraction:
     * what {@code ingest} does before the store, in the same order: pages parsed on the workers while the input is
     * read), and returns the MB/s of HTML; prints it when {@code out} is set.
     */
    private double extractOnly(Path input, long htmlBytes, PrintWriter out) {
        var extractor = parent.resources().extractor(GeoBias.NONE);
        LanguageGuard languages = LanguageGuard.shared();
        long start = System.nanoTime();
        long cpu = processCpuNanos();
        // as ingest does it: pages handed to the workers as they are read, parsed there (DocumentReader.withPages)
        var pool = new ForkJoinPool(Runtime.getRuntime().availableProcessors());
        List<Future<Integer>> extracted = new ArrayList<>();
        Function<Document, Integer> extract = d -> d == null
                || !languages.supported(languages.language(d.text())) ? 0
                : extractor.extract(d, Resources.DOCUMENT_BUDGET).events().size();
        long events = 0;
        try {
            new DocumentReader(p -> { })
                    .withPages(page -> extracted.add(pool.submit(() -> extract.apply(page.read(p -> { })))))
                    .read(List.of(input), System.in, doc -> extracted.add(pool.submit(() -> extract.apply(doc))));
            for (Future<Integer> f : extracted) {
                events += f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("extraction failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdown();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (processCpuNanos() - cpu) / 1e9;
        double rate = htmlBytes / 1e6 / seconds;
        if (out != null) {
            out.printf(Locale.ROOT, "  %-15s %,d articles read and extracted, not stored, in %.1f s (%.1f CPU-s): %.0f"
                    + " articles/s, %.2f MB/s of HTML (%,d events)%n", "extraction only", extracted.size(), seconds,
                    cpuSeconds, extracted.size() / seconds, rate, events);
            out.flush();
        }
        return rate;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /** Ingests the input into a fresh store; prints and returns its rate as a share (%) of extraction's. */
    private double run(PrintWriter out, String what, Path input, Path db, long htmlBytes, double extraction)
            throws IOException {
        long start = System.nanoTime();
        long cpu = processCpuNanos();
        IngestSummary summary;
        try (IncidentStore store = Databases.openOrCreate(db)) {
            summary = Ingester.run(store, parent.resources().extractor(GeoBias.NONE), "bench-ingest",
                    ProgressLine.off(spec.commandLine().getErr()),
                    ingester -> ingester.read(new DocumentReader(ingester::problem), List.of(input), System.in));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (processCpuNanos() - cpu) / 1e9;
        double share = 100 * htmlBytes / 1e6 / seconds / extraction;
        if (out == null) {
            return share;
        }
        out.printf(Locale.ROOT, "  %-15s %,d articles stored in %.1f s (%.1f CPU-s): %.0f articles/s, %.2f MB/s of HTML"
                + " (%,d events); %.0f%% of extraction's rate%n", what, summary.stored(), seconds, cpuSeconds,
                summary.stored() / seconds, htmlBytes / 1e6 / seconds, summary.events(),
                share);
        out.flush();
        return share;
    }

    /** The CPU time this process has used, all threads together (0 where the platform does not say). */
    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os ? Math.max(0, os.getProcessCpuTime()) : 0;
    }

    /**
     * A demo report as a news site's page, made distinct by its number and, for each round of the corpus, dated two
     * weeks later (so the copies are not all reports of the same days' strikes).
     */
    public static String page(Document d, int n) {
        StringBuilder paragraphs = new StringBuilder();
        for (String p : d.text().split("\\n\\s*\\n")) {
            paragraphs.append("<p>").append(escape(p.strip())).append("</p>\n");
        }
        paragraphs.append("<p>Report ").append(n).append(" of the benchmark series.</p>");
        return "<!doctype html><html><head><meta charset=\"utf-8\"><title>" + escape(d.title() == null ? d.id()
                : d.title()) + "</title><meta property=\"og:site_name\" content=\"Bench Courier\">"
                + (d.published() == null ? "" : "<meta property=\"article:published_time\" content=\""
                + d.published().plusWeeks(n / 35 * 2L) + "\">") + "</head><body><header><nav><a href=\"/\">Home</a> <a href=\"/world\">"
                + "World</a> <a href=\"/opinion\">Opinion</a></nav></header><div class=\"share-bar\">Share this"
                + " story</div><main><article><h1>" + escape(d.title() == null ? d.id() : d.title()) + "</h1>"
                + paragraphs + "</article><section class=\"related\"><h2>Related</h2><ul><li><a href=\"/a\">"
                + "Another story</a></li><li><a href=\"/b\">And another</a></li></ul></section></main><footer>"
                + "<p>Bench Courier, all rights reserved.</p></footer><script>window.analytics = {};</script>"
                + "</body></html>";
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
