package org.harmtrack.extract;

import org.harmtrack.model.Measure;
import org.harmtrack.model.Range;
import org.harmtrack.model.Span;
import org.harmtrack.model.VictimCategory;

/**
 * A count in a sentence and what it counts, before attribution and assembly into events.
 *
 * @param measure  the harm counted, or null for a campaign unit (then {@code unit} is set)
 * @param unit     for counts of strikes, bombs, sorties...: the counted noun; else null
 * @param subset   the figure is a breakdown of another ("including 4 children", "9 of whom were women")
 * @param additive the figure adds to an earlier one ("another 3 were killed", "2 more died")
 * @param vague    the count is a vague word ("dozens", "a number of") standing for a documented range
 * @param named    the text names who is counted ("12 people", "5 fighters"); false for a bare "12 were killed"
 */
record FigureMention(Measure measure, String unit, VictimCategory category, Range count, boolean approximate,
                     Span span, boolean subset, boolean additive, boolean vague, boolean named) {
    boolean isCasualty() {
        return measure != null;
    }
}
