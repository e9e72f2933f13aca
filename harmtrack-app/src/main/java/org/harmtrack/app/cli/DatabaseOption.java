package org.harmtrack.app.cli;

import picocli.CommandLine.Option;

/** The {@code --db} option of the commands that read a database written by {@code harmtrack ingest}. */
final class DatabaseOption {
    @Option(names = "--db", paramLabel = "DIR|URL", defaultValue = "harmtrack-data",
            description = "Database folder written by 'harmtrack ingest' (default: ${DEFAULT-VALUE}),"
                    + " or a PostgreSQL JDBC URL (jdbc:postgresql://host/database).")
    String db;
}
