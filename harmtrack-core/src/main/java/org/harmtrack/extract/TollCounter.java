package org.harmtrack.extract;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.harmtrack.model.Figure;
import org.harmtrack.model.Measure;
import org.harmtrack.model.Range;
import org.harmtrack.model.VictimCategory;

/**
 * Turns one incident's figures into its totals, the way monitors read a report:
 * <ul>
 *   <li>Within one sentence, counts of different groups add up ("3 soldiers and 5 rebels were killed" = 8), and so
 *       do two counts of one group from one source ("29 regime fighters and 23 rebel fighters"); the same group
 *       from two sources is two tellings ("14 according to residents, 9 according to officials" = 9..14);
 *       breakdowns ("including 4 children", "9 of whom") do not add; "10 people were killed, 4 civilians and
 *       6 fighters" is a total with its breakdown.</li>
 *   <li>Across sentences, each sentence's total is another telling of the same toll, so the event's range runs from
 *       the lowest to the highest telling; a sentence that says "another" or "also", or that counts a group no
 *       earlier telling counted (fighters after civilians), adds to the telling before it; a sentence that only
 *       counts a sub-group (children, women) smaller than a telling is a breakdown; vague tellings ("a number of")
 *       give way to numbers.</li>
 *   <li>An explicit zero counts only where no other figure exists ("no fatalities were reported"); a denial is kept
 *       among the figures but does not widen the range.</li>
 * </ul>
 * Thread-safe: stateless.
 */
final class TollCounter {
    private static final Set<VictimCategory> SUBGROUPS = EnumSet.of(VictimCategory.CHILDREN, VictimCategory.WOMEN,
            VictimCategory.MEN);

    /** A figure with the sentence it came from and how it relates to the others there. */
    record Told(Figure figure, int sentence, boolean subset, boolean additive, boolean vague, boolean named) {
    }

    /** One sentence's total and what it counted. */
    private record Telling(Range total, Set<VictimCategory> categories, boolean vague) {
        boolean broad() {
            return categories.contains(VictimCategory.ALL) || categories.contains(VictimCategory.CIVILIANS)
                    || categories.contains(VictimCategory.FIGHTERS) || categories.size() > 1;
        }
    }

    /** The total for {@code measure} over every category, or null when no figure gives it. */
    Range total(List<Told> figures, Measure measure) {
        Range total = total(figures, measure, true);
        // "killing 4 of them" with nothing before it: the only figure is no one's breakdown
        return total != null ? total : total(figures, measure, false);
    }

    private Range total(List<Told> figures, Measure measure, boolean breakdownsApart) {
        Map<Integer, List<Told>> bySentence = new LinkedHashMap<>();
        for (Told t : figures) {
            if (t.figure.measure() == measure && t.figure.stance() != Figure.Stance.DENIED
                    && (!t.subset || !breakdownsApart)) {
                bySentence.computeIfAbsent(t.sentence, k -> new ArrayList<>()).add(t);
            }
        }
        List<Telling> tellings = new ArrayList<>();
        for (List<Told> sentence : bySentence.values()) {
            Telling telling = sentenceTelling(sentence);
            boolean additive = sentence.stream().anyMatch(Told::additive);
            Telling last = tellings.isEmpty() ? null : tellings.get(tellings.size() - 1);
            boolean newGroup = last != null && telling.total.max() > 0 && last.total.max() > 0
                    && !telling.categories.contains(VictimCategory.ALL) && !last.categories.contains(VictimCategory.ALL)
                    && telling.categories.stream().noneMatch(last.categories::contains)
                    && !SUBGROUPS.containsAll(telling.categories);
            if (last != null && (additive || newGroup)) {
                Set<VictimCategory> both = EnumSet.copyOf(last.categories);
                both.addAll(telling.categories);
                tellings.set(tellings.size() - 1, new Telling(last.total.plus(telling.total), both,
                        last.vague && telling.vague));
            } else {
                tellings.add(telling);
            }
        }
        long broadestMax = tellings.stream().filter(Telling::broad).mapToLong(t -> t.total.max()).max().orElse(0);
        boolean anyPrecise = tellings.stream().anyMatch(t -> !t.vague && t.total.max() > 0);
        Range result = null;
        Range zero = null;
        for (Telling t : tellings) {
            if (t.total.max() == 0) {
                zero = t.total;
            } else if (anyPrecise && t.vague) {
                continue; // "a number of militants" beside "at least five people": the number tells more
            } else if (!t.broad() && broadestMax > 0 && t.total.max() <= broadestMax) {
                continue; // "two children died" after "eight people were killed" breaks the toll down
            } else {
                result = result == null ? t.total : result.hull(t.total);
            }
        }
        return result != null ? result : zero;
    }

    private static Telling sentenceTelling(List<Told> sentence) {
        Map<VictimCategory, Range> byCategory = new EnumMap<>(VictimCategory.class);
        Map<VictimCategory, String> sourceOf = new EnumMap<>(VictimCategory.class);
        boolean namedAll = false;
        boolean vague = true;
        boolean allFirst = !sentence.isEmpty() && sentence.get(0).figure.category() == VictimCategory.ALL;
        for (Told t : sentence) {
            VictimCategory category = t.figure.category();
            String source = String.valueOf(t.figure.attributedTo());
            // the same group twice in a sentence: two sources' tellings are alternatives,
            // one source's two counts are two parties ("29 regime fighters and 23 rebel fighters")
            boolean alternative = sourceOf.containsKey(category) && !sourceOf.get(category).equals(source);
            byCategory.merge(category, t.figure.count(), alternative ? Range::hull : Range::plus);
            sourceOf.put(category, source);
            namedAll |= category == VictimCategory.ALL && t.named;
            vague &= t.vague;
        }
        Range all = byCategory.get(VictimCategory.ALL);
        Range others = null;
        for (Map.Entry<VictimCategory, Range> e : byCategory.entrySet()) {
            if (e.getKey() != VictimCategory.ALL) {
                others = others == null ? e.getValue() : others.plus(e.getValue());
            }
        }
        Range civilians = byCategory.get(VictimCategory.CIVILIANS);
        Range subgroups = null;
        for (VictimCategory sub : SUBGROUPS) {
            Range r = byCategory.get(sub);
            subgroups = r == null ? subgroups : subgroups == null ? r : subgroups.plus(r);
        }
        Range total;
        if (all == null && civilians != null && subgroups != null && byCategory.size() == 1 + (int) SUBGROUPS.stream()
                .filter(byCategory::containsKey).count() && subgroups.max() <= civilians.max()) {
            total = civilians; // "4 civilians were killed, a woman and 2 children on the same day..."
        } else if (all == null) {
            total = others;
        } else if (others == null || namedAll && allFirst && others.max() <= all.max()) {
            total = all; // "10 people were killed, 4 civilians and 6 fighters": the groups break the total down
        } else {
            total = all.plus(others); // "26 IS and 7 regime fighters": the bare count is another group
        }
        return new Telling(total, byCategory.keySet(), vague);
    }

    /**
     * The total for one category ("civilians", "children"), counted like the whole toll but over that
     * category's figures alone, breakdowns included: "including 4 children" is the children's figure.
     */
    Range category(List<Told> figures, Measure measure, VictimCategory category) {
        List<Told> only = new ArrayList<>();
        for (Told t : figures) {
            if (t.figure.category() == category) {
                only.add(new Told(t.figure, t.sentence, false, t.additive, t.vague, t.named));
            }
        }
        return total(only, measure, false);
    }

}
