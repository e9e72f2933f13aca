package org.harmtrack.extract;

import java.util.List;
import java.util.Set;
import org.harmtrack.model.Measure;
import org.harmtrack.text.Token;

/**
 * Which harm a count in a sentence is a count of: the word of harm nearest to it, right of its noun ("2 civilians
 * were killed") or left of it ("killing 2 civilians"), within a window, not past another fate ("captured"), a clause
 * break ("while") or, leftwards, a conjunction with no other count after it. "killed or injured" is one figure of
 * both harms, and a count that is the subject of an active verb of killing ("a sniper killed 1 soldier") did the
 * killing. Used by {@link FigureReader}.
 * <p>Thread-safe: stateless.
 */
final class HarmOfCount {
    private static final int RIGHT_WINDOW = 14;
    private static final int LEFT_WINDOW = 16;
    /** Verbs of other fates: a count before or after them is not a casualty of the harm word beyond them. */
    private static final Set<String> OTHER_FATES = Set.of("captured", "capturing", "capture", "arrested", "arresting",
            "detained", "detaining", "abducted", "abducting", "kidnapped", "kidnapping", "destroyed", "destroying",
            "seized", "seizing", "took", "taking", "rescued", "evacuated", "released", "freed",
            "surrendered", "defected", "fled", "withdrew", "recruited", "imprisoned", "escaped", "survived", "missing",
            "caught", "flee", "fleeing", "escape", "arrest", "detain", "rescue", "evacuate");
    // (not "displaced": "1 civilian who is displaced from Quriyeh was killed")
    // (not "displaced": "1 civilian who is displaced from Quriyeh was killed")
    /** Harm nouns that govern what follows them ("the wounding of 5"), never what precedes. */
    private static final Set<String> HARM_NOUNS_OF = Set.of("wounding", "killing", "death", "deaths", "injury",
            "injuries", "injuring", "bodies");
    private static final Set<String> ACTIVE_HARM = Set.of("killed", "kills", "kill", "injured", "wounded",
            "assassinated", "executed", "murdered", "beheaded", "shot");
    private static final Set<String> PASSIVE = Set.of("was", "were", "been", "be", "being", "is", "are",
            "reportedly", "allegedly", "reported", "later", "also", "got", "get");
    private static final Set<String> OBJECT_STARTS = Set.of("a", "an", "the", "one", "two", "three", "four", "five",
            "six", "seven", "eight", "nine", "ten", "his", "her", "their", "its", "several", "dozens", "at", "more",
            "over", "some", "nearly", "about", "around", "up", "between", "all", "both", "many");
    /** Conjunctions a count's harm word reaches across only when another count stands between ("killing 5 and 6"). */
    private static final Set<String> CONJUNCTIONS = Set.of("and");
    /** Clause conjunctions no harm word reaches across: "killing 10 fighters while the remaining 2 fled". */
    private static final Set<String> CLAUSE_BREAKS = Set.of("while", "but", "whereas", "whilst", "although", "though");
    private static final Set<String> PARTICIPLES = Set.of("injured", "wounded", "hurt", "killed", "dead", "maimed");

    private HarmOfCount() {
    }

    /** The harm named nearest to a count: right of its noun or left of it, not past another count. */
    static Measure nearest(List<Token> tokens, int first, int nounEnd, int c, int[] countAt) {
        Measure right = null;
        boolean rightActive = false;
        int rightDistance = Integer.MAX_VALUE;
        // other counts may stand between a count and its verb: "2 militants and 2 civilians were killed",
        // "Nine people, including two fighters, were killed"; another fate ends the search and, if nearer than
        // any harm word, decides it: "another deputy captured", "four others were captured"
        int window = RIGHT_WINDOW;
        for (int j = nounEnd + 1; j < tokens.size() && j <= nounEnd + window; j++) {
            String w = tokens.get(j).lower();
            if (w.equals(";") || w.equals(".")) {
                break;
            }
            if ((w.equals("–") || w.equals("—") || w.equals(":")) && j == nounEnd + 1) {
                window = 3 * RIGHT_WINDOW; // "three people – a journalist, his mother-in-law and her grandchild – were killed"
            }
            if (OTHER_FATES.contains(w)) {
                rightDistance = j - nounEnd;
                break;
            }
            Measure m = harmAt(tokens, j);
            boolean governsRightwards = HARM_NOUNS_OF.contains(w) && j + 1 < tokens.size()
                    && tokens.get(j + 1).lower().equals("of");
            if (m != null && !governsRightwards) {
                rightActive = isActiveKilling(tokens, j) && !(j == nounEnd + 1 && countAt[nounEnd] == c);
                right = combined(tokens, j, m);
                rightDistance = j - nounEnd;
                break;
            }
        }
        Measure left = null;
        int leftDistance = Integer.MAX_VALUE;
        // leftwards, a conjunction ends the harm word's reach ("killed in the clashes and several others were
        // injured") unless another count stands after it ("killing 29 regime fighters and 23 rebels")
        boolean conjunction = false;
        for (int j = first - 1; j >= 0 && j >= first - LEFT_WINDOW; j--) {
            String w = tokens.get(j).lower();
            if (w.equals(";") || OTHER_FATES.contains(w) || CLAUSE_BREAKS.contains(w)) {
                break;
            }
            if (countAt[j] >= 0 && countAt[j] != c) {
                conjunction = false;
            } else if (CONJUNCTIONS.contains(w)) {
                conjunction = true;
            }
            Measure m = harmAt(tokens, j);
            if (m != null) {
                if (!conjunction) {
                    left = m;
                    leftDistance = first - j;
                }
                break;
            }
        }
        boolean leftGoverns = left != null && first - leftDistance + 1 < tokens.size()
                && HARM_NOUNS_OF.contains(tokens.get(first - leftDistance).lower())
                && tokens.get(first - leftDistance + 1).lower().equals("of");
        if (leftDistance < rightDistance || leftGoverns && leftDistance <= rightDistance) {
            return left; // nearer, or "one person died and many more were hurt"
        }
        return rightActive ? null : right; // "an opposition sniper killed 1 soldier": the count did the killing
    }

    /**
     * The harm the word at {@code j} speaks of. "shot" alone is read as killed, as monitors code it, but "shot and
     * wounded" is injured and "shot at" is no harm.
     */
    private static Measure harmAt(List<Token> tokens, int j) {
        String w = tokens.get(j).lower();
        if (!w.equals("shot")) {
            return VictimWords.measure(w);
        }
        String next = j + 1 < tokens.size() ? tokens.get(j + 1).lower() : "";
        if (next.equals("at") || next.equals("down")) {
            return null;
        }
        for (Token t : tokens) {
            Measure other = t.lower().equals("shot") ? null : VictimWords.measure(t.lower());
            if (other != null && !(next.equals("and") || next.equals("or"))) {
                return null; // "shot 3 members, killing 2 and wounding 1": the other words tell the harm
            }
        }
        if ((next.equals("and") || next.equals("or")) && j + 2 < tokens.size()) {
            Measure other = VictimWords.measure(tokens.get(j + 2).lower());
            return other != null ? other : Measure.KILLED;
        }
        return Measure.KILLED;
    }

    /** "X killed 3 soldiers": an active verb with an object, so X is the attacker, not a victim. */
    private static boolean isActiveKilling(List<Token> tokens, int j) {
        if (tokens.get(j).lower().equals("shot") && j + 2 < tokens.size()
                && (tokens.get(j + 1).lower().equals("and") || tokens.get(j + 1).lower().equals("or"))) {
            j += 2; // "a sniper shot and killed 1 soldier"
        }
        String verb = tokens.get(j).lower();
        if (!ACTIVE_HARM.contains(verb)) {
            return false;
        }
        String before = j > 0 ? tokens.get(j - 1).lower() : "";
        if (PASSIVE.contains(before)) {
            return false;
        }
        if (j + 1 >= tokens.size()) {
            return false;
        }
        Token next = tokens.get(j + 1);
        String n = next.lower();
        return next.isNumber() || OBJECT_STARTS.contains(n) || VictimWords.category(n) != null;
    }

    /** "killed or injured", "dead and wounded": one figure for both harms. */
    private static Measure combined(List<Token> tokens, int j, Measure m) {
        if (j + 2 < tokens.size() && Set.of("and", "or", "/").contains(tokens.get(j + 1).lower())) {
            String next = tokens.get(j + 2).lower();
            Measure other = VictimWords.measure(next);
            if (other != null && other != m && PARTICIPLES.contains(next)) {
                return Measure.KILLED_OR_INJURED;
            }
        }
        return m;
    }
}
