package org.harmtrack.app.output;

import java.util.List;
import java.util.Locale;

/** The output formats for incident lists, by name. */
public final class IncidentFormats {
    /** An aligned text table that fits a terminal of this many columns. */
    public static final int TABLE_WIDTH = 120;

    private static final List<IncidentWriter> ALL = List.of(new TableIncidentWriter(TABLE_WIDTH),
            new JsonlIncidentWriter(), new CsvIncidentWriter(), new GeoJsonIncidentWriter());

    private IncidentFormats() {
    }

    /** The format names, in the order help texts list them. */
    public static List<String> names() {
        return ALL.stream().map(IncidentWriter::name).toList();
    }

    /**
     * The writer of the named format (any case).
     *
     * @throws IllegalArgumentException for an unknown name; the message lists the known ones
     */
    public static IncidentWriter forName(String name) {
        String key = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        for (IncidentWriter w : ALL) {
            if (w.name().equals(key)) {
                return w;
            }
        }
        throw new IllegalArgumentException("unknown format '" + name + "' (one of " + String.join(", ", names()) + ")");
    }

    /** The table writer for a terminal {@code width} columns wide. */
    public static IncidentWriter table(int width) {
        return new TableIncidentWriter(width);
    }
}
