package org.harmtrack.spark;

import org.harmtrack.app.Resources;
import org.harmtrack.extract.IncidentExtractor;
import org.harmtrack.gazetteer.GeoBias;

/**
 * The extractor, loaded once per JVM (a Spark executor, or the driver in local mode) the first time a task asks,
 * and shared by its tasks, with its gazetteer (the bundled one, or the index in $HARMTRACK_GAZETTEER); the language
 * detector is {@code LanguageGuard.shared()}, likewise one per JVM. Nothing is set up per record. Thread-safe.
 */
final class ExecutorResources {
    private static IncidentExtractor extractor;

    private ExecutorResources() {
    }

    static synchronized IncidentExtractor extractor() {
        if (extractor == null) {
            extractor = new Resources().extractor(GeoBias.NONE);
        }
        return extractor;
    }
}
