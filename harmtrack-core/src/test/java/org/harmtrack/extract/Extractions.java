package org.harmtrack.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.harmtrack.gazetteer.FixtureGazetteer;
import org.harmtrack.model.Aggregate;
import org.harmtrack.model.Document;
import org.harmtrack.model.Event;
import org.harmtrack.model.Extraction;
import org.harmtrack.model.Figure;
import org.harmtrack.model.Measure;
import org.harmtrack.model.Range;
import org.harmtrack.model.Span;
import org.harmtrack.model.VictimCategory;

/** Shared helpers for the extract tests: one extractor over the fixture gazetteer, and checks every test wants. */
final class Extractions {
    /** A Thursday. */
    static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 14);

    static final IncidentExtractor EXTRACTOR = new IncidentExtractor(FixtureGazetteer.geoparser());

    private Extractions() {
    }

    static Extraction extract(String text) {
        return extract(text, PUBLISHED);
    }

    static Extraction extract(String text, LocalDate published) {
        Extraction x = EXTRACTOR.extract(Document.of("test-doc", text, published));
        assertEquals("test-doc", x.documentId());
        assertSpansInside(text, x);
        return x;
    }

    /** The single event of {@code text}. */
    static Event onlyEvent(String text) {
        return onlyEvent(text, PUBLISHED);
    }

    static Event onlyEvent(String text, LocalDate published) {
        Extraction x = extract(text, published);
        assertEquals(1, x.events().size(), () -> "events of '" + text + "': " + x.events());
        return x.events().get(0);
    }

    /** Every span the extraction reports lies inside the text. */
    static void assertSpansInside(String text, Extraction x) {
        for (Event e : x.events()) {
            e.figures().forEach(f -> assertInside(text, f.span()));
            e.evidence().forEach(s -> assertInside(text, s));
            if (e.place() != null && e.place().span() != null) {
                assertInside(text, e.place().span());
            }
            if (e.date() != null && e.date().span() != null) {
                assertInside(text, e.date().span());
                assertEquals(e.date().text(), e.date().span().of(text), "a date's text is at its span");
            }
            e.perpetrators().stream().filter(p -> p.span() != null).forEach(p -> {
                assertInside(text, p.span());
                assertEquals(p.text(), p.span().of(text), "a perpetrator's text is at its span");
            });
            assertTrue(e.confidence() >= 0 && e.confidence() <= 1);
        }
        for (Aggregate a : x.aggregates()) {
            assertInside(text, a.span());
        }
    }

    private static void assertInside(String text, Span span) {
        assertNotNull(span);
        assertTrue(span.end() <= text.length(), () -> span + " lies outside a text of " + text.length() + " chars");
    }

    static List<Figure> figures(Event e, Measure measure) {
        return e.figures().stream().filter(f -> f.measure() == measure).toList();
    }

    /** The single figure of this measure and category. */
    static Figure figure(Event e, Measure measure, VictimCategory category) {
        List<Figure> found = e.figures().stream()
                .filter(f -> f.measure() == measure && f.category() == category).toList();
        assertEquals(1, found.size(), () -> measure + "/" + category + " figures: " + e.figures());
        return found.get(0);
    }

    static Range range(long min, long max) {
        return new Range(min, max);
    }

    static Range exactly(long n) {
        return Range.exactly(n);
    }
}
