package org.harmtrack.spark;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code harmtrack spark}: the batch job on Apache Spark, in-process ({@code --master 'local[*]'}) or submitted to
 * a cluster with {@code spark-submit} (the master then comes from spark-submit).
 */
@Command(name = "harmtrack spark", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Extract and link a corpus on Apache Spark: files on any Hadoop file system (local paths,"
                + " hdfs://, s3a://) in; Parquet tables (articles, events, figures, aggregates, incidents, problems;"
                + " partitioned by year and month) out, and optionally a harmtrack store that 'harmtrack serve' serves.",
                "Inputs: JSON Lines (.jsonl), web pages (.html), WARC archives (.warc, .warc.gz) and text, as"
                        + " 'harmtrack ingest' reads them; folders are read recursively. A bad file, record or"
                        + " document is named and skipped."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every input read", "1:some inputs were bad and skipped (see the problems)",
                "2:usage error", "3:failed"})
public final class SparkMain implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master: local[*] (every core of this machine), local[N], spark://host:7077, yarn."
                    + " Default: the one spark-submit gives, else local[*].")
    String master;

    @Option(names = {"-i", "--input"}, paramLabel = "PATH", required = true, split = ",",
            description = "Input files or folders, as paths or URIs (repeat or separate with commas).")
    List<String> inputs;

    @Option(names = {"-o", "--output"}, paramLabel = "PATH", required = true,
            description = "Folder for the Parquet tables (replaced if it holds them).")
    String output;

    @Option(names = "--db", paramLabel = "DB",
            description = "Also load the result into this store: a PostgreSQL JDBC URL (jdbc:postgresql://host/db)"
                    + " or an embedded database folder.")
    String db;

    @Option(names = "--load-all",
            description = "With --db, load every document; by default only those that tell of an event or an"
                    + " aggregate are loaded (most of a news crawl tells of neither; all are in the Parquet tables).")
    boolean loadAll;

    @Option(names = "--link-days", paramLabel = "N", defaultValue = "30",
            description = "Days in a partition of reports linked together (default: ${DEFAULT-VALUE}); reports"
                    + " within 2 days of an edge are linked on both sides.")
    int linkDays;

    @Override
    public Integer call() throws Exception {
        if (linkDays <= 2 * DayPartitions.OVERLAP_DAYS) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--link-days must be more than "
                    + 2 * DayPartitions.OVERLAP_DAYS + ", not " + linkDays);
        }
        PrintWriter err = spec.commandLine().getErr();
        SparkSession.Builder builder = SparkSession.builder().appName("harmtrack")
                .config("spark.ui.showConsoleProgress", "true");
        if (master != null) {
            builder.master(master);
        } else if (!System.getProperties().containsKey("spark.master")) {
            builder.master("local[*]");
        }
        SparkSession spark = HarmtrackJob.configure(builder).getOrCreate();
        spark.sparkContext().setLogLevel("WARN");
        HarmtrackJob.Summary s;
        try {
            s = HarmtrackJob.run(spark, new HarmtrackJob.Options(inputs, output, db, linkDays, loadAll), err);
        } catch (IllegalArgumentException e) {
            err.println("harmtrack spark: " + e.getMessage());
            return 3;
        } finally {
            spark.stop();
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "%,d files, %,d documents (%,d not extracted: language), %,d events, %,d aggregates,"
                        + " %,d incidents in %.1f s (%.2f MB/s of input)%n", s.files(), s.documents(),
                s.notExtracted(), s.events(), s.aggregates(), s.incidents(), s.seconds(),
                s.bytes() / 1e6 / s.seconds());
        if (s.loaded() != null) {
            out.printf(Locale.ROOT, "loaded: %,d documents stored, %,d unchanged, %,d failed%n", s.loaded().stored(),
                    s.loaded().unchanged(), s.loaded().failed());
        }
        if (s.problems() > 0) {
            out.printf(Locale.ROOT, "%,d problems (table 'problems'):%n", s.problems());
            s.problemsByInput().forEach((input, n) -> out.printf(Locale.ROOT, "  %,6d  %s%n", n, input));
        }
        out.flush();
        return s.problems() > 0 || (s.loaded() != null && s.loaded().failed() > 0) ? 1 : 0;
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new SparkMain()).execute(args));
    }
}
