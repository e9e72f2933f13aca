package org.harmtrack.app.output;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.harmtrack.link.IncidentSummary;
import org.harmtrack.store.LinkedIncident;

/**
 * Writes linked incidents, with their claims and sources, in one format: "table", "jsonl"
 * ({@link IncidentJson}), "csv" (RFC 4180, {@link LinkedIncidentColumns}) or "geojson" (a Point per placed
 * incident, the same columns as properties; unplaced ones counted in {@code unplaced}).
 * Stateless and thread-safe.
 */
public enum LinkedIncidentWriter {
    TABLE("text/plain; charset=utf-8"),
    JSONL("application/x-ndjson"),
    CSV("text/csv; charset=utf-8; header=present"),
    GEOJSON("application/geo+json");

    private static final TableIncidentWriter.Layout LAYOUT = new TableIncidentWriter.Layout(
            new String[]{"incident", "date", "type", "place", "killed", "civilians", "grade", "reports", "sources"},
            new int[]{20, 17, 12, 22, 7, 9, 13, 7, 16},
            new int[]{16, 10, 9, 14, 6, 9, 13, 7, 8},
            new boolean[]{false, false, false, false, true, true, false, true, false});

    private final String mediaType;

    LinkedIncidentWriter(String mediaType) {
        this.mediaType = mediaType;
    }

    /** The format's name, as {@code --format} takes it. */
    public String formatName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The media type for HTTP responses. */
    public String mediaType() {
        return mediaType;
    }

    /**
     * The writer of the named format (any case).
     *
     * @throws IllegalArgumentException for an unknown name; the message lists the known ones
     */
    public static LinkedIncidentWriter forName(String name) {
        String key = name == null ? "" : name.trim().toUpperCase(Locale.ROOT);
        for (LinkedIncidentWriter w : values()) {
            if (w.name().equals(key)) {
                return w;
            }
        }
        throw new IllegalArgumentException("unknown format '" + name + "' (one of " + String.join(", ",
                java.util.Arrays.stream(values()).map(LinkedIncidentWriter::formatName).toList()) + ")");
    }

    /** Writes the incidents, in order, to {@code out} (flushed, not closed), without notes. */
    public void write(List<LinkedIncident> incidents, Writer out) throws IOException {
        write(incidents, out, id -> null);
    }

    /**
     * Writes the incidents, in order, to {@code out} (flushed, not closed).
     *
     * @param textOf an article's text by its id (null when not at hand), for the CSV's and GeoJSON's notes
     */
    public void write(List<LinkedIncident> incidents, Writer out, java.util.function.Function<String, String> textOf)
            throws IOException {
        switch (this) {
            case TABLE -> table(incidents, out, IncidentFormats.TABLE_WIDTH);
            case JSONL -> {
                for (LinkedIncident i : incidents) {
                    out.write(IncidentJson.node(IncidentSummary.of(i.incident()), i.reports()).toString());
                    out.write('\n');
                }
            }
            case CSV -> {
                org.apache.commons.csv.CSVPrinter csv = CsvIncidentWriter.printer(out);
                CsvIncidentWriter.record(csv, LinkedIncidentColumns.NAMES);
                for (LinkedIncident i : incidents) {
                    CsvIncidentWriter.record(csv, LinkedIncidentColumns.values(i, IncidentSummary.of(i.incident()),
                            textOf));
                }
                csv.flush();
            }
            case GEOJSON -> GeoJsonIncidentWriter.collection(incidents, i -> {
                IncidentSummary s = IncidentSummary.of(i.incident());
                // a country-level incident is a feature without geometry, not a point in the country's middle
                return s.place() == null ? null : GeoJsonIncidentWriter.feature(i.id(),
                        LinkedIncidentColumns.located(s.place()) ? s.place() : null, LinkedIncidentColumns.NAMES,
                        LinkedIncidentColumns.values(i, s, textOf));
            }, out);
        }
        out.flush();
    }

    /**
     * The incidents as a table at most {@code width} characters wide (their ids whole, other columns cut to fit);
     * {@code Integer.MAX_VALUE} cuts nothing.
     */
    public static void table(List<LinkedIncident> incidents, Writer out, int width) throws IOException {
        TableIncidentWriter.write(LAYOUT, incidents.stream().map(LinkedIncidentWriter::cells).toList(), width, out,
                "incident");
        out.flush();
    }

    private static String[] cells(LinkedIncident i) {
        IncidentSummary s = IncidentSummary.of(i.incident());
        String date = s.dateStart() == null ? "-" : s.dateStart().equals(s.dateEnd()) ? s.dateStart().toString()
                : s.dateStart() + ".." + s.dateEnd();
        return new String[]{i.id(), date, s.type().key(), TableIncidentWriter.place(s.place()),
                TableIncidentWriter.range(s.killed()),
                TableIncidentWriter.range(s.range(org.harmtrack.model.Measure.KILLED,
                        org.harmtrack.model.VictimCategory.CIVILIANS)),
                s.grade().grade().key(), String.valueOf(i.reports().size()),
                s.grade().sources().stream().collect(Collectors.joining(", "))};
    }
}
