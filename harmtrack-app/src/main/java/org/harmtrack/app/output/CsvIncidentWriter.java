package org.harmtrack.app.output;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.harmtrack.store.StoredIncident;

/**
 * CSV as RFC 4180 has it: a header row, CRLF line ends, and fields that hold a comma, a double quote or a line
 * break quoted, with their quotes doubled. Columns as {@link IncidentColumns}.
 */
final class CsvIncidentWriter implements IncidentWriter {
    @Override
    public String name() {
        return "csv";
    }

    @Override
    public String mediaType() {
        return "text/csv; charset=utf-8; header=present";
    }

    @Override
    public void write(List<StoredIncident> incidents, Writer out) throws IOException {
        row(IncidentColumns.NAMES, out);
        for (StoredIncident incident : incidents) {
            row(IncidentColumns.values(incident), out);
        }
        out.flush();
    }

    /** One CSV record of the values, as {@link IncidentColumns#text} writes them. */
    static void row(List<?> values, Writer out) throws IOException {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(field(IncidentColumns.text(values.get(i))));
        }
        out.write("\r\n");
    }

    /** The field as RFC 4180 wants it. */
    static String field(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
