package org.harmtrack.app.cli;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.harmtrack.gazetteer.GeoBias;
import picocli.CommandLine.Option;

/** The options that steer place resolution, shared by the commands that extract. */
public final class BiasOptions {
    @Option(names = "--bias-country", split = ",", paramLabel = "ISO2",
            description = "Prefer places in these countries (ISO 3166 codes, e.g. SY,IQ) over the document's own context.")
    List<String> countries = List.of();

    @Option(names = "--bias-bbox", paramLabel = "MINLAT,MINLON,MAXLAT,MAXLON",
            description = "Keep only places inside this bounding box.")
    String bbox;

    /** The bias these options describe; IllegalArgumentException names a bad value. */
    public GeoBias toBias() {
        Set<String> iso = new LinkedHashSet<>();
        for (String c : countries) {
            if (!c.matches("[A-Za-z]{2}")) {
                throw new IllegalArgumentException("--bias-country takes two-letter ISO codes, not '" + c + "'");
            }
            iso.add(c);
        }
        if (bbox == null) {
            return GeoBias.countries(iso);
        }
        String[] parts = bbox.split(",");
        if (parts.length != 4) {
            throw new IllegalArgumentException("--bias-bbox takes MINLAT,MINLON,MAXLAT,MAXLON, not '" + bbox + "'");
        }
        try {
            return new GeoBias(iso, Double.parseDouble(parts[0]), Double.parseDouble(parts[1]),
                    Double.parseDouble(parts[2]), Double.parseDouble(parts[3]));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--bias-bbox takes four numbers, not '" + bbox + "'");
        }
    }
}
