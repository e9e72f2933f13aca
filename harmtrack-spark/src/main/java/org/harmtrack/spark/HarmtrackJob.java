package org.harmtrack.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.harmtrack.link.Incident;
import org.harmtrack.link.ReportedEvent;
import scala.Tuple2;

/**
 * The batch job: input files on any Hadoop file system are read and extracted on the executors, written as Parquet
 * tables ({@link Tables}), linked into incidents by partitions of days ({@link LinkStage}) and, if a database is
 * given, loaded into a harmtrack store ({@link StoreLoad}). A bad file, record or document is named in the
 * summary's problems and skipped; it never fails the job.
 */
final class HarmtrackJob {
    /** Problems printed on standard error (all of them are in the {@code problems} table). */
    static final int PROBLEMS_SHOWN = 50;

    /**
     * @param inputs   files or folders (read recursively), as paths or URIs (file:, hdfs:, s3a:)
     * @param output   the folder the Parquet tables go to, as a path or URI
     * @param db       a store to load into (PostgreSQL JDBC URL or embedded folder), or null
     * @param linkDays days in a linking partition
     * @param loadAll  load every document into the store, not only those that tell of an event or an aggregate
     */
    record Options(List<String> inputs, String output, String db, int linkDays, boolean loadAll) {
        Options(List<String> inputs, String output, String db, int linkDays) {
            this(inputs, output, db, linkDays, true);
        }
    }

    /** What the job did. */
    record Summary(long files, long documents, long notExtracted, long events, long aggregates, long incidents,
                   Map<String, Long> problemsByInput, long bytes, double seconds, StoreLoad.Loaded loaded) {
        long problems() {
            return problemsByInput.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    private HarmtrackJob() {
    }

    /**
     * The settings every session of the job gets: local files written without forking a process per folder
     * ({@link ShellFreeLocalFileSystem}), and no web UI unless {@code spark.ui.enabled} is set.
     */
    static SparkSession.Builder configure(SparkSession.Builder builder) {
        builder.config("spark.hadoop.fs.file.impl", ShellFreeLocalFileSystem.class.getName())
                .config("spark.hadoop.fs.file.impl.disable.cache", "true");
        if (System.getProperty("spark.ui.enabled") == null) {
            builder.config("spark.ui.enabled", "false");
        }
        return builder;
    }

    static Summary run(SparkSession spark, Options o, PrintWriter err) throws IOException {
        long start = System.nanoTime();
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Configuration hadoop = jsc.hadoopConfiguration();
        hadoop.setBoolean("mapreduce.input.fileinputformat.input.dir.recursive", true);
        List<String> roots = new ArrayList<>();
        long bytes = 0;
        for (String input : o.inputs()) {
            Path path = new Path(input);
            FileSystem fs = path.getFileSystem(hadoop);
            if (!fs.exists(path)) {
                throw new IllegalArgumentException("no such input: " + input);
            }
            FileStatus status = fs.getFileStatus(path);
            bytes += fs.getContentSummary(path).getLength();
            String root = fs.makeQualified(path).toString();
            roots.add(status.isDirectory() ? (root.endsWith("/") ? root : root + "/") : root);
        }
        Broadcast<List<String>> rootsSeen = jsc.broadcast(roots);
        int slices = Math.max(1, jsc.defaultParallelism() * 4);
        JavaRDD<ExtractedDocument> read = jsc.binaryFiles(String.join(",", o.inputs()), slices).flatMap(file -> {
            String id = idOf(file._1(), rootsSeen.value());
            try (InputStream in = file._2().open()) {
                return FileDocuments.read(file._1(), id, in).iterator();
            } catch (IOException e) { // a file that cannot be opened or closed is named, never fails the job
                return List.of(ExtractedDocument.problem(file._1(), 0, "skipped " + file._1() + ": could not read: "
                        + e.getMessage())).iterator();
            }
        }).persist(StorageLevel.MEMORY_AND_DISK_SER());

        Progress progress = new Progress(err, start);
        progress.say("reading and extracting " + String.join(", ", o.inputs()));
        Map<String, Long> problemsByInput = new TreeMap<>(read.filter(d -> d.problem() != null)
                .map(ExtractedDocument::input).countByValue());
        List<String> shown = read.filter(d -> d.problem() != null).map(ExtractedDocument::problem)
                .take(PROBLEMS_SHOWN);
        shown.forEach(p -> err.println("harmtrack spark: " + p));
        // one version of each id: the last one read, as a later version replaces an earlier one in ingest
        JavaRDD<ExtractedDocument> docs = read.filter(ExtractedDocument::stored)
                .mapToPair(d -> new Tuple2<>(d.document().id(), d))
                .reduceByKey(HarmtrackJob::later).values()
                .persist(StorageLevel.MEMORY_AND_DISK()); // read by every table: kept as objects, not serialised
        long documents = docs.count();
        long files = read.map(ExtractedDocument::input).distinct().count();
        // a text too short to tell its language (null) is read, as in ingest
        long notExtracted = docs.filter(d -> d.language() != null
                && !org.harmtrack.app.ingest.LanguageGuard.SUPPORTED.contains(d.language())).count();

        Tables tables = new Tables(spark, o.output());
        progress.say(String.format(java.util.Locale.ROOT, "%,d documents read from %,d files; writing %s", documents,
                files, o.output()));
        tables.write("articles", docs.map(Tables::article), true);
        long events = tables.write("events", docs.flatMap(d -> Tables.events(d).iterator()), true);
        tables.write("figures", docs.flatMap(d -> Tables.figures(d).iterator()), true);
        long aggregates = tables.write("aggregates", docs.flatMap(d -> Tables.aggregates(d).iterator()), true);
        tables.write("problems", read.filter(d -> d.problem() != null).map(Tables::problem), false);

        progress.say("linking reports by partitions of " + o.linkDays() + " days");
        JavaRDD<ReportedEvent> reports = docs.flatMap(d -> d.reports().iterator());
        JavaRDD<Incident> incidents = LinkStage.link(jsc, reports, new DayPartitions(o.linkDays()))
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        long incidentCount = tables.write("incidents", incidents.map(Tables::incident), true);

        StoreLoad.Loaded loaded = null;
        if (o.db() != null) {
            progress.say(String.format(java.util.Locale.ROOT, "%,d incidents; loading into %s", incidentCount,
                    o.db().replaceAll("password=[^&]*", "password=***")));
            loaded = StoreLoad.load(o.db(), StoreLoad.units(docs, incidents, o.loadAll()).toLocalIterator(), err);
        }
        return new Summary(files, documents, notExtracted, events, aggregates, incidentCount, problemsByInput, bytes,
                (System.nanoTime() - start) / 1e9, loaded);
    }

    /** Messages on standard error, each with the time since the job started. */
    private record Progress(PrintWriter err, long start) {
        void say(String what) {
            err.printf(java.util.Locale.ROOT, "harmtrack spark: [%.0f s] %s%n", (System.nanoTime() - start) / 1e9, what);
            err.flush();
        }
    }

    /** The later of two versions of one document id: by input, then by place in the input. */
    private static ExtractedDocument later(ExtractedDocument a, ExtractedDocument b) {
        int byInput = a.input().compareTo(b.input());
        if (byInput != 0) {
            return byInput > 0 ? a : b;
        }
        return a.sequence() >= b.sequence() ? a : b;
    }

    /** A file's document id, as the single-machine reader gives it: its path below the input folder, or its name. */
    static String idOf(String file, List<String> roots) {
        for (String root : roots) {
            if (root.endsWith("/") && file.startsWith(root)) {
                return file.substring(root.length());
            }
        }
        return file.substring(file.lastIndexOf('/') + 1);
    }
}
