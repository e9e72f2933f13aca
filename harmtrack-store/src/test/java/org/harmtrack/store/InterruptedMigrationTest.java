package org.harmtrack.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A process killed while it created or upgraded the embedded database leaves what H2 had already committed of the
 * schema (each change commits on its own); the next open puts things back and finishes the job.
 */
class InterruptedMigrationTest {
    @TempDir
    Path dir;

    @Test
    void aDatabaseLeftHalfCreatedIsCreatedAgain() throws SQLException, java.io.IOException {
        TestStores.quiet();
        run("CREATE TABLE article (id CHARACTER VARYING PRIMARY KEY)"); // the first statement of the schema only
        Files.createFile(dir.resolve("harmtrack.creating"));

        try (IncidentStore store = TestStores.open(dir)) {
            assertEquals(0, store.articleCount());
        }
        assertFalse(Files.exists(dir.resolve("harmtrack.creating")));
        try (IncidentStore again = TestStores.open(dir)) { // and it stays made
            assertEquals(0, again.articleCount());
        }
    }

    @Test
    void anUpgradeLeftHalfDoneStartsAgainFromTheCopyKeptAsideAndKeepsTheRows() throws Exception {
        TestStores.quiet();
        JdbcConnectionPool pool = JdbcConnectionPool.create("jdbc:h2:file:" + dir.resolve("harmtrack"), "sa", "");
        try {
            Flyway.configure().dataSource(pool).locations("classpath:db/migration").target("1").load().migrate();
            try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
                s.execute("INSERT INTO article (id, body, text_sha256, ingested_at) VALUES ('kept-1',"
                        + " 'Shelling killed 2 people in Idlib.', 'x', CURRENT_TIMESTAMP)");
            }
        } finally {
            pool.dispose();
        }
        Files.copy(dir.resolve("harmtrack.mv.db"), dir.resolve("harmtrack.before-upgrade.mv.db"));
        // the killed upgrade had created the first table of version 2, and recorded nothing in Flyway's history
        run("CREATE TABLE incident (id CHARACTER VARYING PRIMARY KEY)");

        try (IncidentStore store = TestStores.open(dir)) {
            assertEquals(1, store.articleCount());
            assertEquals("kept-1", store.article("kept-1").orElseThrow().id());
        }
        assertFalse(Files.exists(dir.resolve("harmtrack.before-upgrade.mv.db")));
    }

    private void run(String sql) throws SQLException {
        JdbcConnectionPool pool = JdbcConnectionPool.create("jdbc:h2:file:" + dir.resolve("harmtrack"), "sa", "");
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        } finally {
            pool.dispose();
        }
    }
}
