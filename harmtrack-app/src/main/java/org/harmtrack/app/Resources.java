package org.harmtrack.app;

import org.harmtrack.extract.IncidentExtractor;
import org.harmtrack.gazetteer.Gazetteer;
import org.harmtrack.gazetteer.GazetteerLoader;
import org.harmtrack.gazetteer.GeoBias;
import org.harmtrack.gazetteer.Geoparser;

/**
 * The loaded resources of one process: the gazetteer is loaded on first use and then shared read-only.
 * One instance per process, owned by the top-level command. Thread-safe.
 */
public final class Resources {
    private Gazetteer gazetteer;

    public synchronized Gazetteer gazetteer() {
        if (gazetteer == null) {
            gazetteer = GazetteerLoader.loadDefault();
        }
        return gazetteer;
    }

    public IncidentExtractor extractor(GeoBias bias) {
        return new IncidentExtractor(new Geoparser(gazetteer()), bias);
    }
}
