package org.harmtrack.model;

import java.util.List;
import java.util.Objects;

/**
 * One incident as one document tells it. The totals are derived from {@link #figures()}: {@code killed}
 * covers every category, with min the lowest figure the document gives and max the highest; the
 * breakdowns are set only where the text gives them. Unknown counts are null, never 0.
 *
 * @param evidence the spans of the document that speak of this incident
 * @param confidence how sure the extractor is that this is a real incident with the given facts, 0..1
 * @param targets what the document says was hit, each kind once
 * @param weapons the means the document says were used or alleged, each kind once
 * @param assessments each belligerent's own assessment as the document tells it
 * @param victims     the people the document lists by name or by relation, each once
 */
public record Event(EventType type, EventDate date, Place place, List<Perpetrator> perpetrators,
                    Range killed, Range injured, Range civiliansKilled, Range childrenKilled,
                    Range womenKilled, Range combatantsKilled, List<Figure> figures, List<String> sources,
                    List<Span> evidence, double confidence, List<Target> targets, List<Weapon> weapons,
                    List<Assessment> assessments, List<Victim> victims) implements java.io.Serializable {
    public Event {
        Objects.requireNonNull(type, "type");
        assessments = List.copyOf(assessments);
        victims = List.copyOf(victims);
        targets = List.copyOf(targets);
        weapons = List.copyOf(weapons);
        perpetrators = List.copyOf(perpetrators);
        figures = List.copyOf(figures);
        sources = List.copyOf(sources);
        evidence = List.copyOf(evidence);
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence must be within 0..1: " + confidence);
        }
    }

    /** An event of which the document names neither what was hit nor with what, nor any victim. */
    public Event(EventType type, EventDate date, Place place, List<Perpetrator> perpetrators,
                 Range killed, Range injured, Range civiliansKilled, Range childrenKilled,
                 Range womenKilled, Range combatantsKilled, List<Figure> figures, List<String> sources,
                 List<Span> evidence, double confidence) {
        this(type, date, place, perpetrators, killed, injured, civiliansKilled, childrenKilled, womenKilled,
                combatantsKilled, figures, sources, evidence, confidence, List.of(), List.of(), List.of(), List.of());
    }
}
