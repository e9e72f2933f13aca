package org.harmtrack.extract;

import java.util.List;
import java.util.regex.Pattern;
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
    /** "acknowledged on", "said", "announced on": the day right after such words is when something was said. */
    private static final Pattern REPORTED_ON = Pattern.compile(
            "\\b(?:said|says|acknowledged|admitted|announced|reported|confirmed|stated|denied|told \\w+)(?:\\s+on)?\\s*$",
            Pattern.CASE_INSENSITIVE);

    /**
     * The day the sentence's incident happened: its first resolved day, passing over a day that only dates a
     * statement ("acknowledged on Thursday that ... a strike on 23 September") when another day is named.
     */
    DateMention eventDay() {
        DateMention first = null;
        for (DateMention d : dates) {
            if (!d.isResolved() || d.granularity() != org.harmtrack.model.DateGranularity.DAY) {
                continue;
            }
            if (first == null) {
                first = d;
            }
            String before = sentence.slice(Math.max(sentence.start(), d.span().start() - 40), d.span().start());
            if (!REPORTED_ON.matcher(before).find()) {
                return d;
            }
        }
        return first;
    }

    boolean hasCasualties() {
        return figures.stream().anyMatch(FigureMention::isCasualty);
    }
}
