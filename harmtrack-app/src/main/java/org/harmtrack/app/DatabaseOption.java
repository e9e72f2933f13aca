package org.harmtrack.app;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --db} option of the commands that read a database written by {@code harmtrack ingest}. */
final class DatabaseOption {
    @Option(names = "--db", paramLabel = "DIR", defaultValue = "harmtrack-data",
            description = "Database folder written by 'harmtrack ingest' (default: ${DEFAULT-VALUE}).")
    Path db;
}
