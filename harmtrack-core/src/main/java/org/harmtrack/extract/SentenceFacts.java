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
                     boolean campaign, HitReader.Hits hits) {
    /** "acknowledged on", "said", "announced on": the day right after such words is when something was said. */
    private static final Pattern REPORTED_ON = Pattern.compile(
            "\\b(?:said|says|acknowledged|admitted|announced|reported|confirmed|stated|denied|told \\w+)(?:\\s+on)?\\s*$",
            Pattern.CASE_INSENSITIVE);
    /** "in a letter to lawmakers on Friday", "at a briefing on Wednesday": a later, official telling. */
    private static final Pattern IN_A_STATEMENT = Pattern.compile(
            "\\b(?:in|at|during)\\s+(?:a|an|the|its|his|her|their)\\s+(?:[\\w'’-]+\\s+){0,2}(?:letters?|statements?"
            + "|press\\s+conference|news\\s+conference|interview|briefing|speech)\\b[^.;:]{0,50}$"
            // "addressed two letters last Saturday", "issued a statement on Monday"
            + "|\\b(?:sent|addressed|issued|wrote|published|released)\\s+(?:[\\w'’-]+\\s+){0,2}(?:letters?|statements?)\\s+$",
            Pattern.CASE_INSENSITIVE);
    /** "On Tuesday, the government condemned ...": a day that opens a sentence whose verb is one of telling. */
    private static final Pattern TELLING_AFTER = Pattern.compile(
            "^[\\s,]*(?:the\\s+)?[\\p{L}'’.\\s-]{0,60}?\\b(?:condemned|denounced|denied|admitted|acknowledged"
            + "|accused|charged|wrote)\\b",
            Pattern.CASE_INSENSITIVE);

    /**
     * The day the sentence's incident happened: its first resolved day that dates no statement, else a day that
     * dates only its reporting ("reported on 8 June": the best date a note gives). A day of a later, official
     * telling (a letter, a press conference, "On Tuesday, the ministry condemned ...") is never the strike's.
     */
    DateMention eventDay() {
        DateMention reported = null;
        for (DateMention d : dates) {
            if (!d.isResolved() || d.granularity() != org.harmtrack.model.DateGranularity.DAY || datesStatement(d)) {
                continue;
            }
            if (!datesReport(d)) {
                return d;
            }
            reported = reported == null ? d : reported;
        }
        return reported;
    }

    /** The day the sentence dates a statement or its telling on ("said on Thursday", "in a letter on 5 May"), or null. */
    java.time.LocalDate statementDay() {
        for (DateMention d : dates) {
            if (d.isResolved() && d.granularity() == org.harmtrack.model.DateGranularity.DAY
                    && (datesStatement(d) || datesReport(d))) {
                return d.start();
            }
        }
        return null;
    }

    /** True when {@code d} dates the reporting of the incident ("said on Thursday"). */
    private boolean datesReport(DateMention d) {
        String before = sentence.slice(Math.max(sentence.start(), d.span().start() - 40), d.span().start());
        return REPORTED_ON.matcher(before).find();
    }

    /** True when {@code d} dates a later, official telling (a letter, a press conference, a condemnation). */
    boolean datesStatement(DateMention d) {
        String before = sentence.slice(Math.max(sentence.start(), d.span().start() - 80), d.span().start());
        if (IN_A_STATEMENT.matcher(before).find()) {
            return true;
        }
        String opening = sentence.slice(sentence.start(), d.span().start()).strip();
        if (opening.isEmpty() || opening.equalsIgnoreCase("on")) {
            String after = sentence.slice(d.span().end(), Math.min(sentence.end(), d.span().end() + 90));
            return TELLING_AFTER.matcher(after).find();
        }
        return false;
    }

    boolean hasCasualties() {
        return figures.stream().anyMatch(FigureMention::isCasualty);
    }
}
