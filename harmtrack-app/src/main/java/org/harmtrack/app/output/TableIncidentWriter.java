package org.harmtrack.app.output;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.harmtrack.model.Event;
import org.harmtrack.model.EventDate;
import org.harmtrack.model.Place;
import org.harmtrack.model.PlacePrecision;
import org.harmtrack.model.Range;
import org.harmtrack.store.StoredIncident;

/**
 * An aligned text table for people: incident, date, type, place (name, country, and the precision unless it is
 * a locality), killed, injured, civilians killed, perpetrators and sources, then a line with the count. Columns are as wide as their content;
 * when the table would be wider than the terminal the widest text columns give way first, and cells that do
 * not fit end in "…". Unknown counts show as "-".
 */
final class TableIncidentWriter implements IncidentWriter {
    private static final Layout LAYOUT = new Layout(
            new String[]{"incident", "date", "type", "place", "killed", "injured", "civilians", "perpetrators",
                "sources"},
            new int[]{16, 17, 16, 24, 7, 7, 9, 18, 14},
            new int[]{10, 17, 16, 18, 6, 7, 9, 10, 8},
            new boolean[]{false, false, false, false, true, true, true, false, false});
    private static final String GAP = "  ";

    /**
     * The columns of a table.
     *
     * @param header  the column names
     * @param comfort widths columns are cut to first, when the table is too wide: long lists give way first
     * @param min     how narrow each column may become after that: dates and types stay whole
     * @param right   which columns are right-aligned (numbers)
     */
    record Layout(String[] header, int[] comfort, int[] min, boolean[] right) {
    }

    private final int maxWidth;

    TableIncidentWriter(int maxWidth) {
        this.maxWidth = maxWidth;
    }

    @Override
    public String name() {
        return "table";
    }

    @Override
    public String mediaType() {
        return "text/plain; charset=utf-8";
    }

    @Override
    public void write(List<StoredIncident> incidents, Writer out) throws IOException {
        // each row is one report of an incident (`incidents --reports`), so the count is of reports
        write(LAYOUT, incidents.stream().map(TableIncidentWriter::cells).toList(), maxWidth, out, "report");
    }

    /**
     * Writes the rows under the layout's header, fitted to {@code maxWidth}, then a line with the count of what a row
     * is ({@code unit}: "incident", "report").
     */
    static void write(Layout layout, List<String[]> cells, int maxWidth, Writer out, String unit) throws IOException {
        if (cells.isEmpty()) {
            out.write("no " + unit + "s\n");
            out.flush();
            return;
        }
        List<String[]> rows = new ArrayList<>(cells.size() + 1);
        rows.add(layout.header());
        rows.addAll(cells);
        int[] widths = widths(layout, rows, maxWidth);
        for (String[] row : rows) {
            out.write(line(row, widths, layout.right()));
            out.write('\n');
        }
        out.write(cells.size() == 1 ? "1 " + unit + "\n" : cells.size() + " " + unit + "s\n");
        out.flush();
    }

    private static int[] widths(Layout layout, List<String[]> rows, int maxWidth) {
        int[] widths = new int[layout.header().length];
        for (String[] row : rows) {
            for (int c = 0; c < row.length; c++) {
                widths[c] = Math.max(widths[c], length(row[c]));
            }
        }
        int total = GAP.length() * (widths.length - 1);
        for (int w : widths) {
            total += w;
        }
        // the id is never cut: it is what a reader copies to look the incident up
        int[] comfort = layout.comfort().clone();
        int[] min = layout.min().clone();
        comfort[0] = Math.max(comfort[0], widths[0]);
        min[0] = Math.max(min[0], widths[0]);
        total = shrink(widths, comfort, total, maxWidth);
        shrink(widths, min, total, maxWidth);
        return widths;
    }

    /**
     * Narrows columns one character at a time, always the one furthest over its {@code floor}, until the table
     * fits or every column is at its floor; returns the new total width.
     */
    private static int shrink(int[] widths, int[] floor, int total, int maxWidth) {
        while (total > maxWidth) {
            int furthest = -1;
            for (int c = 0; c < widths.length; c++) {
                int over = widths[c] - floor[c];
                if (over > 0 && (furthest < 0 || over > widths[furthest] - floor[furthest])) {
                    furthest = c;
                }
            }
            if (furthest < 0) {
                break;
            }
            widths[furthest]--;
            total--;
        }
        return total;
    }

    private static String line(String[] row, int[] widths, boolean[] right) {
        StringBuilder s = new StringBuilder();
        for (int c = 0; c < row.length; c++) {
            if (c > 0) {
                s.append(GAP);
            }
            String cell = fit(row[c], widths[c]);
            String pad = " ".repeat(widths[c] - length(cell));
            if (right[c]) {
                s.append(pad).append(cell);
            } else {
                s.append(cell);
                if (c < row.length - 1) {
                    s.append(pad);
                }
            }
        }
        return s.toString();
    }

    private static String[] cells(StoredIncident incident) {
        Event e = incident.event();
        return new String[]{incident.incidentId(), date(e.date()), e.type().key(), place(e.place()),
                range(e.killed()), range(e.injured()), range(e.civiliansKilled()),
                e.perpetrators().stream().map(p -> p.name()).distinct().collect(Collectors.joining(", ")),
                String.join(", ", e.sources())};
    }

    /** "2017-06-14", "2017-06-01..06-30" within a year, "2016-12-30..2017-01-02" across years, "-" unknown. */
    static String date(EventDate d) {
        if (d == null || d.start() == null) {
            return "-";
        }
        String start = d.start().toString();
        if (d.start().equals(d.end())) {
            return start;
        }
        String end = d.end().toString();
        return start + ".." + (d.start().getYear() == d.end().getYear() ? end.substring(5) : end);
    }

    /** "Aleppo, SY" for a locality, else with the precision: "Hajin, SY (near)", "Idlib, SY (province)". */
    static String place(Place p) {
        if (p == null) {
            return "-";
        }
        String place = p.name() + ", " + p.country();
        return p.precision() == PlacePrecision.LOCALITY ? place : place + " (" + p.precision().key() + ")";
    }

    static String range(Range r) {
        return r == null ? "-" : r.toString();
    }

    /** The cell cut to {@code width} characters, ending in "…" when cut. */
    static String fit(String cell, int width) {
        if (length(cell) <= width) {
            return cell;
        }
        return cell.substring(0, cell.offsetByCodePoints(0, Math.max(0, width - 1))) + "…";
    }

    private static int length(String s) {
        return s.codePointCount(0, s.length());
    }
}
