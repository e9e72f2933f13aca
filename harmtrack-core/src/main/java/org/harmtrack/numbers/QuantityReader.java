package org.harmtrack.numbers;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.harmtrack.model.Range;
import org.harmtrack.model.Span;

/**
 * Finds counts in text: numerals ("34,573", "3.5 million"), number words ("twenty-five", "a dozen"),
 * ranges ("between 62 and 80", "62 to 80", "62-80", "six or seven"), qualified counts ("at least",
 * "more than", "nearly", "up to") and vague counts.
 *
 * <p>Vague words stand for documented ranges. The lower ends follow ACLED's conservative coding
 * (tens = 10, dozens = 12, hundreds = 100), the upper ends and the small-count words follow the
 * Wikimpacts normaliser: a few / several / a handful = 2..6, a couple = 2..3, a number of = 2..9,
 * many / numerous = 20..60, dozens = 12..99, scores = 20..99, tens = 10..90, hundreds = 100..900,
 * thousands = 1,000..9,000, tens of thousands = 10,000..90,000. Open-ended bounds ("at least 23",
 * "more than 23", "up to 23") keep the stated figure at both ends, as the output contract says:
 * the other end is left to another statement in the document.
 *
 * <p>What a count counts (people killed, tanks, years) is not decided here.
 * <p>Thread-safe: stateless, patterns compiled once.
 */
public final class QuantityReader {
    private static final String UNIT = "(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen"
            + "|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)";
    private static final String TENS = "(?:twenty|thirty|forty|fourty|fifty|sixty|seventy|eighty|ninety)";
    private static final String UNDER_HUNDRED = "(?:" + TENS + "(?:[- ](?:one|two|three|four|five|six|seven|eight|nine)\\b)?|"
            + UNIT + ")";
    private static final String WORD_NUMBER = UNDER_HUNDRED + "(?:\\s+hundred(?:\\s+(?:and\\s+)?" + UNDER_HUNDRED + ")?)?"
            + "(?:\\s+thousand)?";
    private static final String DIGIT_NUMBER = "(?:\\d{1,3}(?:,\\d{3})+(?!\\d|,\\d)|\\d+(?:\\.\\d+)?)(?:\\s+(?:million|thousand))?";
    private static final String SPECIAL = "(?:half\\s+a\\s+dozen|a\\s+dozen|a\\s+hundred|a\\s+thousand|a\\s+couple\\s+of|a\\s+pair\\s+of)";
    private static final String CARDINAL = "(?:" + DIGIT_NUMBER + "|" + SPECIAL + "|" + WORD_NUMBER + ")";
    private static final String LOWER = "at\\s+least|no\\s+fewer\\s+than|no\\s+less\\s+than|a\\s+minimum\\s+of|more\\s+than"
            + "|over|upwards\\s+of|in\\s+excess\\s+of|exceeding";
    private static final String APPROX = "nearly|almost|around|about|approximately|roughly|some|an\\s+estimated|estimated"
            + "|close\\s+to|circa|just\\s+over|just\\s+under|as\\s+many\\s+as";
    private static final String UPPER = "up\\s+to|at\\s+most|fewer\\s+than|less\\s+than|no\\s+more\\s+than|under";
    private static final String VAGUE = "tens\\s+of\\s+thousands|hundreds\\s+of\\s+thousands|thousands|hundreds|dozens|scores"
            + "|tens|several|a\\s+few|a\\s+number\\s+of|a\\s+handful|a\\s+couple|many|numerous";

    private static final Pattern QUANTITY = Pattern.compile(
            "(?<![\\p{L}\\d])(?:(?<lower>" + LOWER + ")|(?<approx>" + APPROX + ")|(?<upper>" + UPPER + "))?\\s*"
            + "(?:(?<between>between\\s+|from\\s+)?(?<a>" + CARDINAL + ")"
            + "(?:\\s*(?<sep>-|–|—|\\bto\\b|\\bor\\b|\\band\\b)\\s*(?<b>" + CARDINAL + "))?"
            + "|(?<vague>" + VAGUE + ")(?:\\s+of\\b)?)"
            + "(?![\\p{L}\\d])",
            Pattern.CASE_INSENSITIVE);

    /** Words a count can begin with: numbers, qualifiers, vague words, "a" (dozen), "between", "from". */
    private static final java.util.Set<String> START_WORDS = java.util.Set.of(
            "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
            "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty",
            "forty", "fourty", "fifty", "sixty", "seventy", "eighty", "ninety", "a", "an", "half", "between", "from",
            "at", "no", "more", "over", "upwards", "in", "exceeding", "nearly", "almost", "around", "about",
            "approximately", "roughly", "some", "estimated", "close", "circa", "just", "as", "up", "fewer", "less",
            "under", "tens", "hundreds", "thousands", "dozens", "scores", "several", "many", "numerous");
    private static final Map<String, Range> VAGUE_RANGES = Map.ofEntries(
            Map.entry("a few", new Range(2, 6)), Map.entry("several", new Range(2, 6)),
            Map.entry("a handful", new Range(2, 6)), Map.entry("a couple", new Range(2, 3)),
            Map.entry("a number of", new Range(2, 9)), Map.entry("many", new Range(20, 60)),
            Map.entry("numerous", new Range(20, 60)), Map.entry("dozens", new Range(12, 99)),
            Map.entry("scores", new Range(20, 99)), Map.entry("tens", new Range(10, 90)),
            Map.entry("hundreds", new Range(100, 900)), Map.entry("thousands", new Range(1000, 9000)),
            Map.entry("tens of thousands", new Range(10_000, 90_000)),
            Map.entry("hundreds of thousands", new Range(100_000, 900_000)));

    /** Every count in {@code text}, in order. */
    public List<Quantity> read(String text) {
        return read(text, 0, text.length());
    }

    /** Every count in {@code text[from, to)}, with offsets into {@code text}. */
    public List<Quantity> read(String text, int from, int to) {
        List<Quantity> out = new ArrayList<>();
        Matcher m = QUANTITY.matcher(text).useTransparentBounds(true);
        int pos = from;
        // a count starts at a word: try the pattern only at word starts that can begin one
        while (pos < to) {
            int start = nextCandidateStart(text, pos, to);
            if (start < 0) {
                break;
            }
            m.region(start, to);
            Quantity q = m.lookingAt() && m.end() > m.start() ? toQuantity(m) : null;
            if (q == null) {
                pos = wordEnd(text, start, to);
                continue;
            }
            out.add(q);
            pos = q.span().end();
        }
        return out;
    }

    /** The next word start at or after {@code pos} whose word can begin a count, or -1. */
    private static int nextCandidateStart(String text, int pos, int to) {
        int i = pos;
        while (i < to) {
            char c = text.charAt(i);
            boolean wordStart = Character.isLetterOrDigit(c)
                    && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)));
            if (wordStart) {
                if (Character.isDigit(c)) {
                    return i;
                }
                int end = wordEnd(text, i, to);
                if (START_WORDS.contains(text.substring(i, end).toLowerCase(Locale.ROOT))) {
                    return i;
                }
                i = end;
            } else {
                i++;
            }
        }
        return -1;
    }

    /** The end of the word at {@code start}; a numeral keeps its separators ("2.5", "1,234"). */
    private static int wordEnd(String text, int start, int to) {
        int i = start;
        while (i < to) {
            char c = text.charAt(i);
            boolean separator = (c == '.' || c == ',') && i > start && Character.isDigit(text.charAt(i - 1))
                    && i + 1 < to && Character.isDigit(text.charAt(i + 1));
            if (!Character.isLetterOrDigit(c) && !separator) {
                break;
            }
            i++;
        }
        return Math.max(i, start + 1);
    }

    private static Quantity toQuantity(Matcher m) {
        if (m.group("vague") != null) {
            String word = norm(m.group("vague"));
            Range r = VAGUE_RANGES.get(word);
            Span s = new Span(m.start("vague"), m.end("vague"));
            Span whole = m.group("lower") != null || m.group("approx") != null || m.group("upper") != null
                    ? new Span(m.start(), m.end("vague")) : s;
            return r == null ? null : new Quantity(r, Quantity.Kind.VAGUE, whole, s);
        }
        OptionalLong a = NumberWords.value(m.group("a"));
        if (a.isEmpty()) {
            return null;
        }
        Span aSpan = new Span(m.start("a"), m.end("a"));
        int qualStart = m.group("lower") != null ? m.start("lower")
                : m.group("approx") != null ? m.start("approx")
                : m.group("upper") != null ? m.start("upper") : aSpan.start();
        String sep = m.group("sep") == null ? null : norm(m.group("sep"));
        boolean between = m.group("between") != null;
        OptionalLong b = m.group("b") == null ? OptionalLong.empty() : NumberWords.value(m.group("b"));
        if (b.isPresent() && b.getAsLong() > a.getAsLong() && isRange(sep, between, a.getAsLong(), b.getAsLong(), m)) {
            int start = between ? m.start("between") : qualStart;
            return new Quantity(new Range(a.getAsLong(), b.getAsLong()), Quantity.Kind.RANGE,
                    new Span(start, m.end("b")), new Span(aSpan.start(), m.end("b")));
        }
        Quantity.Kind kind = m.group("lower") != null ? Quantity.Kind.LOWER_BOUND
                : m.group("approx") != null ? Quantity.Kind.APPROXIMATE
                : m.group("upper") != null ? Quantity.Kind.UPPER_BOUND : Quantity.Kind.EXACT;
        return new Quantity(Range.exactly(a.getAsLong()), kind, new Span(qualStart, aSpan.end()), aSpan);
    }

    /**
     * Whether "A sep B" is one ranged count: "and" only after "between" ("killed 5 and injured 10" is two
     * counts), "or" only for neighbouring numbers ("six or seven"), and never two years ("2014-2019").
     */
    private static boolean isRange(String sep, boolean between, long a, long b, Matcher m) {
        if (m.group("a").matches("(19|20)\\d\\d") && m.group("b").matches("(19|20)\\d\\d")) {
            return false;
        }
        return switch (sep) {
            case "and" -> between;
            case "or" -> b - a <= Math.max(2, a / 2);
            default -> true;
        };
    }

    private static String norm(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }
}
