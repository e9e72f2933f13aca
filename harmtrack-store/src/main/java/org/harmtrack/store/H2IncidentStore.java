package org.harmtrack.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
        String url = "jdbc:h2:file:" + folder.resolve(DATABASE_NAME);
        String description = "H2 database in " + folder;
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "sa", "");
        pool.setMaxConnections(MAX_CONNECTIONS);
        return JdbcIncidentStore.open(pool, pool::dispose, description, folder.resolve("search"));
    }
}
