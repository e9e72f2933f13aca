package org.harmtrack.spark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.sql.SparkSession;
import org.harmtrack.app.Main;
import org.harmtrack.app.bench.IngestBenchCommand;
import org.harmtrack.app.ingest.DocumentReader;
import org.harmtrack.model.Document;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code harmtrack bench-spark}: the Spark job's throughput on a generated corpus of news pages in gzipped WARC
 * files (the demo reports in a site's boilerplate, each round of them moved on by a year, up to twenty, and two
 * weeks, so that the corpus tells of many strikes on many days), once per master ({@code local[1]},
 * {@code local[2]}, ...), each in a fresh JVM: wall time from session start to the last table written, MB/s of HTML,
 * documents/s, the peak heap used by the JVM (in local mode the driver and the executor are one JVM), and the
 * scaling efficiency of each master against the first.
 */
@Command(name = "harmtrack bench-spark", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Measure the Spark job's throughput on a generated corpus, once per master, each in a fresh JVM.")
public final class SparkBench implements Callable<Integer> {
    private static final Pattern YEAR = Pattern.compile("\\b(19[5-9]\\d|20[0-4]\\d)\\b");

    @Option(names = "--mb", paramLabel = "MB", defaultValue = "200", description = "MB of HTML to generate"
            + " (default: ${DEFAULT-VALUE}).")
    int megabytes;

    @Option(names = "--files", paramLabel = "N", defaultValue = "40", description = "WARC files (default: ${DEFAULT-VALUE}).")
    int files;

    @Option(names = "--masters", paramLabel = "M", split = ";", defaultValue = "local[1];local[2]",
            description = "Masters to measure, separated by ';' (default: ${DEFAULT-VALUE}).")
    List<String> masters;

    @Option(names = "--work", paramLabel = "DIR", description = "Folder for the corpus and the output (default: a"
            + " temporary one, deleted after).")
    Path work;

    @Option(names = "--heap", paramLabel = "SIZE", defaultValue = "4g", description = "-Xmx of each run (default: ${DEFAULT-VALUE}).")
    String heap;

    @Option(names = "--run", hidden = true)
    String runMaster;

    @Option(names = "--corpus", hidden = true)
    Path corpus;

    @Override
    public Integer call() throws Exception {
        if (runMaster != null) {
            return runOnce();
        }
        boolean temporary = work == null;
        Path dir = temporary ? Files.createTempDirectory("harmtrack-bench-spark") : Files.createDirectories(work);
        try {
            Path pages = dir.resolve("corpus");
            long[] written = generate(pages);
            System.out.printf(Locale.ROOT, "%,d pages, %.1f MB of HTML in %d gzipped WARC files (%.1f MB), %d cores%n",
                    written[0], written[1] / 1e6, files, written[2] / 1e6, Runtime.getRuntime().availableProcessors());
            double firstRate = 0;
            int firstCores = 0;
            for (String master : masters) {
                String[] result = child(master, pages, dir.resolve("out-" + master.replaceAll("\\W", "")));
                double seconds = Double.parseDouble(result[0]);
                long peak = Long.parseLong(result[1]);
                double rate = written[1] / 1e6 / seconds;
                int cores = cores(master);
                String efficiency = "";
                if (firstRate == 0) {
                    firstRate = rate;
                    firstCores = cores;
                } else {
                    efficiency = String.format(Locale.ROOT, "; scaling efficiency %.0f%% of %s", 100 * rate / firstRate
                            * firstCores / cores, masters.get(0));
                }
                double cpu = Double.parseDouble(result[5]);
                System.out.printf(Locale.ROOT, "  %-9s %,d documents, %,d events, %,d incidents in %.1f s: %.2f MB/s"
                                + " of HTML (%.2f per core), %.0f documents/s; process CPU %.0f s (%.2f MB of HTML a"
                                + " CPU-second); peak heap used %,d MB%s%n", master,
                        Long.parseLong(result[2]), Long.parseLong(result[3]), Long.parseLong(result[4]), seconds, rate,
                        rate / cores, Long.parseLong(result[2]) / seconds, cpu, written[1] / 1e6 / cpu, peak >> 20,
                        efficiency);
                System.out.flush();
            }
        } finally {
            if (temporary) {
                org.harmtrack.app.bench.Folders.deleteTree(dir);
            }
        }
        return 0;
    }

    private static int cores(String master) {
        Matcher m = Pattern.compile("local\\[(\\d+)]").matcher(master);
        return m.matches() ? Integer.parseInt(m.group(1)) : Runtime.getRuntime().availableProcessors();
    }

    /** Writes the corpus; returns pages, bytes of HTML, bytes on disk. */
    private long[] generate(Path pages) throws IOException {
        Files.createDirectories(pages);
        List<Document> demo = new ArrayList<>();
        try (InputStream in = Main.class.getResourceAsStream("/org/harmtrack/demo/reports.jsonl")) {
            new DocumentReader(p -> { }).readJsonLines("demo", in, demo::add);
        }
        long target = megabytes * 1_000_000L;
        long html = 0;
        long n = 0;
        List<WarcWriter> writers = new ArrayList<>();
        try {
            for (int f = 0; f < files; f++) {
                writers.add(new WarcWriter(pages.resolve(String.format(Locale.ROOT, "news-%03d.warc.gz", f))));
            }
            while (html < target) {
                Document d = demo.get((int) (n % demo.size()));
                int shift = (int) (n / demo.size() % 20);
                Document moved = new Document(d.id(), moveYears(d.text(), shift), d.published().plusYears(shift),
                        moveYears(d.title(), shift), d.url(), d.publisher());
                byte[] page = IngestBenchCommand.page(moved, (int) n).getBytes(StandardCharsets.UTF_8);
                html += page.length;
                writers.get((int) (n % files)).write(new WarcResponse.Builder(URI.create("https://bench.example/" + n))
                        .date(Instant.parse("2024-01-01T00:00:00Z")).body(new HttpResponse.Builder(200, "OK")
                                .body(MediaType.parse("text/html; charset=utf-8"), page).build()).build());
                n++;
            }
        } finally {
            for (WarcWriter w : writers) {
                w.close();
            }
        }
        long disk = 0;
        try (var list = Files.list(pages)) {
            for (Path p : list.toList()) {
                disk += Files.size(p);
            }
        }
        return new long[]{n, html, disk};
    }

    private static String moveYears(String text, int shift) {
        if (text == null || shift == 0) {
            return text;
        }
        return YEAR.matcher(text).replaceAll(m -> String.valueOf(Integer.parseInt(m.group()) + shift));
    }

    /** Runs one master in a fresh JVM; returns seconds, peak heap, documents, events, incidents. */
    private String[] child(String master, Path pages, Path out) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx" + heap);
        command.add("-XX:+UseParallelGC");
        for (String arg : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (arg.startsWith("--add-opens") || arg.startsWith("-Djdk.reflect") || arg.startsWith("-XX:+Ignore")) {
                command.add(arg);
            }
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), SparkBench.class.getName(),
                "--run", master, "--corpus", pages.toString(), "--work", out.toString()));
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String result = null;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.startsWith("RESULT ")) {
                    result = line.substring(7);
                }
            }
        }
        if (p.waitFor() != 0 || result == null) {
            throw new IllegalStateException("the run on " + master + " failed (exit " + p.exitValue() + ")");
        }
        return result.split(" ");
    }

    /** One measured run, in this JVM. */
    private int runOnce() throws Exception {
        long[] peak = {0};
        Thread sampler = new Thread(() -> {
            var memory = ManagementFactory.getMemoryMXBean();
            while (!Thread.currentThread().isInterrupted()) {
                peak[0] = Math.max(peak[0], memory.getHeapMemoryUsage().getUsed());
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
        long start = System.nanoTime();
        SparkSession spark = HarmtrackJob.configure(SparkSession.builder().master(runMaster).appName("harmtrack-bench")
                .config("spark.ui.enabled", "false")).getOrCreate();
        spark.sparkContext().setLogLevel("WARN");
        HarmtrackJob.Summary s;
        try {
            s = HarmtrackJob.run(spark, new HarmtrackJob.Options(List.of(corpus.toString()), work.toString(), null,
                    30), new PrintWriter(new StringWriter()));
        } finally {
            spark.stop();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        sampler.interrupt();
        long cpu = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
        System.out.printf(Locale.ROOT, "RESULT %.2f %d %d %d %d %.1f%n", seconds, peak[0], s.documents(), s.events(),
                s.incidents(), cpu / 1e9);
        return 0;
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new SparkBench()).execute(args));
    }
}
