package org.harmtrack.app.bench;

import java.io.PrintWriter;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.harmtrack.app.cli.Databases;
import org.harmtrack.app.cli.ExitCodes;
import org.harmtrack.app.cli.HarmtrackCommand;
import org.harmtrack.app.cli.ProgressLine;
import org.harmtrack.app.cli.ServeCommand;
import org.harmtrack.app.cli.Usage;
import org.harmtrack.app.ingest.IngestSummary;
import org.harmtrack.app.ingest.Ingester;
import org.harmtrack.app.web.ApiServer;
import org.harmtrack.gazetteer.GeoBias;
import org.harmtrack.model.Document;
import org.harmtrack.store.IncidentQuery;
import org.harmtrack.store.IncidentStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code harmtrack bench-strike}: what one heavily reported strike costs. Ingests N reports of one strike (each
 * worded a little differently) through the path of {@code harmtrack ingest} into a fresh embedded store, for each
 * N asked; then, with the largest, adds a synthetic corpus around it, serves the store on loopback and times the
 * list page holding that incident and the incident itself, one request at a time and under a concurrent load.
 */
@Command(name = "bench-strike", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Measure ingest and page latency for N reports of one strike (default 100 to 1,600).",
                "Ingest time for 100, 400, 800 and 1,600 reports of one strike, then the latency of the list page"
                        + " holding that incident and of the incident itself, alone and under load."},
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {"0:measured", "2:usage error", "3:failed"})
public final class StrikeBenchCommand implements Callable<Integer> {
    private static final String[] VERBS = {"struck", "hit", "bombed", "targeted"};
    private static final String[] TELLERS = {"the civil defence said", "medics said", "a monitoring group said",
            "residents said", "local officials said"};

    @ParentCommand
    HarmtrackCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--reports", paramLabel = "N", split = ",", defaultValue = "100,400,800,1600",
            description = "Report counts to ingest, each into a fresh store (default: ${DEFAULT-VALUE}).")
    int[] counts;

    @Option(names = "--around", paramLabel = "N", defaultValue = "20000",
            description = "Synthetic reports of other incidents loaded beside the largest (default: ${DEFAULT-VALUE}).")
    int around;

    @Option(names = "--requests", paramLabel = "N", defaultValue = "200",
            description = "Timed requests per kind, one at a time (default: ${DEFAULT-VALUE}).")
    int requests;

    @Option(names = "--clients", paramLabel = "N", defaultValue = "4",
            description = "Concurrent clients in the load run (default: ${DEFAULT-VALUE}).")
    int clients;

    @Override
    public Integer call() throws Exception {
        if (counts.length == 0 || Arrays.stream(counts).anyMatch(n -> n < 1) || around < 0 || requests < 10
                || clients < 1) {
            throw Usage.bad(spec, "--reports/--around/--requests/--clients", "must be positive (requests at least 10)");
        }
        PrintWriter out = spec.commandLine().getOut();
        Path work = Files.createTempDirectory("harmtrack-bench-strike");
        try {
            int largest = Arrays.stream(counts).max().orElseThrow();
            try (IncidentStore warmUp = Databases.openOrCreate(work.resolve("warm-up"))) { // JIT, not timed
                Ingester.run(warmUp, parent.resources().extractor(GeoBias.NONE), "bench-strike",
                        ProgressLine.off(spec.commandLine().getErr()), ingester -> reports(200).forEach(ingester::accept));
            }
            for (int n : counts) {
                Path db = work.resolve("db-" + n);
                long start = System.nanoTime();
                IngestSummary summary;
                try (IncidentStore store = Databases.openOrCreate(db)) {
                    summary = Ingester.run(store, parent.resources().extractor(GeoBias.NONE), "bench-strike",
                            ProgressLine.off(spec.commandLine().getErr()),
                            ingester -> reports(n).forEach(ingester::accept));
                    double seconds = (System.nanoTime() - start) / 1e9;
                    out.printf(Locale.ROOT, "%,6d reports of one strike: ingested in %.1f s (%.0f reports/s), %d"
                            + " stored, %d incident(s)%n", n, seconds, n / seconds, summary.stored(),
                            store.linkedIncidentCount());
                    out.flush();
                    if (n == largest) {
                        serveAndMeasure(out, store);
                    }
                }
            }
        } finally {
            Folders.deleteTree(work);
        }
        return ExitCodes.OK;
    }

    /** N reports of one air strike on Saraqib, told by different desks in slightly different words. */
    static List<Document> reports(int n) {
        Random random = new Random(n);
        List<Document> docs = new ArrayList<>(n);
        LocalDate published = LocalDate.of(2021, 5, 5);
        for (int i = 0; i < n; i++) {
            String text = "An air strike " + VERBS[random.nextInt(VERBS.length)] + " a market in Saraqib on 4 May"
                    + " 2021, killing 9 people, " + TELLERS[random.nextInt(TELLERS.length)] + ". Desk "
                    + random.nextInt(1000) + " filed this as report " + i + " of the day.";
            docs.add(new Document("strike-" + i, text, published, "Market strike in Saraqib (" + i + ")", null, null));
        }
        return docs;
    }

    private void serveAndMeasure(PrintWriter out, IncidentStore store) throws Exception {
        SyntheticCorpus corpus = new SyntheticCorpus(around, 42);
        for (int from = 0; from < around; from += 5000) {
            SyntheticCorpus.Batch b = corpus.batch(from, 5000);
            store.ingestAll(b.documents(), b.extractions());
        }
        String big = store.linkedIncidents(IncidentQuery.all()
                .withFrom(LocalDate.of(2021, 5, 4)).withTo(LocalDate.of(2021, 5, 4)).withMinKilled(9L))
                .stream().max(java.util.Comparator.comparingInt(i -> i.reports().size())).orElseThrow().id();
        out.printf(Locale.ROOT, "store: %,d articles, %,d incidents; the strike's incident %s%n", store.articleCount(),
                store.linkedIncidentCount(), big);
        try (ApiServer server = new ApiServer(store, parent.resources().extractor(GeoBias.NONE),
                parent.resources().gazetteer(), null, ServeCommand.version())) {
            String base = "http://127.0.0.1:" + server.start("127.0.0.1", 0);
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            Supplier<String> page = () -> base + "/api/incidents?from=2021-04-01&to=2021-06-30&size=50";
            Supplier<String> one = () -> base + "/api/incidents/" + big;
            out.println("latency, one request at a time after warm-up (ms):");
            ApiBenchCommand.report(out, "list page holding the incident (50 a page)", ApiBenchCommand.time(http, page,
                    requests));
            ApiBenchCommand.report(out, "the incident (first 20 of its reports)", ApiBenchCommand.time(http, one,
                    requests));
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            try {
                List<Future<double[]>> load = new ArrayList<>();
                for (int c = 0; c < clients; c++) {
                    load.add(pool.submit(() -> ApiBenchCommand.time(http, page, requests)));
                }
                double[] all = new double[0];
                for (Future<double[]> f : load) {
                    double[] some = f.get();
                    int at = all.length;
                    all = Arrays.copyOf(all, at + some.length);
                    System.arraycopy(some, 0, all, at, some.length);
                }
                Arrays.sort(all);
                ApiBenchCommand.report(out, "list page under load (" + clients + " clients at once)", all);
            } finally {
                pool.shutdown();
            }
        }
        out.flush();
    }
}
