package org.harmtrack.extract;

import java.util.ArrayList;
import java.util.List;
import org.harmtrack.gazetteer.GeoEntry;
import org.harmtrack.gazetteer.GeoLevel;
import org.harmtrack.model.EventType;
import org.harmtrack.time.DateMention;

/**
 * An incident being assembled from a document: its sentences, their incident figures, and the context sentences
 * after them. Not thread-safe: one assembly's working state.
 */
final class IncidentDraft {
    final List<SentenceFacts> sentences = new ArrayList<>();
    final List<List<FigureMention>> figuresBySentence = new ArrayList<>();
    final List<FigureMention> figures = new ArrayList<>();
    final List<SentenceFacts> context = new ArrayList<>();

    void add(SentenceFacts f, List<FigureMention> incidentFigures) {
        sentences.add(f);
        figuresBySentence.add(incidentFigures);
        figures.addAll(incidentFigures);
    }

    void absorb(IncidentDraft other) {
        for (int i = 0; i < other.sentences.size(); i++) {
            add(other.sentences.get(i), other.figuresBySentence.get(i));
        }
        context.addAll(other.context);
    }

    SentenceFacts last() {
        return sentences.get(sentences.size() - 1);
    }

    // What the draft's sentences so far say, carried forward as sentences are added, so that asking after each
    // new sentence costs nothing more when a document has 100,000 of them. Sentences are only ever appended.
    private int localitySeen;
    private GeoEntry locality;
    private int placeSeen;
    private GeoEntry place;
    private int typeSeen;
    private EventType type;
    private int daySeen;
    private DateMention day;
    private int dayWordsSeen;
    private String dayWords;

    /** The first village or town its sentences name, or null. */
    GeoEntry locality() {
        for (; localitySeen < sentences.size() && locality == null; localitySeen++) {
            GeoEntry e = PlaceRanking.mostSpecific(sentences.get(localitySeen).places(), null);
            if (e != null && e.level() == GeoLevel.LOCALITY) {
                locality = e;
            }
        }
        return locality;
    }

    /**
     * The finest place its sentences name where harm could have happened (not a place travelled to), or null.
     * {@code text} is the document's, the same at every call.
     */
    GeoEntry place(String text) {
        for (; placeSeen < sentences.size(); placeSeen++) {
            GeoEntry e = PlaceRanking.mostSpecific(sentences.get(placeSeen).places(), text);
            if (e != null && (place == null || e.level().ordinal() < place.level().ordinal())) {
                place = e;
            }
        }
        return place;
    }

    /** The most specific kind of incident its sentences speak of, or null. */
    EventType type() {
        for (; typeSeen < sentences.size(); typeSeen++) {
            type = EventTypes.moreSpecific(type, sentences.get(typeSeen).type());
        }
        return type;
    }

    /** The first day its sentences give the incident, or null. */
    DateMention day() {
        for (; daySeen < sentences.size() && day == null; daySeen++) {
            day = sentences.get(daySeen).eventDay();
        }
        return day;
    }

    /** The first day words of its sentences ("on Thursday"), read by {@code words}, or null. */
    String dayWords(java.util.function.Function<SentenceFacts, String> words) {
        for (; dayWordsSeen < sentences.size() && dayWords == null; dayWordsSeen++) {
            dayWords = words.apply(sentences.get(dayWordsSeen));
        }
        return dayWords;
    }
}
