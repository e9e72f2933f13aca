package org.harmtrack.store;

import java.time.LocalDate;
import java.util.List;
import org.harmtrack.model.Aggregate;
import org.harmtrack.model.Assessment;
import org.harmtrack.model.DateGranularity;
import org.harmtrack.model.Document;
import org.harmtrack.model.Event;
import org.harmtrack.model.EventDate;
import org.harmtrack.model.EventType;
import org.harmtrack.model.Extraction;
import org.harmtrack.model.Figure;
import org.harmtrack.model.Measure;
import org.harmtrack.model.Perpetrator.ActorKind;
import org.harmtrack.model.Perpetrator;
import org.harmtrack.model.Place;
import org.harmtrack.model.PlacePrecision;
import org.harmtrack.model.Range;
import org.harmtrack.model.Span;
import org.harmtrack.model.Target;
import org.harmtrack.model.TargetKind;
import org.harmtrack.model.Victim;
import org.harmtrack.model.VictimCategory;
import org.harmtrack.model.Weapon;
import org.harmtrack.model.WeaponKind;

/** Small invented reports and what an extractor could have read in them. */
final class Fixtures {
    static final String MARKET_TEXT = "At least 12 civilians, including 5 children, were killed on Tuesday when"
            + " Russian warplanes struck a market in Kafr Zita, the Observatory said. Rescuers said dozens were"
            + " injured. No fighters were among the dead. Last week shelling hit the region. Since 2015 the"
            + " coalition says it carried out 3,700 strikes in Syria and Iraq.";

    private Fixtures() {
    }

    /** The half-open span of the first occurrence of {@code phrase} in {@code text}. */
    static Span span(String text, String phrase) {
        int at = text.indexOf(phrase);
        if (at < 0) {
            throw new IllegalArgumentException("not in text: " + phrase);
        }
        return new Span(at, at + phrase.length());
    }

    static Document marketDocument() {
        return new Document("market-2019", MARKET_TEXT, LocalDate.of(2019, 7, 24), "Strike on market kills 12",
                "https://news.example/market", "Example News");
    }

    /** Every field set, several list entries, a zero range next to a null one, a figure without attribution. */
    static Event fullyPopulatedEvent() {
        String t = MARKET_TEXT;
        return new Event(EventType.AIRSTRIKE,
                new EventDate(LocalDate.of(2019, 7, 23), LocalDate.of(2019, 7, 23), DateGranularity.DAY,
                        "on Tuesday", span(t, "on Tuesday")),
                new Place("Kafr Zita", "Kafr Zayta", 169304L, "Hama", "Muhradah District", "SY", 35.37444, 36.60028,
                        PlacePrecision.LOCALITY, span(t, "Kafr Zita")),
                List.of(new Perpetrator("Russian military", ActorKind.STATE_MILITARY, "RU", "Russian warplanes",
                                span(t, "Russian warplanes")),
                        new Perpetrator("Unknown", ActorKind.UNKNOWN, null, null, null)),
                new Range(12, 14), new Range(24, 99), Range.exactly(12), Range.exactly(5), null, Range.exactly(0),
                List.of(new Figure(Measure.KILLED, VictimCategory.CIVILIANS, Range.exactly(12), false, "Observatory",
                                Figure.Stance.REPORTED, span(t, "At least 12 civilians")),
                        new Figure(Measure.KILLED, VictimCategory.CHILDREN, Range.exactly(5), false, "Observatory",
                                Figure.Stance.ADMITTED, span(t, "5 children")),
                        new Figure(Measure.INJURED, VictimCategory.ALL, new Range(24, 99), true, null,
                                Figure.Stance.DENIED, span(t, "dozens were injured"))),
                List.of("Observatory", "Rescuers"),
                List.of(span(t, "At least 12 civilians, including 5 children, were killed"),
                        span(t, "Rescuers said dozens were injured")),
                0.1 + 0.2, // 0.30000000000000004: a double that must survive the database bit for bit
                List.of(new Target(TargetKind.MARKET, "a market", span(t, "a market"))),
                List.of(new Weapon(WeaponKind.AIRSTRIKE, "warplanes", span(t, "warplanes"), null),
                        new Weapon(WeaponKind.ARTILLERY, "shelling", span(t, "shelling"), "the Observatory")),
                List.of(new Assessment("Russian military", Assessment.Position.DENIES, null, Range.exactly(0),
                                LocalDate.of(2019, 7, 24), "Russian Ministry of Defence", span(t, "No fighters")),
                        new Assessment("Syrian army", Assessment.Position.ADMITS, new Range(3, 12), null, null,
                                "SANA", span(t, "Rescuers said"))),
                List.of(new Victim(null, 5, null, Victim.AgeGroup.CHILD, null, Measure.KILLED, "children",
                                span(t, "5 children")),
                        new Victim("Omar Haddad", 1, 40, Victim.AgeGroup.ADULT, Victim.Gender.MALE, Measure.INJURED,
                                "father of Lina", span(t, "Rescuers"))));
    }

    /** Nothing known but the type: null date, place and counts, empty lists. */
    static Event sparseEvent() {
        return new Event(EventType.SHELLING, null, null, List.of(), null, null, null, null, null, null, List.of(),
                List.of(), List.of(), 0.0);
    }

    /** An unresolved date, a country-level place without a GeoNames id, a perpetrator known only by name. */
    static Event partlyResolvedEvent() {
        return new Event(EventType.OTHER,
                new EventDate(null, null, DateGranularity.WEEK, "Last week", span(MARKET_TEXT, "Last week")),
                new Place(null, "Syria", 0L, null, null, "SY", 35.0, 38.0, PlacePrecision.COUNTRY, null),
                List.of(new Perpetrator("Syrian government", ActorKind.STATE_MILITARY, null, null, null)),
                null, null, null, null, null, null, List.of(), List.of(""), List.of(), 1.0);
    }

    static Aggregate fullAggregate() {
        String t = MARKET_TEXT;
        return new Aggregate("airstrikes", Range.exactly(3700),
                new EventDate(LocalDate.of(2015, 1, 1), LocalDate.of(2019, 7, 24), DateGranularity.PERIOD,
                        "Since 2015", span(t, "Since 2015")),
                List.of("Syria", "Iraq"),
                List.of(new Perpetrator("US-led coalition", ActorKind.COALITION, "US", "the coalition",
                        span(t, "the coalition"))),
                "US-led coalition", span(t, "3,700 strikes"));
    }

    static Aggregate sparseAggregate() {
        return new Aggregate("bombs", new Range(100, 200), null, List.of(), List.of(), null, new Span(0, 2));
    }

    static Extraction marketExtraction() {
        return new Extraction("market-2019", List.of(fullyPopulatedEvent(), sparseEvent(), partlyResolvedEvent()),
                List.of(fullAggregate(), sparseAggregate()));
    }

    /** A short report with one event, for tests that only need something stored. */
    static Document simpleDocument(String id, String text) {
        return new Document(id, text, LocalDate.of(2024, 3, 1), "Title of " + id, null, null);
    }

    /** An event at a point, on a day, by a perpetrator, with a killed range (null for unknown). */
    static Event event(LocalDate day, String country, double lat, double lon, String perpetrator, Range killed) {
        return new Event(EventType.AIRSTRIKE,
                day == null ? null : new EventDate(day, day, DateGranularity.DAY, "", null),
                country == null ? null
                        : new Place("somewhere", "Somewhere", 1L, null, null, country, lat, lon,
                                PlacePrecision.LOCALITY, new Span(0, 4)),
                perpetrator == null ? List.of()
                        : List.of(new Perpetrator(perpetrator, ActorKind.STATE_MILITARY, null,
                                perpetrator.toLowerCase(java.util.Locale.ROOT) + " jets", null)),
                killed, null, null, null, null, null, List.of(), List.of(), List.of(), 0.5);
    }

    static Extraction extraction(String documentId, Event... events) {
        return new Extraction(documentId, List.of(events), List.of());
    }
}
