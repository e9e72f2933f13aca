package org.harmtrack.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.util.Objects;


/**
 * Opens the {@link IncidentStore} kept in a PostgreSQL database, for teams sharing one record. The schema is the
 * same as the embedded default's (the Flyway migrations under {@code db/migration} are plain SQL that both run),
 * created or brought up to date on open, in the schema the URL names ({@code currentSchema}) or the user's
 * default. The full-text index is Lucene's, kept in a local folder beside the process; it is rebuilt from the
 * database when missing, so each server of a team keeps its own. Connections come from a small HikariCP pool.
 */
public final class PostgresIncidentStore {
    private static final int MAX_CONNECTIONS = 8;

    private PostgresIncidentStore() {
    }

    /**
     * Opens the store.
     *
     * @param jdbcUrl   {@code jdbc:postgresql://host:port/database}, optionally with {@code ?currentSchema=...}
     * @param user      the database user, or null to take it from the URL
     * @param password  the password, or null
     * @param searchDir the folder of the local search index (created if needed)
     * @throws StoreException if the database cannot be reached or migrated; the message names it without the
     *                        password
     */
    public static IncidentStore open(String jdbcUrl, String user, String password, Path searchDir) {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        Objects.requireNonNull(searchDir, "searchDir");
        if (!jdbcUrl.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("not a PostgreSQL JDBC URL: " + jdbcUrl);
        }
        String description = "PostgreSQL database " + jdbcUrl.replaceAll("password=[^&]*", "password=***");
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        if (user != null) {
            config.setUsername(user);
        }
        if (password != null) {
            config.setPassword(password);
        }
        config.setMaximumPoolSize(MAX_CONNECTIONS);
        config.setPoolName("harmtrack");
        config.setInitializationFailTimeout(10_000);
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new StoreException("could not connect to " + description + ": " + e.getMessage(), e);
        }
        return JdbcIncidentStore.open(pool, pool::close, description, searchDir);
    }
}
