package org.harmtrack.spark;

import org.harmtrack.app.Resources;
import org.harmtrack.app.ingest.LanguageGuard;
import org.harmtrack.extract.IncidentExtractor;
import org.harmtrack.gazetteer.GeoBias;

/**
 * What extraction needs, loaded once per JVM (a Spark executor, or the driver in local mode) the first time a task
 * asks, and shared by its tasks: the gazetteer (the bundled one, or the index in $HARMTRACK_GAZETTEER) and the
 * language detector. Nothing is set up per record. Thread-safe: the extractor and the guard are.
 */
final class ExecutorResources {
    private static IncidentExtractor extractor;
    private static LanguageGuard languages;

    private ExecutorResources() {
    }

    static synchronized IncidentExtractor extractor() {
        if (extractor == null) {
            extractor = new Resources().extractor(GeoBias.NONE);
        }
        return extractor;
    }

    static synchronized LanguageGuard languages() {
        if (languages == null) {
            languages = LanguageGuard.shared();
        }
        return languages;
    }
}
