package org.harmtrack.app.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.harmtrack.app.cli.Databases;
import org.harmtrack.app.cli.ExitCodes;
import org.harmtrack.app.cli.HarmtrackCommand;
import org.harmtrack.app.cli.ServeCommand;
import org.harmtrack.app.cli.Usage;
import org.harmtrack.app.web.ApiServer;
import org.harmtrack.gazetteer.GeoBias;
import org.harmtrack.store.IncidentStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code harmtrack bench-api}: API latency and throughput at scale. Loads a synthetic corpus into a fresh embedded
 * store, serves it on loopback, then times, one request at a time, a filtered page, one incident and an export of
 * 10,000 rows (p50/p95/max), and runs a load of concurrent clients for a set time (requests per second, errors).
 */
@Command(name = "bench-api", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Measure the HTTP API's latency and throughput on a synthetic store, on loopback.",
                "Latency of a filtered page, one incident and an export of 10,000 rows, then a load run. The store is"
                        + " built in a temporary folder (--db to keep it) from reproducible synthetic reports (one"
                        + " event each, ten years, six countries)."},
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {"0:measured", "2:usage error", "3:failed"})
public final class ApiBenchCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    @ParentCommand
    HarmtrackCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--reports", paramLabel = "N", defaultValue = "100000",
            description = "Synthetic reports to load (default: ${DEFAULT-VALUE}).")
    int reports;

    @Option(names = "--requests", paramLabel = "N", defaultValue = "300",
            description = "Timed requests per kind, after warm-up (default: ${DEFAULT-VALUE}; exports: a tenth).")
    int requests;

    @Option(names = "--duration", paramLabel = "SECONDS", defaultValue = "60",
            description = "Length of the load run (default: ${DEFAULT-VALUE}).")
    int duration;

    @Option(names = "--clients", paramLabel = "N", defaultValue = "4",
            description = "Concurrent clients in the load run (default: ${DEFAULT-VALUE}).")
    int clients;

    @Option(names = "--db", paramLabel = "DIR", description = "Build (or reuse) the store here and keep it.")
    Path db;

    @Override
    public Integer call() throws Exception {
        if (reports < 1 || requests < 10 || duration < 1 || clients < 1) {
            throw Usage.bad(spec, "--reports/--requests/--duration/--clients",
                    "must be positive (requests at least 10)");
        }
        PrintWriter out = spec.commandLine().getOut();
        Path folder = db != null ? db : Files.createTempDirectory("harmtrack-bench-api");
        try (IncidentStore store = Databases.openOrCreate(folder)) {
            if (store.articleCount() < reports) {
                long start = System.nanoTime();
                SyntheticCorpus corpus = new SyntheticCorpus(reports, 42);
                for (int from = 0; from < reports; from += 5000) {
                    SyntheticCorpus.Batch b = corpus.batch(from, 5000);
                    store.ingestAll(b.documents(), b.extractions());
                }
                out.printf(Locale.ROOT, "loaded %,d reports in %.1f s (ingestAll in batches of 5,000, linking"
                        + " included)%n", reports, (System.nanoTime() - start) / 1e9);
            }
            out.printf(Locale.ROOT, "store: %,d articles, %,d incidents%n", store.articleCount(),
                    store.linkedIncidentCount());
            out.flush();
            try (ApiServer server = new ApiServer(store, parent.resources().extractor(GeoBias.NONE),
                    parent.resources().gazetteer(), null, ServeCommand.version())) {
                int port = server.start("127.0.0.1", 0);
                measure(out, "http://127.0.0.1:" + port);
            }
        } finally {
            if (db == null) {
                Folders.deleteTree(folder);
            }
        }
        return ExitCodes.OK;
    }

    private void measure(PrintWriter out, String base) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        Random random = new Random(7);
        String[] countries = {"SY", "IQ", "YE", "AF", "PK", "PS"};
        List<String> ids = new ArrayList<>();
        for (JsonNode i : JSON.readTree(get(http, base + "/api/incidents?size=500&sort=-killed").body()).get("items")) {
            ids.add(i.get("incident_id").asText());
        }
        java.util.function.Supplier<String> page = () -> {
            int year = 2012 + random.nextInt(9);
            return base + "/api/incidents?country=" + countries[random.nextInt(countries.length)] + "&from=" + year
                    + "-01-01&to=" + (year + random.nextInt(3)) + "-12-31&min_killed=" + random.nextInt(10)
                    + "&size=50&page=" + (1 + random.nextInt(5));
        };
        java.util.function.Supplier<String> one = () -> base + "/api/incidents/"
                + ids.get(random.nextInt(ids.size()));
        java.util.function.Supplier<String> export = () -> base + "/api/export?format=csv&size=10000&country="
                + countries[random.nextInt(countries.length)];
        out.println("latency, one request at a time after warm-up (ms):");
        report(out, "filtered page (50 of a country, years, min killed)", time(http, page, requests));
        report(out, "one incident with claims and reports", time(http, one, requests));
        report(out, "export of 10,000 incidents as CSV", time(http, export, Math.max(10, requests / 10)));
        out.flush();

        AtomicLong done = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        long end = System.nanoTime() + duration * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> running = new ArrayList<>();
        long[] perSecond = new long[duration + 1];
        long t0 = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            Random r = new Random(100 + c);
            running.add(pool.submit(() -> {
                while (System.nanoTime() < end) {
                    String url = r.nextInt(10) < 7 ? page.get() : one.get();
                    try {
                        if (get(http, url).statusCode() != 200) {
                            errors.incrementAndGet();
                        }
                    } catch (IOException | InterruptedException e) {
                        errors.incrementAndGet();
                    }
                    done.incrementAndGet();
                    int second = (int) ((System.nanoTime() - t0) / 1_000_000_000L);
                    synchronized (perSecond) {
                        perSecond[Math.min(duration, second)]++;
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : running) {
            f.get();
        }
        pool.shutdown();
        double seconds = (System.nanoTime() - t0) / 1e9;
        long[] full = Arrays.copyOf(perSecond, duration);
        Arrays.sort(full);
        out.printf(Locale.ROOT, "load: %d clients for %.0f s (70%% filtered pages, 30%% incidents): %,d requests,"
                + " %.0f requests/s; slowest second %d, fastest %d; errors %d%n", clients, seconds, done.get(),
                done.get() / seconds, full[0], full[full.length - 1], errors.get());
        out.flush();
    }

    static HttpResponse<String> get(HttpClient http, String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static double[] time(HttpClient http, java.util.function.Supplier<String> urls, int n) throws Exception {
        for (int i = 0; i < Math.max(5, n / 10); i++) {
            get(http, urls.get());
        }
        double[] ms = new double[n];
        for (int i = 0; i < n; i++) {
            String url = urls.get();
            long start = System.nanoTime();
            HttpResponse<String> r = get(http, url);
            ms[i] = (System.nanoTime() - start) / 1e6;
            if (r.statusCode() != 200) {
                throw new IllegalStateException(url + " answered " + r.statusCode() + ": " + r.body());
            }
        }
        Arrays.sort(ms);
        return ms;
    }

    static void report(PrintWriter out, String what, double[] sorted) {
        out.printf(Locale.ROOT, "  %-52s p50 %7.1f  p95 %7.1f  max %7.1f  (n=%d)%n", what,
                sorted[sorted.length / 2], sorted[(int) Math.ceil(sorted.length * 0.95) - 1],
                sorted[sorted.length - 1], sorted.length);
    }
}
