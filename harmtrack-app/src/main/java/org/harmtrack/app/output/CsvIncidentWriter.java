package org.harmtrack.app.output;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.harmtrack.store.StoredIncident;

/**
 * CSV as RFC 4180 has it (Apache Commons CSV): a header row, CRLF line ends, and fields that hold a comma, a double
 * quote or a line break quoted, with their quotes doubled. Columns as {@link IncidentColumns}.
 *
 * <p>Text from articles is untrusted, and a spreadsheet runs a cell that begins with '=', '+', '-' or '@' as a
 * formula: such a text field is written with a leading apostrophe, which spreadsheets show as text (numbers, dates
 * and coordinates are written as they are).
 */
final class CsvIncidentWriter implements IncidentWriter {
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();

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
        CSVPrinter csv = printer(out);
        record(csv, IncidentColumns.NAMES);
        for (StoredIncident incident : incidents) {
            record(csv, IncidentColumns.values(incident));
        }
        csv.flush();
    }

    /** A printer of CSV records onto {@code out}; flush it, do not close it (that would close {@code out}). */
    static CSVPrinter printer(Writer out) throws IOException {
        return new CSVPrinter(out, FORMAT);
    }

    /** One CSV record of the values, as {@link IncidentColumns#text} writes them, text guarded against formulas. */
    static void record(CSVPrinter csv, List<?> values) throws IOException {
        List<String> fields = new ArrayList<>(values.size());
        for (Object v : values) {
            String text = IncidentColumns.text(v);
            fields.add(v instanceof CharSequence && startsFormula(text) ? "'" + text : text);
        }
        csv.printRecord(fields);
    }

    private static boolean startsFormula(String s) {
        return !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0;
    }
}
