package org.harmtrack.extract;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.harmtrack.model.Figure;
import org.harmtrack.model.Measure;
import org.harmtrack.model.Range;
import org.harmtrack.model.VictimCategory;

/**
 * Turns one incident's figures into its totals, the way monitors read a report:
 * <ul>
 *   <li>Within one sentence, figures for different groups add up ("3 soldiers and 5 rebels were killed" = 8);
 *       figures for the same group are alternatives ("14 according to residents, 9 according to officials" = 9..14);
 *       breakdowns ("including 4 children", "9 of whom") do not add.</li>
 *   <li>Across sentences, each sentence's total is another telling of the same toll, so the event's range runs from
 *       the lowest to the highest telling; a sentence that says "another" or "also" adds to the telling before it;
 *       a sentence that only counts a sub-group (children, women) smaller than a telling is a breakdown.</li>
 *   <li>An explicit zero counts only where no other figure exists ("no fatalities were reported"); a denial is kept
 *       among the figures but does not widen the range.</li>
 * </ul>
 * Thread-safe: stateless.
 */
final class TollCounter {
    /** A figure with the sentence it came from and how it relates to the others there. */
    record Told(Figure figure, int sentence, boolean subset, boolean additive) {
    }

    /** The total for {@code measure} over every category, or null when no figure gives it. */
    Range total(List<Told> figures, Measure measure) {
        Map<Integer, List<Told>> bySentence = new LinkedHashMap<>();
        for (Told t : figures) {
            if (t.figure.measure() == measure && t.figure.stance() != Figure.Stance.DENIED) {
                bySentence.computeIfAbsent(t.sentence, k -> new ArrayList<>()).add(t);
            }
        }
        List<Range> tellings = new ArrayList<>();
        List<Boolean> broad = new ArrayList<>();
        for (List<Told> sentence : bySentence.values()) {
            Map<VictimCategory, Range> byCategory = new EnumMap<>(VictimCategory.class);
            boolean additive = false;
            for (Told t : sentence) {
                if (!t.subset) {
                    byCategory.merge(t.figure.category(), t.figure.count(), Range::hull);
                    additive |= t.additive;
                }
            }
            if (byCategory.isEmpty()) {
                continue;
            }
            Range total = sentenceTotal(byCategory);
            boolean isBroad = byCategory.containsKey(VictimCategory.ALL) || byCategory.containsKey(VictimCategory.CIVILIANS)
                    || byCategory.containsKey(VictimCategory.FIGHTERS) || byCategory.size() > 1;
            if (additive && !tellings.isEmpty()) {
                int last = tellings.size() - 1;
                tellings.set(last, tellings.get(last).plus(total));
            } else {
                tellings.add(total);
                broad.add(isBroad);
            }
        }
        long broadestMax = 0;
        for (int i = 0; i < tellings.size(); i++) {
            if (broad.get(i)) {
                broadestMax = Math.max(broadestMax, tellings.get(i).max());
            }
        }
        Range result = null;
        Range zero = null;
        for (int i = 0; i < tellings.size(); i++) {
            Range r = tellings.get(i);
            if (r.max() == 0) {
                zero = r;
                continue;
            }
            if (!broad.get(i) && broadestMax > 0 && r.max() <= broadestMax) {
                continue; // "two children died" after "eight people were killed" breaks the toll down
            }
            result = result == null ? r : result.hull(r);
        }
        return result != null ? result : zero;
    }

    /** The figures of one category, subsets included (for breakdowns such as children killed). */
    Range category(List<Told> figures, Measure measure, VictimCategory category) {
        Range out = null;
        for (Told t : figures) {
            Figure f = t.figure;
            if (f.measure() == measure && f.category() == category && f.stance() != Figure.Stance.DENIED) {
                out = out == null ? f.count() : out.hull(f.count());
            }
        }
        if (out != null && out.max() == 0 && figures.stream().anyMatch(t -> t.figure.measure() == measure
                && t.figure.count().max() > 0 && t.figure.category() == category)) {
            return null;
        }
        return out;
    }

    private static Range sentenceTotal(Map<VictimCategory, Range> byCategory) {
        Range all = byCategory.get(VictimCategory.ALL);
        Range others = null;
        for (Map.Entry<VictimCategory, Range> e : byCategory.entrySet()) {
            if (e.getKey() != VictimCategory.ALL) {
                others = others == null ? e.getValue() : others.plus(e.getValue());
            }
        }
        if (all == null) {
            return others;
        }
        if (others == null || others.min() <= all.max()) {
            return all; // "10 people were killed, 4 civilians and 6 fighters": the groups break the total down
        }
        return all.plus(others);
    }
}
