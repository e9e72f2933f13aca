package org.harmtrack.app;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.harmtrack.store.H2IncidentStore;
import org.harmtrack.store.IncidentStore;
import org.harmtrack.store.StoreException;

/**
 * Opens the incident store for the commands, turning the store's failures into one-line {@link CommandFailure}s
 * that name the folder.
 * <p>Thread-safe.
 */
final class Databases {
    /** The file H2 keeps the database in, inside the {@code --db} folder. */
    static final String DATABASE_FILE = H2IncidentStore.DATABASE_NAME + ".mv.db";

    // Held here because java.util.logging keeps loggers weakly: a level set on an unreferenced logger is lost.
    private static final Logger FLYWAY_LOG = Logger.getLogger("org.flywaydb");

    private Databases() {
    }

    /** Opens the database in {@code dir}, creating the folder and the database if needed. */
    static IncidentStore openOrCreate(Path dir) {
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
    static IncidentStore openExisting(Path dir) {
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
