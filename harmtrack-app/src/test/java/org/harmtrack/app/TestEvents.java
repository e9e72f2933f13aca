package org.harmtrack.app;

import java.time.LocalDate;
import java.util.List;
import org.harmtrack.model.DateGranularity;
import org.harmtrack.model.Event;
import org.harmtrack.model.EventDate;
import org.harmtrack.model.EventType;
import org.harmtrack.model.Figure;
import org.harmtrack.model.Measure;
import org.harmtrack.model.Perpetrator;
import org.harmtrack.model.Place;
import org.harmtrack.model.PlacePrecision;
import org.harmtrack.model.Range;
import org.harmtrack.model.Span;
import org.harmtrack.model.VictimCategory;
import org.harmtrack.store.StoredIncident;

/** Hand-made events and incidents, for tests that need no gazetteer. */
public final class TestEvents {
    private TestEvents() {
    }

    public static Place place(String text, String name, double lat, double lon) {
        return new Place(text, name, 1L, "Admin", null, "SY", lat, lon, PlacePrecision.LOCALITY, new Span(0, text.length()));
    }

    public static Event event(Place place, Range killed, String... sources) {
        LocalDate day = LocalDate.of(2021, 3, 3);
        List<Figure> figures = killed == null ? List.of()
                : List.of(new Figure(Measure.KILLED, VictimCategory.ALL, killed, false, null, Figure.Stance.REPORTED,
                        new Span(0, 1)));
        return new Event(EventType.AIRSTRIKE, new EventDate(day, day, DateGranularity.DAY, "on 3 March", new Span(0, 1)),
                place, List.of(new Perpetrator("Russian military", Perpetrator.ActorKind.STATE_MILITARY, "RU",
                "Russian warplanes", new Span(0, 1))), killed, null, null, null, null, null, figures, List.of(sources),
                List.of(new Span(0, 1)), 0.9);
    }

    public static StoredIncident incident(String documentId, Event event) {
        return new StoredIncident(StoredIncident.incidentId(documentId, 1), documentId, "A title", "https://example.invalid/"
                + documentId, "Test Wire", LocalDate.of(2021, 3, 4), event);
    }
}
