package org.harmtrack.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.harmtrack.model.Measure;
import org.harmtrack.model.Range;
import org.harmtrack.model.Span;
import org.harmtrack.model.VictimCategory;
import org.harmtrack.numbers.Quantity;
import org.harmtrack.numbers.QuantityReader;
import org.harmtrack.text.Sentence;
import org.harmtrack.text.Token;

/**
 * Reads the casualty figures of one sentence: for each count, the noun it counts ("8 Islamic fighters",
 * "2 children") and the nearest word of harm on either side ("were killed", "killing", "injuring"), without
 * crossing another count. Counts of things (tanks, years, kilometres) are dropped; counts of strikes, bombs and
 * sorties are kept as campaign units. Explicit zeroes ("no fatalities were reported", "neither injuries nor
 * fatalities") are figures of 0.
 * <p>Thread-safe: stateless.
 */
final class FigureReader {
    private static final int NOUN_WINDOW = 7;
    private static final int RIGHT_WINDOW = 8;
    private static final int LEFT_WINDOW = 6;
    private static final Set<String> SUBSET_BEFORE = Set.of("including", "includes", "included", "include", "among",
            "mostly", "mainly", "incl", "namely", "whom", "them");
    private static final Set<String> ADDITIVE_BEFORE = Set.of("also", "another", "further", "additional", "other");
    private static final Set<String> SINGULAR_VICTIMS = Set.of("civilian", "child", "boy", "girl", "woman", "man",
            "fighter", "soldier", "member", "militant", "paramedic", "journalist", "person", "resident", "farmer",
            "shepherd", "teenager", "baby", "infant", "toddler", "policeman", "officer", "commander", "doctor", "nurse",
            "student", "worker", "volunteer", "driver", "elder", "individual", "rebel", "insurgent", "medic",
            "photographer", "teacher", "pupil", "mother", "father", "son", "daughter", "brother", "sister", "guard",
            "sniper", "leader", "gunman", "militiaman", "conscript", "defector", "youth", "youngster", "minor",
            "pregnant", "relative");
    private static final Pattern ZERO = Pattern.compile(
            "\\b(?:neither|no|zero|nor|without(?:\\s+causing)?(?:\\s+any)?|not\\s+any|nobody|no\\s+one|none)\\s+"
            + "(?:(?:reported|reports\\s+(?:of|on)|immediate|human|known|civilian|further|other|any|one|people|body)\\s+)?"
            + "(?:was\\s+|were\\s+|has\\s+been\\s+|have\\s+been\\s+)?(?:reportedly\\s+)?"
            + "(?<what>casualties|fatalities|fatality|deaths|death|injuries|injury|losses|killed|hurt|injured|wounded"
            + "|harmed|dead|victims)\\b",
            Pattern.CASE_INSENSITIVE);

    private final QuantityReader quantities = new QuantityReader();

    /**
     * The figures in {@code sentence}.
     *
     * @param excluded spans that are not counts whatever they look like (dates)
     */
    List<FigureMention> read(String text, Sentence sentence, List<Span> excluded) {
        List<FigureMention> out = new ArrayList<>();
        List<Token> tokens = sentence.tokens();
        List<Quantity> counts = new ArrayList<>();
        for (Quantity q : quantities.read(text, sentence.start(), sentence.end())) {
            if (excluded.stream().noneMatch(x -> x.overlaps(q.numberSpan()))) {
                counts.add(q);
            }
        }
        addSingulars(tokens, counts);
        counts.sort(java.util.Comparator.comparingInt(q -> q.span().start()));
        int[] countAt = tokenOwners(tokens, counts);
        for (int c = 0; c < counts.size(); c++) {
            FigureMention f = read(tokens, counts.get(c), c, countAt);
            if (f != null) {
                out.add(f);
            }
        }
        readZeroes(text, sentence, out);
        return out;
    }

    private FigureMention read(List<Token> tokens, Quantity q, int c, int[] countAt) {
        int first = -1;
        int last = -1;
        for (Token t : tokens) {
            if (t.start() >= q.numberSpan().start() && t.end() <= q.numberSpan().end()) {
                first = first < 0 ? t.index() : first;
                last = t.index();
            }
        }
        if (first < 0 || isAgeOrTime(tokens, first, last)) {
            return null;
        }
        int qualifierFirst = first;
        while (qualifierFirst > 0 && tokens.get(qualifierFirst - 1).start() >= q.span().start()) {
            qualifierFirst--;
        }
        // the counted noun
        VictimCategory category = null;
        String unit = null;
        boolean subset = false;
        int nounEnd = last;
        boolean harmWordNext = false;
        for (int j = last + 1; j < tokens.size() && j <= last + NOUN_WINDOW; j++) {
            Token t = tokens.get(j);
            String w = t.lower();
            if (countAt[j] >= 0 && countAt[j] != c) {
                break;
            }
            if (w.equals("of") && j + 1 < tokens.size()
                    && Set.of("them", "whom", "those", "these").contains(tokens.get(j + 1).lower())) {
                subset = true;
                j++;
                nounEnd = j;
                continue;
            }
            VictimCategory cat = VictimWords.category(w);
            if (cat != null) {
                category = cat;
                nounEnd = j;
                break;
            }
            if (VictimWords.CAMPAIGN_UNITS.contains(w) || w.equals("air") && j + 1 < tokens.size()
                    && tokens.get(j + 1).lower().startsWith("strike")) {
                unit = w.equals("air") ? "airstrikes" : w.equals("strike") || w.equals("airstrike") ? w + "s" : w;
                if (unit.equals("barrel")) {
                    unit = "barrel bombs";
                }
                nounEnd = j;
                break;
            }
            if (VictimWords.isThing(w)) {
                return null;
            }
            if (VictimWords.measure(w) != null) {
                harmWordNext = j == last + 1 || category == null;
                break;
            }
            if (!t.isWord() && !w.equals("-")) {
                break;
            }
        }
        if (unit != null) {
            return new FigureMention(null, unit, VictimCategory.ALL, q.count(), q.approximate(),
                    new Span(q.span().start(), tokens.get(nounEnd).end()), false, false);
        }
        Measure measure = nearestHarm(tokens, qualifierFirst, nounEnd, c, countAt);
        if (measure == null) {
            return null;
        }
        if (category == null) {
            category = VictimCategory.ALL;
        }
        for (int j = Math.max(0, qualifierFirst - 3); j < qualifierFirst; j++) {
            String w = tokens.get(j).lower();
            if (SUBSET_BEFORE.contains(w) || w.equals("(") && j == qualifierFirst - 1) {
                subset = true;
            }
        }
        boolean additive = false;
        for (int j = Math.max(0, qualifierFirst - 3); j < qualifierFirst; j++) {
            if (ADDITIVE_BEFORE.contains(tokens.get(j).lower())) {
                additive = true;
            }
        }
        if (last + 1 < tokens.size() && tokens.get(last + 1).lower().equals("more")) {
            additive = true;
        }
        int spanEnd = Math.max(tokens.get(nounEnd).end(), q.span().end());
        return new FigureMention(measure, null, category, q.count(), q.approximate(),
                new Span(q.span().start(), spanEnd), subset, additive);
    }

    /** The harm named nearest to a count: right of its noun or left of it, not past another count. */
    private static Measure nearestHarm(List<Token> tokens, int first, int nounEnd, int c, int[] countAt) {
        Measure right = null;
        int rightDistance = Integer.MAX_VALUE;
        for (int j = nounEnd + 1; j < tokens.size() && j <= nounEnd + RIGHT_WINDOW; j++) {
            if (countAt[j] >= 0 && countAt[j] != c || tokens.get(j).text().equals(";")) {
                break;
            }
            Measure m = VictimWords.measure(tokens.get(j).lower());
            if (m != null) {
                right = combined(tokens, j, m);
                rightDistance = j - nounEnd;
                break;
            }
        }
        Measure left = null;
        int leftDistance = Integer.MAX_VALUE;
        for (int j = first - 1; j >= 0 && j >= first - LEFT_WINDOW; j--) {
            if (countAt[j] >= 0 && countAt[j] != c || tokens.get(j).text().equals(";")) {
                break;
            }
            Measure m = VictimWords.measure(tokens.get(j).lower());
            if (m != null) {
                left = m;
                leftDistance = first - j;
                break;
            }
        }
        return leftDistance < rightDistance ? left : right;
    }

    /** "killed or injured", "dead and wounded": one figure for both harms. */
    private static Measure combined(List<Token> tokens, int j, Measure m) {
        if (j + 2 < tokens.size() && Set.of("and", "or", "/").contains(tokens.get(j + 1).lower())) {
            Measure other = VictimWords.measure(tokens.get(j + 2).lower());
            if (other != null && other != m) {
                return Measure.KILLED_OR_INJURED;
            }
        }
        return m;
    }

    private static boolean isAgeOrTime(List<Token> tokens, int first, int last) {
        if (first > 0) {
            String before = tokens.get(first - 1).lower();
            if (before.equals("aged") || before.equals("age") || before.equals("ages") || before.equals(":")
                    || before.equals("no") || before.equals("#") || before.equals("$")) {
                return true;
            }
        }
        if (last + 1 < tokens.size()) {
            String after = tokens.get(last + 1).lower();
            if (after.equals(":") || after.equals("%") || after.startsWith("year-old") || after.equals("-")
                    && last + 2 < tokens.size() && tokens.get(last + 2).lower().startsWith("year")) {
                return true;
            }
            if ((after.equals("years") || after.equals("year")) && last + 2 < tokens.size()
                    && tokens.get(last + 2).lower().equals("old")) {
                return true;
            }
        }
        return false;
    }

    /** "a paramedic was killed", "killing a child": "a"/"an"/"one" before a singular victim noun counts one. */
    private static void addSingulars(List<Token> tokens, List<Quantity> counts) {
        for (int i = 0; i < tokens.size(); i++) {
            String w = tokens.get(i).lower();
            if (!(w.equals("a") || w.equals("an"))) {
                continue;
            }
            for (int j = i + 1; j < tokens.size() && j <= i + 3; j++) {
                String noun = tokens.get(j).lower();
                if (SINGULAR_VICTIMS.contains(noun)) {
                    Token a = tokens.get(i);
                    counts.add(new Quantity(Range.exactly(1), Quantity.Kind.EXACT, a.span(), a.span()));
                    break;
                }
                if (!tokens.get(j).isWord() || VictimWords.measure(noun) != null) {
                    break;
                }
            }
        }
    }

    /** For each token, the index of the count it belongs to, or -1. */
    private static int[] tokenOwners(List<Token> tokens, List<Quantity> counts) {
        int[] owner = new int[tokens.size()];
        java.util.Arrays.fill(owner, -1);
        for (int c = 0; c < counts.size(); c++) {
            Span s = counts.get(c).numberSpan();
            for (Token t : tokens) {
                if (t.start() >= s.start() && t.end() <= s.end()) {
                    owner[t.index()] = c;
                }
            }
        }
        return owner;
    }

    private static void readZeroes(String text, Sentence sentence, List<FigureMention> out) {
        Matcher m = ZERO.matcher(text).region(sentence.start(), sentence.end());
        while (m.find()) {
            String what = m.group("what").toLowerCase(Locale.ROOT);
            Span span = new Span(m.start(), m.end());
            boolean injuries = what.startsWith("injur") || what.equals("hurt") || what.equals("wounded")
                    || what.equals("harmed") || what.equals("casualties") || what.equals("victims");
            boolean deaths = !what.startsWith("injur") && !what.equals("hurt") && !what.equals("wounded");
            if (deaths) {
                out.add(new FigureMention(Measure.KILLED, null, VictimCategory.ALL, Range.exactly(0), false, span,
                        false, false));
            }
            if (injuries) {
                out.add(new FigureMention(Measure.INJURED, null, VictimCategory.ALL, Range.exactly(0), false, span,
                        false, false));
            }
        }
    }
}
