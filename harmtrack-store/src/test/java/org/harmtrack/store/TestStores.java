package org.harmtrack.store;

import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Opens test stores; keeps Flyway's per-migration INFO lines (java.util.logging) out of the build output. */
final class TestStores {
    // held so the logger, and with it the level, is not garbage-collected
    private static final Logger FLYWAY = Logger.getLogger("org.flywaydb");

    static {
        FLYWAY.setLevel(Level.WARNING);
    }

    private TestStores() {
    }

    static IncidentStore open(Path dir) {
        return H2IncidentStore.openH2(dir);
    }

    /** Only turns the logging down, for tests that open stores through another entry point. */
    static void quiet() {
        // the static initialiser has run by now
    }
}
