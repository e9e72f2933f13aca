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
    /** Words before a count that make it a breakdown. Not "among": in "3 commanders among 30 killed" 30 is the whole. */
    private static final Pattern TELLING_AFTER = Pattern.compile(
            "^[\\s,]*(?:\\([^)]{0,20}\\)\\s*)?(?:has\\s+|had\\s+)?(?:said|says|told|wrote|admitted|acknowledged"
            + "|conceded|added|stated|claimed|announced|confirmed|denied|reported|revealed|insisted|explained)\\b");
    /** Words before a bare four-digit number that make it a year ("of 2019", "since 2014"). */
    private static final Set<String> YEAR_BEFORE = Set.of("of", "in", "since", "during", "until", "till", "from",
            "before", "after", "throughout");
    /** Verbs of telling right after a counted noun make it the teller ("a council official said"). */
    private static final Set<String> SPEAKING = Set.of("said", "says", "told", "stated", "added", "confirmed");
    /** Things people have: a count after "the houses of" says whose they were. */
    private static final Set<String> HOLDINGS = Set.of("home", "homes", "house", "houses", "property", "properties",
            "livelihoods", "shops", "lands", "farms", "land");
    private static final Set<String> SUBSET_BEFORE = Set.of("including", "includes", "included", "include",
            "mostly", "mainly", "incl", "namely", "whom", "them");
    /** Sentence openers that tell of further harm beside what came before. */
    private static final Set<String> ADDITIVE_SENTENCE = Set.of("concurrently", "meanwhile", "separately",
            "additionally", "moreover", "furthermore");
    private static final Set<String> ADDITIVE_BEFORE = Set.of("also", "another", "further", "additional", "other");
    private static final Set<String> NOUN_PHRASE_ENDS = Set.of("in", "on", "at", "near", "during", "after", "before",
            "by", "with", "when", "while", "as", "into", "inside", "outside", "across", "following", "amid", "since");
    private static final Set<String> COPULAS = Set.of("be", "is", "was", "were", "as", "being", "become", "became",
            "been", "are");
    /** Nouns after which a victim word is an adjective: "a civilian residence", "a child's school". */
    private static final Set<String> VICTIM_AS_ADJECTIVE = Set.of("residence", "residences", "residential", "house",
            "home", "area", "areas", "facility", "infrastructure", "population", "neighbourhood", "neighborhood",
            "car", "vehicle", "defence", "defense", "target", "targets", "building", "convoy", "gathering", "centre",
            "center", "position", "positions", "casualties", "objects", "status", "hospital", "school", "shelter",
            "or", "faction", "factions", "group", "groups", "forces", "force", "death",
            "deaths", "toll", "casualty", "harm");
    private static final Set<String> SINGULAR_DETERMINERS = Set.of("a", "an", "the", "another", "his", "her");
    private static final Set<String> SINGULAR_VICTIMS = Set.copyOf(java.util.List.of("civilian", "child", "boy", "girl", "woman", "man",
            "official", "lieutenant", "brigadier", "colonel", "captain", "sergeant", "general", "wife", "husband",
            "emir", "judge", "cleric", "imam", "mayor", "chief", "deputy", "activist", "engineer", "operator",
            "professor", "lecturer", "dean", "poet", "writer", "artist", "athlete", "footballer", "player", "coach",
            "pharmacist", "dentist", "surgeon", "lawyer", "employee", "staffer", "merchant", "vendor", "fisherman",
            "baker", "priest", "grandmother", "grandfather", "grandchild", "cousin", "nephew", "niece", "uncle",
            "aunt", "husband", "wife", "elderly", "toddler", "newborn", "escort", "bodyguard", "operative", "companion",
            "guardsman", "recruit", "smuggler", "trader", "official",
            "fighter", "soldier", "member", "militant", "paramedic", "journalist", "person", "resident", "farmer",
            "shepherd", "teenager", "baby", "infant", "toddler", "policeman", "officer", "commander", "doctor", "nurse",
            "student", "worker", "volunteer", "driver", "elder", "individual", "rebel", "insurgent", "medic",
            "photographer", "teacher", "pupil", "mother", "father", "son", "daughter", "brother", "sister", "guard",
            "sniper", "leader", "gunman", "militiaman", "conscript", "defector", "youth", "youngster", "minor",
            "pregnant", "relative"));
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
        return read(text, sentence, excluded, List.of());
    }

    /**
     * As above; {@code people} are the spans of people's names in the sentence. Where the sentence has no other
     * count, a named person killed is one ("Brigadier General Ali Dib was killed"); such a count is a last
     * resort, kept vague so that any number in the document tells the toll instead.
     */
    List<FigureMention> read(String text, Sentence sentence, List<Span> excluded, List<Span> people) {
        List<FigureMention> out = new ArrayList<>();
        List<Token> tokens = sentence.tokens();
        List<Quantity> counts = new ArrayList<>();
        for (Quantity q : quantities.read(text, sentence.start(), sentence.end())) {
            if (excluded.stream().noneMatch(x -> x.overlaps(q.numberSpan()))) {
                counts.add(q);
            }
        }
        addSingulars(tokens, counts);
        boolean personCounts = counts.isEmpty() && !people.isEmpty();
        if (personCounts) {
            for (Span p : people) {
                if (speaks(text, p, sentence.end())) {
                    continue; // "minister Anna X admitted that the victims ...": who tells, not who died
                }
                counts.add(new Quantity(Range.exactly(1), Quantity.Kind.VAGUE, p, p));
            }
        }
        counts.sort(java.util.Comparator.comparingInt(q -> q.span().start()));
        int[] countAt = tokenOwners(tokens, counts);
        boolean previousSubset = false;
        for (int c = 0; c < counts.size(); c++) {
            FigureMention f = read(tokens, counts.get(c), c, countAt, previousSubset);
            if (f != null) {
                out.add(f);
                previousSubset = f.subset();
            }
        }
        readZeroes(text, sentence, out);
        return out;
    }

    private FigureMention read(List<Token> tokens, Quantity q, int c, int[] countAt, boolean previousSubset) {
        int first = -1;
        int last = -1;
        for (int k = firstTokenFrom(tokens, q.numberSpan().start()); k < tokens.size()
                && tokens.get(k).end() <= q.numberSpan().end(); k++) {
            first = first < 0 ? tokens.get(k).index() : first;
            last = tokens.get(k).index();
        }
        if (first < 0 || isAgeOrTime(tokens, first, last)) {
            return null;
        }
        int before = first;
        while (before > 0 && tokens.get(before - 1).start() >= q.span().start()) {
            before--;
        }
        if (before >= 2 && tokens.get(before - 1).lower().equals("of")
                && HOLDINGS.contains(tokens.get(before - 2).lower())) {
            return null; // "the houses of thousands of families": whose houses, not who died
        }
        if (first > 0 && tokens.get(first - 1).text().equals(",") && tokens.get(first).lower().equals("one")
                && last + 1 < tokens.size() && tokens.get(last + 1).lower().equals("of")) {
            return null; // "the commander of X Battalion, one of the rebel groups": a description, not a count
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
        Measure implied = null;
        for (int j = last + 1; j < tokens.size() && j <= last + NOUN_WINDOW; j++) {
            Token t = tokens.get(j);
            String w = t.lower();
            if (countAt[j] >= 0 && countAt[j] != c) {
                break;
            }
            if (w.equals("of") && j + 1 < tokens.size()
                    && Set.of("them", "whom", "those", "these", "which").contains(tokens.get(j + 1).lower())) {
                subset = true;
                j++;
                nounEnd = j;
                continue;
            }
            if (w.equals("of") && j + 2 < tokens.size() && tokens.get(j + 1).lower().equals("the")
                    && Set.of("dead", "victims", "killed", "casualties", "fatalities", "wounded", "injured")
                    .contains(tokens.get(j + 2).lower())) {
                if (q.kind() == Quantity.Kind.VAGUE && j == last + 1) {
                    return null; // "many of the dead were held as shields": a part of a toll it does not give
                }
                subset = true; // "three of the dead were children": a breakdown; its group comes after "were"
                implied = VictimWords.measure(tokens.get(j + 2).lower());
                if (implied == null) {
                    implied = Measure.KILLED; // "victims"
                }
                j += 2;
                nounEnd = j;
                continue;
            }
            VictimCategory cat = VictimWords.category(w);
            if (cat == VictimCategory.FIGHTERS && w.startsWith("member") && familyFollows(tokens, j)) {
                cat = VictimCategory.ALL; // "18 members of the same family"
            }
            if (cat == null && SINGULAR_VICTIMS.contains(w)) {
                cat = VictimCategory.ALL; // "a media activist", "his wife": people, though not a group we break out
            }
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
            if (NOUN_PHRASE_ENDS.contains(w)) {
                break; // "50 Syrian Army in clashes": the noun phrase is over
            }
            if (VictimWords.measure(w) != null) {
                break;
            }
            if (!t.isWord() && !w.equals("-") && !w.equals("'") && !w.equals("‘") && !w.equals("’") && !w.equals("\"")) {
                break;
            }
        }
        if (unit != null) {
            return new FigureMention(null, unit, VictimCategory.ALL, q.count(), q.approximate(),
                    new Span(q.span().start(), tokens.get(nounEnd).end()), false, false, q.kind() == Quantity.Kind.VAGUE, true);
        }
        if (nounEnd == last && first == last && first > 0 && YEAR_BEFORE.contains(tokens.get(first - 1).lower())
                && tokens.get(first).lower().matches("(?:19|20)\\d\\d")) {
            return null; // "the raids of 2019 killed 40": a year, never a toll
        }
        if (nounEnd > last && nounEnd + 1 < tokens.size() && SPEAKING.contains(tokens.get(nounEnd + 1).lower())) {
            return null; // "killing two men, a local official said": who tells, not who died
        }
        Measure measure = HarmOfCount.nearest(tokens, qualifierFirst, nounEnd, c, countAt);
        if (measure == null) {
            measure = implied;
        }
        if (measure == null) {
            return null;
        }
        boolean named = category != null;
        if (category == null) {
            category = VictimCategory.ALL;
        }
        for (int j = Math.max(0, qualifierFirst - 3); j < qualifierFirst; j++) {
            String w = tokens.get(j).lower();
            boolean amongThem = w.equals("among") && j + 1 < qualifierFirst
                    && Set.of("them", "whom", "the").contains(tokens.get(j + 1).lower());
            if (SUBSET_BEFORE.contains(w) || amongThem || w.equals("(") && j == qualifierFirst - 1) {
                subset = true;
            }
        }
        if (previousSubset && qualifierFirst > 0 && (tokens.get(qualifierFirst - 1).lower().equals("and")
                || tokens.get(qualifierFirst - 1).text().equals(","))) {
            subset = true; // "including 3 children and 2 women": the breakdown goes on
        }
        if (q.span().length() <= 7 && SINGULAR_DETERMINERS.contains(tokens.get(first).lower()) && first > 0
                && Set.of(",", ":", "(").contains(tokens.get(first - 1).text()) && c > 0) {
            subset = true; // "2 soldiers, a sergeant and a major, died": the pair named
        }
        boolean additive = false;
        for (int j = 0; j < qualifierFirst; j++) {
            String w = tokens.get(j).lower();
            if (ADDITIVE_BEFORE.contains(w) && (j >= qualifierFirst - 3 || w.equals("also")) || ADDITIVE_SENTENCE.contains(w)) {
                additive = true; // "another 3", "troops also shelled the town, killing 1 child"
            }
        }
        for (int j = nounEnd + 1; j < tokens.size() && j <= nounEnd + 3; j++) {
            if (tokens.get(j).lower().equals("also")) {
                additive = true; // "2 soldiers were also reported killed"
            }
        }
        if (tokens.get(first).lower().equals("another") || last + 1 < tokens.size() && tokens.get(last + 1).lower().equals("more")) {
            additive = true;
        }
        int spanEnd = Math.max(tokens.get(nounEnd).end(), q.span().end());
        if (nounEnd + 1 < tokens.size() && tokens.get(nounEnd + 1).lower().equals("among")) {
            subset = true; // "2 named commanders among 13-15 militants killed"
        }
        Range count = q.count();
        // "a paramedic", "her son": one person named in passing; a telling of its own only where no number is
        // given (as vague counts are), since reports list victims one by one beside the toll
        boolean singular = first == last && SINGULAR_DETERMINERS.contains(tokens.get(first).lower());
        boolean others = tokens.get(nounEnd).lower().equals("others");
        if (others) {
            named = false; // "others" are more people, never a total that breaks down
            boolean with = qualifierFirst > 0 && tokens.get(qualifierFirst - 1).lower().equals("with");
            additive |= !with; // "4 died. 6 more in passing cars were killed too"; "X killed with 3 others" is whole
            boolean countBefore = false;
            for (int j = 0; j < qualifierFirst; j++) {
                countBefore |= countAt[j] >= 0 && countAt[j] != c;
            }
            if (!countBefore && qualifierFirst > 0 && tokens.get(qualifierFirst - 1).lower().equals("with")) {
                count = count.plus(Range.exactly(1)); // "a commander was killed with 3 others": four dead
            }
        }
        return new FigureMention(measure, null, category, count, q.approximate(),
                new Span(q.span().start(), spanEnd), subset, additive, q.kind() == Quantity.Kind.VAGUE || singular, named);
    }

    /** Whether the person named at {@code p} is the one telling: a verb of telling right after the name. */
    private static boolean speaks(String text, Span p, int sentenceEnd) {
        String after = text.substring(p.end(), Math.min(sentenceEnd, p.end() + 30)).toLowerCase(java.util.Locale.ROOT);
        return TELLING_AFTER.matcher(after).find();
    }

    private static boolean familyFollows(List<Token> tokens, int j) {
        for (int k = j + 1; k < tokens.size() && k <= j + 6; k++) {
            String w = tokens.get(k).lower();
            if (w.equals("family") || w.equals("families") || w.equals("household")) {
                return true;
            }
        }
        return false;
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
            if (!SINGULAR_DETERMINERS.contains(w) || !countsAsVictim(tokens, i)
                    || i + 1 < tokens.size() && SINGULAR_DETERMINERS.contains(tokens.get(i + 1).lower())) {
                continue;
            }
            for (int j = i + 1; j < tokens.size() && j <= i + 8; j++) {
                String noun = tokens.get(j).lower();
                if (SINGULAR_VICTIMS.contains(noun)) {
                    while (j + 1 < tokens.size() && SINGULAR_VICTIMS.contains(tokens.get(j + 1).lower())) {
                        j++; // "a rebel commander"
                    }
                    if (j + 1 < tokens.size() && VICTIM_AS_ADJECTIVE.contains(tokens.get(j + 1).lower())) {
                        break; // "a civilian residence", "an unidentified rebel or Islamist faction"
                    }
                    Token a = tokens.get(i);
                    counts.add(new Quantity(Range.exactly(1), Quantity.Kind.EXACT, a.span(), a.span()));
                    break;
                }
                if (!tokens.get(j).isWord() || VictimWords.measure(noun) != null || SINGULAR_DETERMINERS.contains(noun)
                        || noun.equals("of") || noun.equals("number")) {
                    break; // another noun phrase begins: "the cost of an increasing number of civilian casualties"
                }
            }
        }
    }

    /**
     * Whether "a"/"the"/"his" at {@code i} can introduce a victim: not after "be" ("believed to be a fighter"
     * describes someone already counted), not after "by" ("shot by a sniper" is the attacker), not after "of"
     * unless a word of death precedes it ("the father of a commander" but "the death of a lieutenant").
     */
    private static boolean countsAsVictim(List<Token> tokens, int i) {
        if (i == 0) {
            return true;
        }
        String before = tokens.get(i - 1).lower();
        if (before.equals("as") && i >= 2 && tokens.get(i - 2).lower().equals("well")) {
            return true; // "as well as a civilian"
        }
        if (COPULAS.contains(before) || before.equals("by")) {
            return false;
        }
        if (before.equals("of")) {
            return i >= 2 && VictimWords.measure(tokens.get(i - 2).lower()) != null;
        }
        return true;
    }

    /** For each token, the index of the count it belongs to, or -1. */
    private static int[] tokenOwners(List<Token> tokens, List<Quantity> counts) {
        int[] owner = new int[tokens.size()];
        java.util.Arrays.fill(owner, -1);
        for (int c = 0; c < counts.size(); c++) {
            Span s = counts.get(c).numberSpan();
            for (int k = firstTokenFrom(tokens, s.start()); k < tokens.size() && tokens.get(k).end() <= s.end(); k++) {
                owner[tokens.get(k).index()] = c;
            }
        }
        return owner;
    }

    /**
     * The position of the first token starting at or after {@code offset} (tokens are in text order), found by
     * bisection so that a sentence of many counts costs no more than its length times a logarithm.
     */
    private static int firstTokenFrom(List<Token> tokens, int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static void readZeroes(String text, Sentence sentence, List<FigureMention> out) {
        String lower = sentence.text().toLowerCase(Locale.ROOT);
        if (!(lower.contains("no") || lower.contains("neither") || lower.contains("without")
                || lower.contains("zero"))) {
            return; // every zero pattern needs one of these words ("nobody", "none", "nor" contain "no")
        }
        Matcher m = ZERO.matcher(text).region(sentence.start(), sentence.end());
        while (m.find()) {
            String what = m.group("what").toLowerCase(Locale.ROOT);
            Span span = new Span(m.start(), m.end());
            boolean injuries = what.startsWith("injur") || what.equals("hurt") || what.equals("wounded")
                    || what.equals("harmed") || what.equals("casualties") || what.equals("victims");
            boolean deaths = !what.startsWith("injur") && !what.equals("hurt") && !what.equals("wounded");
            if (deaths) {
                out.add(new FigureMention(Measure.KILLED, null, VictimCategory.ALL, Range.exactly(0), false, span,
                        false, false, false, true));
            }
            if (injuries) {
                out.add(new FigureMention(Measure.INJURED, null, VictimCategory.ALL, Range.exactly(0), false, span,
                        false, false, false, true));
            }
        }
    }
}
