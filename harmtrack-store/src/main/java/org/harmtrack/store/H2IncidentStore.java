package org.harmtrack.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Objects;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * Opens the {@link IncidentStore} kept in an embedded H2 file database, with its Lucene search index in the
 * folder's {@code search} subfolder (rebuilt from the database when missing or short).
 *
 * <p>The database is the file {@code harmtrack.mv.db} in the given folder. Opening runs the Flyway migrations
 * on the classpath under {@code db/migration}, so an old database is brought up to date and a new one created.
 * Connections come from H2's own small pool; the database stays open while the store is, and is closed, with
 * everything written, by {@link IncidentStore#close()}. H2 locks the file: one process at a time may open it,
 * while stores opened on the same folder within one JVM share the database.
 *
 * <p><b>A commit is on disk when it returns.</b> The database is opened with {@code WRITE_DELAY=0}: by default
 * H2 keeps commits in memory for up to a second, and a process killed meanwhile loses them.
 *
 * <p><b>Creating and upgrading survive a crash.</b> H2 commits each schema change on its own, so a process killed
 * while migrations run would leave half a schema that no later open could migrate. A new database is therefore
 * created under a marker file ({@code harmtrack.creating}), removed once the schema is complete: an open that
 * finds the marker deletes the half-made database and creates it again (nothing can have been stored in it). Before
 * an existing database is upgraded, it is copied aside ({@code harmtrack.before-upgrade.mv.db}); the copy is
 * removed once the upgrade, including the completion of older rows, has succeeded, and an open that finds it puts
 * it back and upgrades again.
 */
public final class H2IncidentStore {
    /** The database's base file name in its folder (H2 adds {@code .mv.db}). */
    public static final String DATABASE_NAME = "harmtrack";

    private static final int MAX_CONNECTIONS = 8;

    private H2IncidentStore() {
    }

    /**
     * Opens, creating if needed, the H2 database in {@code dir} and migrates its schema.
     *
     * @throws UncheckedIOException if the folder cannot be created
     * @throws StoreException       if the database cannot be opened (for instance another process holds it)
     *                              or migrated
     */
    public static IncidentStore openH2(Path dir) {
        Objects.requireNonNull(dir, "dir");
        Path folder = dir.toAbsolutePath().normalize();
        if (folder.toString().contains(";")) {
            // H2 would read what follows the ';' as connection settings
            throw new IllegalArgumentException("database folder must not contain ';': " + folder);
        }
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create database folder " + folder, e);
        }
        // WRITE_DELAY=0: H2 otherwise writes commits to the file up to a second later, so a process killed just
        // after a commit lost it (and, during migrations, kept schema changes whose history row it lost)
        String url = "jdbc:h2:file:" + folder.resolve(DATABASE_NAME) + ";WRITE_DELAY=0"
                // an ingest runs a few dozen statements per article: parsed once per connection, not each time
                + ";QUERY_CACHE_SIZE=64";
        String description = "H2 database in " + folder;
        Path database = folder.resolve(DATABASE_NAME + ".mv.db");
        Path creating = folder.resolve(DATABASE_NAME + ".creating");
        Path beforeUpgrade = folder.resolve(DATABASE_NAME + ".before-upgrade.mv.db");
        JdbcConnectionPool pool;
        try {
            undoInterruptedMigration(database, creating, beforeUpgrade);
            if (!Files.exists(database)) {
                Files.write(creating, new byte[0], StandardOpenOption.CREATE, StandardOpenOption.SYNC);
                pool = pool(url);
            } else {
                pool = pool(url);
                if (hasPendingMigrations(pool, description)) {
                    pool.dispose(); // the file is copied closed
                    copyAside(database, beforeUpgrade);
                    pool = pool(url);
                }
            }
        } catch (IOException e) {
            throw new StoreException("could not prepare " + description + " for opening: " + e.getMessage(), e);
        }
        IncidentStore store = JdbcIncidentStore.open(pool, pool::dispose, description, folder.resolve("search"));
        try {
            Files.deleteIfExists(creating);
            Files.deleteIfExists(beforeUpgrade);
        } catch (IOException e) {
            store.close();
            throw new StoreException("could not finish opening " + description + ": " + e.getMessage(), e);
        }
        return store;
    }

    /** Whether the schema behind {@code pool} lacks migrations this version has; on failure the pool is disposed of. */
    private static boolean hasPendingMigrations(org.h2.jdbcx.JdbcConnectionPool pool, String description) {
        try {
            return org.flywaydb.core.Flyway.configure().dataSource(pool).locations("classpath:db/migration").load()
                    .info().pending().length > 0;
        } catch (RuntimeException e) {
            pool.dispose();
            if (inUseElsewhere(e)) {
                throw inUse(description, e);
            }
            throw new StoreException("could not read the schema version of " + description + ": " + e.getMessage(), e);
        }
    }

    private static JdbcConnectionPool pool(String url) {
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "sa", "");
        pool.setMaxConnections(MAX_CONNECTIONS);
        return pool;
    }

    /** Puts back what a process killed while creating or upgrading the database left (see the class comment). */
    private static void undoInterruptedMigration(Path database, Path creating, Path beforeUpgrade) throws IOException {
        if (Files.exists(creating)) {
            Files.deleteIfExists(database);
            Files.delete(creating);
        }
        if (Files.exists(beforeUpgrade)) {
            Files.move(beforeUpgrade, database, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
    }

    /** Copies the closed database file to {@code target} so that a half-made copy is never taken for the copy. */
    private static void copyAside(Path database, Path target) throws IOException {
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        Files.copy(database, partial, StandardCopyOption.REPLACE_EXISTING);
        try (FileChannel channel = FileChannel.open(partial, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
        Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Whether H2 refused the file because another process holds it (its error 90020). */
    static boolean inUseElsewhere(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql && sql.getErrorCode() == 90020) {
                return true;
            }
        }
        return false;
    }

    static StoreException inUse(String description, Throwable e) {
        return new StoreException(description + " is open in another harmtrack process (an ingest, serve or "
                + "watch still running?): one process at a time may use an embedded database; wait for it "
                + "or stop it, then try again", e);
    }
}
