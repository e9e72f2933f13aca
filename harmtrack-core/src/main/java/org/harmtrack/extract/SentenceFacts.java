package org.harmtrack.extract;

import java.util.List;
import org.harmtrack.gazetteer.PlaceMention;
import org.harmtrack.model.EventType;
import org.harmtrack.text.Sentence;
import org.harmtrack.time.DateMention;

/**
 * What the readers found in one sentence; the assembler groups these into events and aggregates.
 *
 * @param type     the kind of incident the sentence's words speak of, or null if none
 * @param campaign the sentence speaks of a campaign or a period ("since 2014", "in total", "over the past year")
 */
record SentenceFacts(Sentence sentence, List<FigureMention> figures, List<ActorMention> actors,
                     List<SourceMention> sources, List<DateMention> dates, List<PlaceMention> places, EventType type,
                     boolean campaign) {
    boolean hasCasualties() {
        return figures.stream().anyMatch(FigureMention::isCasualty);
    }
}
