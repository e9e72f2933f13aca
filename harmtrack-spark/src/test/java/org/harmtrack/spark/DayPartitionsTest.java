package org.harmtrack.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.harmtrack.link.ReportedEvent;
import org.harmtrack.model.DateGranularity;
import org.harmtrack.model.Event;
import org.harmtrack.model.EventDate;
import org.harmtrack.model.EventType;
import org.harmtrack.model.Range;
import org.junit.jupiter.api.Test;

class DayPartitionsTest {
    /** The last day of a 7-day partition (epoch days 7k .. 7k+6). */
    static final LocalDate EDGE = LocalDate.ofEpochDay(7 * 2800 + 6);

    static ReportedEvent report(String id, LocalDate from, LocalDate to) {
        EventDate date = from == null ? null : new EventDate(from, to, DateGranularity.DAY, "then", null);
        Event e = new Event(EventType.AIRSTRIKE, date, null, List.of(), new Range(3, 3), null, null, null, null, null,
                List.of(), List.of(), List.of(), 0.8);
        return new ReportedEvent(id, 0, e, Set.of(), Set.of(), Set.of(), 0);
    }

    @Test
    void aReportNearAnEdgeIsLinkedOnBothSidesAndCountedInItsHome() {
        DayPartitions days = new DayPartitions(7);
        long home = Math.floorDiv(EDGE.toEpochDay(), 7);
        assertEquals(List.of(home, home + 1), days.views(report("a", EDGE, EDGE)));
        assertEquals(List.of(home + 1, home), days.views(report("b", EDGE.plusDays(1), EDGE.plusDays(1))));
        assertEquals(List.of(home + 1, home), days.views(report("c", EDGE.plusDays(2), EDGE.plusDays(2))),
                "two days after the edge is still within reach of the day before it");
        assertEquals(List.of(home + 1), days.views(report("d", EDGE.plusDays(3), EDGE.plusDays(3))));
        assertEquals(home + 1, days.home(report("b", EDGE.plusDays(1), EDGE.plusDays(1))));
    }

    @Test
    void undatedAndLongReportsAreAlone() {
        assertTrue(DayPartitions.alone(report("u", null, null)));
        assertTrue(DayPartitions.alone(report("season", EDGE, EDGE.plusDays(60))));
        assertFalse(DayPartitions.alone(report("week", EDGE, EDGE.plusDays(6))));
        assertThrows(IllegalArgumentException.class, () -> new DayPartitions(4));
    }

    @Test
    void labelsThatShareAReportAreOneGroupNamedByTheSmallest() {
        DayPartitions.Stitch stitch = new DayPartitions.Stitch();
        stitch.join("9/x", "3/y");
        stitch.join("5/z", "9/x");
        stitch.join("7/w", "8/v");
        assertEquals("3/y", stitch.root("5/z"));
        assertEquals("3/y", stitch.roots().get("9/x"));
        assertEquals("7/w", stitch.roots().get("8/v"));
        assertEquals("1/alone", stitch.root("1/alone"));
    }
}
