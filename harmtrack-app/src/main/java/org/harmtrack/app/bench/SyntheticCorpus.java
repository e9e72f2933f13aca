package org.harmtrack.app.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.harmtrack.model.DateGranularity;
import org.harmtrack.model.Document;
import org.harmtrack.model.Event;
import org.harmtrack.model.EventDate;
import org.harmtrack.model.EventType;
import org.harmtrack.model.Extraction;
import org.harmtrack.model.Figure;
import org.harmtrack.model.Measure;
import org.harmtrack.model.Perpetrator;
import org.harmtrack.model.Place;
import org.harmtrack.model.PlacePrecision;
import org.harmtrack.model.Range;
import org.harmtrack.model.Span;
import org.harmtrack.model.VictimCategory;

/**
 * Reproducible synthetic reports and their extractions, for measuring the store and the API at scale without
 * running the extractor: one event each, spread over ten years and over a grid of places in six countries, with
 * tolls, sources, a perpetrator and evidence offsets into the report's text. Not thread-safe.
 */
public final class SyntheticCorpus {
    private static final String[] COUNTRIES = {"SY", "IQ", "YE", "AF", "PK", "PS"};
    private static final double[][] CENTRES = {{35.0, 38.5}, {33.5, 43.5}, {15.5, 45.0}, {34.0, 66.0},
        {32.5, 70.0}, {31.45, 34.4}};
    private static final String[] SOURCES = {"residents", "Civil Defence", "Ministry of Health", "local sources",
        "medical sources", "police"};
    private static final EventType[] TYPES = {EventType.AIRSTRIKE, EventType.DRONE_STRIKE, EventType.SHELLING,
        EventType.ARMED_CLASH};
    private static final LocalDate FIRST_DAY = LocalDate.of(2012, 1, 1);

    private final Random random;
    private final int count;

    /** A corpus of {@code count} reports from the given seed. */
    public SyntheticCorpus(int count, long seed) {
        this.count = count;
        this.random = new Random(seed);
    }

    /** The next batch of up to {@code size} reports, starting at report {@code from}. */
    public Batch batch(int from, int size) {
        List<Document> docs = new ArrayList<>();
        List<Extraction> extractions = new ArrayList<>();
        for (int i = from; i < Math.min(count, from + size); i++) {
            int c = random.nextInt(COUNTRIES.length);
            // a grid of some 400 places per country, so reports of one day rarely share a place
            double lat = CENTRES[c][0] + (random.nextInt(20) - 10) * 0.1;
            double lon = CENTRES[c][1] + (random.nextInt(20) - 10) * 0.1;
            LocalDate day = FIRST_DAY.plusDays((long) i * 3650 / count);
            long killed = random.nextInt(25);
            String source = SOURCES[random.nextInt(SOURCES.length)];
            String id = String.format("syn-%07d", i);
            String place = "Place " + c + "-" + Math.round(lat * 10) + "-" + Math.round(lon * 10);
            String sentence = "A strike hit " + place + " on " + day + ", killing " + killed + " people, " + source
                    + " said.";
            String text = sentence + " Synthetic report " + id + " written for benchmarks.";
            Span figure = new Span(sentence.indexOf("killing") + 8, sentence.indexOf(" people"));
            Event e = new Event(TYPES[random.nextInt(TYPES.length)],
                    new EventDate(day, day, DateGranularity.DAY, day.toString(), null),
                    new Place(place, place, 1_000_000L + c * 1000L + Math.round(lat * 10) * 31 + Math.round(lon * 10),
                            null, null, COUNTRIES[c], lat, lon, random.nextInt(4) == 0 ? PlacePrecision.NEAR
                            : PlacePrecision.LOCALITY, new Span(13, 13 + place.length())),
                    List.of(new Perpetrator("Synthetic air force", Perpetrator.ActorKind.STATE_MILITARY, null,
                            "jets", null)),
                    new Range(killed, killed), null, null, null, null, null,
                    List.of(new Figure(Measure.KILLED, VictimCategory.ALL, new Range(killed, killed), false, source,
                            Figure.Stance.REPORTED, figure)),
                    List.of(source), List.of(new Span(0, sentence.length())), 0.9);
            docs.add(new Document(id, text, day, "Strike on " + place, "https://example.invalid/" + id,
                    "Synthetic Wire"));
            extractions.add(new Extraction(id, List.of(e), List.of()));
        }
        return new Batch(docs, extractions);
    }

    /** Reports and their extractions, index for index. */
    public record Batch(List<Document> documents, List<Extraction> extractions) {
    }
}
