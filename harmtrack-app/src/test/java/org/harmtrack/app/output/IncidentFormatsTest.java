package org.harmtrack.app.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import org.harmtrack.model.DateGranularity;
import org.harmtrack.model.Event;
import org.harmtrack.model.EventDate;
import org.harmtrack.model.EventType;
import org.harmtrack.model.Place;
import org.harmtrack.model.PlacePrecision;
import org.harmtrack.model.Range;
import org.harmtrack.model.Span;
import org.harmtrack.store.StoredIncident;
import org.junit.jupiter.api.Test;

class IncidentFormatsTest {
    private static StoredIncident incident(String id, String placeText, String placeName, Range killed) {
        Place place = new Place(placeText, placeName, 1L, null, null, "SY", 35.5, 38.25, PlacePrecision.NEAR,
                new Span(0, 1));
        EventDate date = new EventDate(LocalDate.of(2017, 6, 1), LocalDate.of(2017, 6, 30), DateGranularity.MONTH,
                "in June", new Span(0, 1));
        Event event = new Event(EventType.SHELLING, date, place, List.of(), killed, null, null, null, null, null,
                List.of(), List.of("residents", "a monitor"), List.of(), 0.5);
        return new StoredIncident(id, id.substring(0, id.indexOf('#')), null, null, null, null, event);
    }

    private static String write(String format, List<StoredIncident> incidents) throws IOException {
        StringWriter out = new StringWriter();
        IncidentFormats.forName(format).write(incidents, out);
        return out.toString();
    }

    @Test
    void csvQuotesFieldsWithCommasQuotesAndLineBreaksAndDoublesTheirQuotes() throws IOException {
        String csv = write("csv", List.of(incident("d1#1", "the \"old\" market, east\nside", "Hamlet", null)));

        String row = csv.substring(csv.indexOf("\r\n") + 2);
        assertTrue(row.startsWith("d1#1,d1,2017-06-01,2017-06-30,shelling,Hamlet,\"the \"\"old\"\" market, east\nside\",SY,,,"
                + "35.5,38.25,near,,,"), row);
        assertTrue(row.endsWith(",residents;a monitor,\r\n"), row);
    }

    @Test
    void textThatASpreadsheetWouldRunAsAFormulaIsWrittenAsTextAndNumbersStayNumbers() throws IOException {
        String csv = write("csv", List.of(incident("d3#1", "=HYPERLINK(\"http://x.example\",\"see\")", "@Hamlet", null)));

        String row = csv.substring(csv.indexOf("\r\n") + 2);
        assertTrue(row.contains(",'@Hamlet,\"'=HYPERLINK(\"\"http://x.example\"\",\"\"see\"\")\",SY,"), row);
        assertTrue(row.contains(",35.5,38.25,"), row);
    }

    @Test
    void theTableCutsLongCellsWithAnEllipsisShowsUnknownCountsAsADashAndAbridgesDateRanges() throws IOException {
        String longName = "A very long place name that no terminal column could ever hold whole";
        String table = write("table", List.of(incident("a-document-with-a-rather-long-identifier#1", "x", longName, null),
                incident("d2#1", "y", "Short", new Range(3, 5))));

        List<String> lines = table.lines().toList();
        assertEquals(4, lines.size());
        // the id is whole; the other columns give way, down to their floors, so only an id longer than its column's
        // floor may carry a line past the terminal's width
        assertTrue(lines.get(1).startsWith("a-document-with-a-rather-long-identifier#1 "), table);
        int idOver = "a-document-with-a-rather-long-identifier#1".length() - "incident".length();
        assertTrue(lines.stream().allMatch(l -> l.length() <= IncidentFormats.TABLE_WIDTH + idOver), table);
        assertTrue(lines.get(1).contains("…"), table);
        assertTrue(lines.get(1).contains("2017-06-01..06-30"), table);
        assertTrue(lines.get(2).contains("Short, SY (near)") && lines.get(2).contains("3-5"), table);
        assertTrue(lines.get(1).matches(".*\\s-\\s.*"), table);
    }

    @Test
    void anUnknownFormatNameIsRefusedAndNamesTheKnownOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> IncidentFormats.forName("xml"));

        assertTrue(e.getMessage().contains("xml") && e.getMessage().contains("geojson"), e.getMessage());
        assertEquals(List.of("table", "jsonl", "csv", "geojson"), IncidentFormats.names());
    }
}
