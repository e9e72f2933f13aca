package org.harmtrack.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.harmtrack.store.H2IncidentStore;

/**
 * The crash test: runs {@code harmtrack ingest} in a process of its own, kills it with SIGKILL at a random moment
 * (while the database is created, while batches are written and linked), runs the same ingest again to the end and
 * compares everything stored with what one uninterrupted run stores.
 *
 * <p>A trial ends in one of four ways: <b>exact</b> (every row equal to the clean run's), <b>unusable</b> (the
 * second run fails or does not finish in {@link #RESUME_LIMIT_SECONDS}), <b>lost</b> (a row of the clean run is
 * missing) or <b>duplicated</b> (a row the clean run does not have). Rows are compared whole except the time an
 * article was ingested. Run on demand with more kills:
 * {@code mvn -B verify -pl harmtrack-app -am -Dit.test=CrashSafetyIT -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false
 * -Dharmtrack.crash.kills=50 -Dharmtrack.crash.reports=2000}.
 */
public final class CrashTrials {
    public static final int RESUME_LIMIT_SECONDS = 120;
    private static final List<String> TABLES = List.of("article", "event", "figure", "perpetrator", "event_source",
            "evidence", "aggregate", "aggregate_place", "aggregate_perpetrator", "incident", "incident_report",
            "incident_alias");

    /** How a trial ended. */
    enum Outcome { EXACT, UNUSABLE, LOST, DUPLICATED }

    /** One trial: when the first run was killed, and how its resume compared. */
    public record Trial(int number, long killAfterMillis, Outcome outcome, String detail) {
    }

    private final Path work;
    private final Path input;
    private final Random random;
    private List<String> clean;
    private long createdAtMillis;
    private long migratedAtMillis;
    private long cleanMillis;
    private String lastDetail = "";

    public CrashTrials(Path work, Path input, long seed) {
        this.work = work;
        this.input = input;
        this.random = new Random(seed);
    }

    /** Ingests the input once without interruption: the rows every trial must end with. */
    void runClean() throws Exception {
        Path db = work.resolve("clean");
        long start = System.nanoTime();
        Process p = ingest(db);
        Path file = db.resolve(H2IncidentStore.DATABASE_NAME + ".mv.db");
        while (p.isAlive() && !Files.exists(file)) {
            Thread.sleep(5);
        }
        createdAtMillis = (System.nanoTime() - start) / 1_000_000;
        while (p.isAlive() && !Files.exists(db.resolve("search"))) { // made once the schema is complete
            Thread.sleep(5);
        }
        migratedAtMillis = (System.nanoTime() - start) / 1_000_000;
        if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0) {
            throw new IllegalStateException("the clean ingest failed: " + output(db));
        }
        cleanMillis = (System.nanoTime() - start) / 1_000_000;
        clean = rows(db);
    }

    /** When, in the clean run, the database file appeared and when its schema was complete. */
    String schemaWindow() {
        return createdAtMillis + "-" + migratedAtMillis + " ms";
    }

    long cleanMillis() {
        return cleanMillis;
    }

    int cleanRows() {
        return clean.size();
    }

    /**
     * One trial: a fresh database, an ingest killed at a random moment (one trial in three while the database is
     * created, the others anywhere in the run), then the ingest again to the end.
     */
    Trial run(int number) throws Exception {
        Path db = work.resolve("trial-" + number);
        long killAfter = number % 3 == 0
                ? createdAtMillis - 50 + (long) (random.nextDouble() * (migratedAtMillis - createdAtMillis + 100))
                : migratedAtMillis + (long) (random.nextDouble() * (cleanMillis - migratedAtMillis));
        Process first = ingest(db);
        boolean endedFirst = first.waitFor(killAfter, TimeUnit.MILLISECONDS);
        if (!endedFirst) {
            first.destroyForcibly(); // SIGKILL
            first.waitFor();
        }
        Outcome outcome = compare(db, resume(db));
        return new Trial(number, killAfter, outcome, (endedFirst ? "(ended before the kill) " : "") + lastDetail);
    }

    /** Runs the ingest again to its end; null when it worked, else why not. */
    private String resume(Path db) throws Exception {
        Process again = ingest(db);
        if (!again.waitFor(RESUME_LIMIT_SECONDS, TimeUnit.SECONDS)) {
            again.destroyForcibly().waitFor();
            return "the resumed ingest did not finish in " + RESUME_LIMIT_SECONDS + " s: " + output(db);
        }
        return again.exitValue() == 0 ? null : "the resumed ingest exited " + again.exitValue() + ": " + output(db);
    }

    private Outcome compare(Path db, String resumeFailure) {
        if (resumeFailure != null) {
            lastDetail = resumeFailure;
            return Outcome.UNUSABLE;
        }
        List<String> got;
        try {
            H2IncidentStore.openH2(db).close();
            got = rows(db);
        } catch (RuntimeException | SQLException e) {
            lastDetail = "the database does not open: " + e;
            return Outcome.UNUSABLE;
        }
        TreeSet<String> missing = new TreeSet<>(clean);
        got.forEach(missing::remove);
        TreeSet<String> extra = new TreeSet<>(got);
        clean.forEach(extra::remove);
        if (!missing.isEmpty()) {
            lastDetail = missing.size() + " rows lost, first " + missing.first()
                    + (extra.isEmpty() ? "" : "; " + extra.size() + " rows extra, first " + extra.first());
            return Outcome.LOST;
        }
        if (got.size() != clean.size() || !extra.isEmpty()) {
            lastDetail = (got.size() - clean.size()) + " rows more than the clean run"
                    + (extra.isEmpty() ? "" : ", first " + extra.first());
            return Outcome.DUPLICATED;
        }
        lastDetail = "";
        return Outcome.EXACT;
    }

    private Process ingest(Path db) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Files.createDirectories(db);
        return new ProcessBuilder(List.of(java, "-Xmx1g", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "ingest", "--db", db.toString(), input.toString()))
                .redirectErrorStream(true).redirectOutput(db.resolveSibling(db.getFileName() + ".log").toFile())
                .start();
    }

    private static String output(Path db) throws IOException {
        String log = Files.readString(db.resolveSibling(db.getFileName() + ".log"));
        return log.length() > 2000 ? "…" + log.substring(log.length() - 2000) : log;
    }

    /** Every row of every table, as text, sorted; the time of ingest left out. */
    private static List<String> rows(Path db) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + db.resolve(H2IncidentStore.DATABASE_NAME)
                + ";WRITE_DELAY=0",
                "sa", ""); Statement s = c.createStatement()) {
            for (String table : TABLES) {
                try (ResultSet rs = s.executeQuery("SELECT * FROM " + table)) {
                    ResultSetMetaData meta = rs.getMetaData();
                    while (rs.next()) {
                        StringBuilder row = new StringBuilder(table);
                        for (int i = 1; i <= meta.getColumnCount(); i++) {
                            if (!meta.getColumnName(i).equalsIgnoreCase("ingested_at")) {
                                row.append('|').append(rs.getString(i));
                            }
                        }
                        rows.add(row.toString());
                    }
                }
            }
        }
        rows.sort(null);
        return rows;
    }
}
