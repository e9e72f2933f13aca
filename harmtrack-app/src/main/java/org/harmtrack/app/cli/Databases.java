package org.harmtrack.app.cli;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.harmtrack.store.H2IncidentStore;
import org.harmtrack.store.IncidentStore;
import org.harmtrack.store.PostgresIncidentStore;
import org.harmtrack.store.StoreException;

/**
 * Opens the incident store for the commands, turning the store's failures into one-line {@link CommandFailure}s
 * that name the folder.
 * <p>Thread-safe.
 */
public final class Databases {
    /** The file H2 keeps the database in, inside the {@code --db} folder. */
    static final String DATABASE_FILE = H2IncidentStore.DATABASE_NAME + ".mv.db";

    // Held here because java.util.logging keeps loggers weakly: a level set on an unreferenced logger is lost.
    private static final Logger FLYWAY_LOG = Logger.getLogger("org.flywaydb");

    private Databases() {
    }

    /**
     * Opens the database a {@code --db} value names: a PostgreSQL JDBC URL ({@code jdbc:postgresql://host/db},
     * user and password in the URL or in $HARMTRACK_DB_USER and $HARMTRACK_DB_PASSWORD; its search index in
     * $HARMTRACK_SEARCH_DIR, default ./harmtrack-search), or else the folder of the embedded H2 database,
     * created if needed.
     */
    public static IncidentStore openOrCreate(String db) {
        if (!isPostgres(db)) {
            return openOrCreate(Path.of(db));
        }
        quietFlyway();
        Path search = Path.of(System.getenv().getOrDefault("HARMTRACK_SEARCH_DIR", "harmtrack-search"))
                .resolve(Integer.toHexString(db.replaceAll("password=[^&]*", "").hashCode()));
        try {
            return PostgresIncidentStore.open(db, System.getenv("HARMTRACK_DB_USER"),
                    System.getenv("HARMTRACK_DB_PASSWORD"), search);
        } catch (StoreException | IllegalArgumentException e) {
            throw new CommandFailure(oneLine(e.getMessage()), e);
        }
    }

    /** As {@link #openOrCreate(String)}, but an H2 folder without a database is an error. */
    static IncidentStore openExisting(String db) {
        return isPostgres(db) ? openOrCreate(db) : openExisting(Path.of(db));
    }

    private static boolean isPostgres(String db) {
        return db.startsWith("jdbc:postgresql:");
    }

    /** Opens the database in {@code dir}, creating the folder and the database if needed. */
    public static IncidentStore openOrCreate(Path dir) {
        quietFlyway();
        try {
            return IncidentStore.openH2(dir);
        } catch (StoreException | UncheckedIOException | IllegalArgumentException e) {
            throw new CommandFailure("could not open the database in " + dir + ": " + oneLine(e.getMessage()), e);
        }
    }

    /**
     * Opens the existing database in {@code dir}; a folder without one is an error, so a mistyped {@code --db}
     * does not silently read an empty new database.
     */
    public static IncidentStore openExisting(Path dir) {
        if (!Files.isRegularFile(dir.resolve(DATABASE_FILE))) {
            throw new CommandFailure("no harmtrack database in " + dir + " (no " + DATABASE_FILE
                    + " there); give the folder 'harmtrack ingest --db' wrote, or ingest documents first");
        }
        return openOrCreate(dir);
    }

    /**
     * Flyway logs each migration step at INFO; the command line only wants its warnings. (With slf4j-nop on the
     * classpath Flyway logs through it and says nothing; this covers its fallback to java.util.logging.)
     */
    private static void quietFlyway() {
        FLYWAY_LOG.setLevel(Level.WARNING);
    }

    private static String oneLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
