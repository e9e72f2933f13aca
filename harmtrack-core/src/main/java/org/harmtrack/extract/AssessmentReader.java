package org.harmtrack.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.harmtrack.model.Assessment;
import org.harmtrack.model.Figure;
import org.harmtrack.model.Measure;
import org.harmtrack.model.Range;
import org.harmtrack.model.Span;
import org.harmtrack.model.VictimCategory;

/**
 * Each belligerent's own assessment of one incident, gathered from the incident's sentences while its figures are
 * credited: a belligerent source that gives civilian deaths admits them ("the minister revealed that the bomb killed
 * four civilians"), one that gives none or denies denies, and words of its own say it deems an allegation not
 * credible, is reviewing it or has not assessed it. The deaths and injuries it concedes are the range of its admitted
 * figures. One reader per incident; not thread-safe, and need not be.
 */
final class AssessmentReader {
    private static final Pattern NOT_CREDIBLE = Pattern.compile("\\b(?:not\\s+credible|non-credible|no\\s+credible"
            + "|unsubstantiated|insufficient\\s+(?:information|evidence))\\b|غير\\s+(?:ذات\\s+)?مصداقيه", Pattern.CASE_INSENSITIVE);
    private static final Pattern UNDER_REVIEW = Pattern.compile("\\b(?:under\\s+review|reviewing|investigating"
            + "|(?:opened|launched|is\\s+conducting)\\s+an\\s+investigation|looking\\s+into|assessing)\\b|تحقيق",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NOT_ASSESSED = Pattern.compile("\\b(?:has\\s+not\\s+(?:yet\\s+)?assessed|no\\s+assessment"
            + "|declined\\s+to\\s+comment|did\\s+not\\s+(?:respond|comment))\\b", Pattern.CASE_INSENSITIVE);

    private static final class Builder {
        final String belligerent;
        final String source;
        Span span;
        LocalDate statementDate;
        boolean forcesKnown;
        boolean admits;
        boolean reportsHarm;
        boolean denies;
        Assessment.Position said;
        Range killed;
        Range civilians;
        Range injured;

        Builder(String belligerent, String source, Span span) {
            this.belligerent = belligerent;
            this.source = source;
            this.span = span;
        }
    }

    private final Map<String, Builder> byBelligerent = new LinkedHashMap<>();

    /** A figure credited to {@code source} in sentence {@code f}. */
    void figure(SourceMention source, Figure figure, SentenceFacts f) {
        if (source == null || !source.belligerent()) {
            return;
        }
        Builder b = builder(source, f);
        if (figure.stance() == Figure.Stance.DENIED || figure.count().max() == 0) {
            b.denies = true;
        } else if (figure.stance() != Figure.Stance.CLAIMED && figure.category() != VictimCategory.FIGHTERS) {
            // a party to the fighting telling of the harm its strike did; an explicit admission says more
            b.admits |= figure.stance() == Figure.Stance.ADMITTED;
            b.reportsHarm = true;
            if (figure.measure() == Measure.KILLED && figure.category() == VictimCategory.CIVILIANS) {
                b.civilians = b.civilians == null ? figure.count() : b.civilians.hull(figure.count());
            } else if (figure.measure() == Measure.KILLED) {
                b.killed = b.killed == null ? figure.count() : b.killed.hull(figure.count());
            } else if (figure.measure() == Measure.INJURED) {
                b.injured = b.injured == null ? figure.count() : b.injured.hull(figure.count());
            }
        }
    }

    /** The belligerent sources of sentence {@code f}: their denials and their words on the allegation. */
    void sentence(SentenceFacts f) {
        for (SourceMention source : f.sources()) {
            if (!source.belligerent() || source.anaphor()) {
                continue;
            }
            String text = f.sentence().text();
            Assessment.Position said = NOT_CREDIBLE.matcher(text).find() ? Assessment.Position.NOT_CREDIBLE
                    : UNDER_REVIEW.matcher(text).find() ? Assessment.Position.UNDER_REVIEW
                    : NOT_ASSESSED.matcher(text).find() ? Assessment.Position.NOT_ASSESSED : null;
            if (said == null && source.stance() != Figure.Stance.DENIED && source.stance() != Figure.Stance.ADMITTED) {
                continue;
            }
            Builder b = builder(source, f);
            b.said = said != null ? said : b.said;
            b.denies |= source.stance() == Figure.Stance.DENIED;
            b.admits |= source.stance() == Figure.Stance.ADMITTED;
        }
    }

    private Builder builder(SourceMention source, SentenceFacts f) {
        String belligerent = source.forces() != null ? source.forces().name() : source.name();
        Builder b = byBelligerent.computeIfAbsent(belligerent, k -> new Builder(k, source.name(), f.sentence().span()));
        b.forcesKnown |= source.forces() != null;
        if (b.statementDate == null) {
            b.statementDate = f.statementDay();
        }
        return b;
    }

    /**
     * The assessments, one per belligerent that took a position, in the order the report first gives them; the harm
     * a state tells of is its admission only when its forces are among the incident's {@code perpetrators} (Syria's
     * foreign ministry counting the dead of a US strike accuses, it does not admit).
     */
    List<Assessment> assessments(java.util.Set<String> perpetrators) {
        List<Assessment> out = new ArrayList<>();
        for (Builder b : byBelligerent.values()) {
            // words on the allegation say most, then an explicit admission, then a denial, then the harm it tells of
            // (the harm it tells of is an admission only from a state whose forces struck: a ministry of a state
            // not named as striking may be counting another's victims)
            Assessment.Position position = b.said != null ? b.said : b.admits ? Assessment.Position.ADMITS
                    : b.denies ? Assessment.Position.DENIES
                    : b.reportsHarm && b.forcesKnown && perpetrators.contains(b.belligerent) ? Assessment.Position.ADMITS
                    : null;
            if (position != null) {
                boolean admits = position == Assessment.Position.ADMITS;
                if (b.civilians != null && b.killed != null && b.civilians.max() > b.killed.max()) {
                    // "some 70 people, dozens of them civilians": the civilians are among the 70
                    b.civilians = new Range(Math.min(b.civilians.min(), b.killed.max()), b.killed.max());
                }
                // the civilian deaths it concedes, else all the deaths it tells of
                out.add(new Assessment(b.belligerent, position, !admits ? null : b.civilians != null ? b.civilians
                        : b.killed, admits ? b.injured : null, b.statementDate, b.source, b.span));
            }
        }
        return out;
    }
}
