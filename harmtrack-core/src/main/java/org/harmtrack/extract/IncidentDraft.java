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

    /** The first village or town its sentences name, or null. */
    GeoEntry locality() {
        for (SentenceFacts f : sentences) {
            GeoEntry e = PlaceRanking.mostSpecific(f.places(), null);
            if (e != null && e.level() == GeoLevel.LOCALITY) {
                return e;
            }
        }
        return null;
    }

    /** The finest place its sentences name where harm could have happened (not a place travelled to), or null. */
    GeoEntry place(String text) {
        GeoEntry best = null;
        for (SentenceFacts f : sentences) {
            GeoEntry e = PlaceRanking.mostSpecific(f.places(), text);
            if (e != null && (best == null || e.level().ordinal() < best.level().ordinal())) {
                best = e;
            }
        }
        return best;
    }

    /** The most specific kind of incident its sentences speak of, or null. */
    EventType type() {
        EventType type = null;
        for (SentenceFacts f : sentences) {
            type = EventTypes.moreSpecific(type, f.type());
        }
        return type;
    }

    DateMention day() {
        for (SentenceFacts f : sentences) {
            DateMention d = f.eventDay();
            if (d != null) {
                return d;
            }
        }
        return null;
    }
}
