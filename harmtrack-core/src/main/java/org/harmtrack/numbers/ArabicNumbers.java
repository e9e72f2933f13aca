package org.harmtrack.numbers;

import java.util.List;
import java.util.Map;
import org.harmtrack.text.ArabicScript;

/**
 * Arabic counts read from words {@link ArabicScript#key keyed} for matching (digits already Western): digits; number
 * words in their masculine and feminine, nominative and oblique forms ("ثلاثة", "ثلاث", "اثنان", "اثنين"); the
 * teens ("أحد عشر", "ثلاثة عشر"); units joined to tens ("خمسة وعشرون"); hundreds ("مئة", "مئتان"); ranges
 * ("بين 10 و15", "10 إلى 15", "عشرة إلى خمسة عشر"); and vague counts as ranges ("عشرات" 20-99, "مئات"
 * 200-999, "بضعة" and "عدة" 3-9). The Arabic layer of the numbers stage.
 *
 * <p>Thread-safe: stateless.
 */
public final class ArabicNumbers {
    /** A count read from words {@code first} to {@code last}; {@code vague} for "عشرات" and the like. */
    public record Reading(long min, long max, int first, int last, boolean vague) {
    }

    private static final Map<String, Integer> UNITS = Map.ofEntries(
            Map.entry("واحد", 1), Map.entry("واحده", 1), Map.entry("احد", 1), Map.entry("احدي", 1),
            Map.entry("اثنان", 2), Map.entry("اثنين", 2), Map.entry("اثنتان", 2), Map.entry("اثنتين", 2),
            Map.entry("اثنا", 2), Map.entry("اثني", 2), Map.entry("اثنتا", 2), Map.entry("اثنتي", 2),
            Map.entry("ثلاث", 3), Map.entry("ثلاثه", 3), Map.entry("اربع", 4), Map.entry("اربعه", 4),
            Map.entry("خمس", 5), Map.entry("خمسه", 5), Map.entry("ست", 6), Map.entry("سته", 6),
            Map.entry("سبع", 7), Map.entry("سبعه", 7), Map.entry("ثماني", 8), Map.entry("ثمانيه", 8),
            Map.entry("ثمان", 8), Map.entry("تسع", 9), Map.entry("تسعه", 9));
    private static final Map<String, Integer> TENS = Map.ofEntries(
            Map.entry("عشر", 10), Map.entry("عشره", 10), Map.entry("عشرين", 20), Map.entry("عشرون", 20),
            Map.entry("ثلاثين", 30), Map.entry("ثلاثون", 30), Map.entry("اربعين", 40), Map.entry("اربعون", 40),
            Map.entry("خمسين", 50), Map.entry("خمسون", 50), Map.entry("ستين", 60), Map.entry("ستون", 60),
            Map.entry("سبعين", 70), Map.entry("سبعون", 70), Map.entry("ثمانين", 80), Map.entry("ثمانون", 80),
            Map.entry("تسعين", 90), Map.entry("تسعون", 90), Map.entry("ميه", 100), Map.entry("مايه", 100),
            // the keys are folded: ئ is written ي ("مئتين" as "ميتين")
            Map.entry("ميتان", 200), Map.entry("ميتين", 200), Map.entry("مايتان", 200), Map.entry("مايتين", 200));
    private static final Map<String, long[]> VAGUE = Map.of("عشرات", new long[]{20, 99}, "ميات", new long[]{200, 999},
            "بضعه", new long[]{3, 9}, "عده", new long[]{3, 9});
    static {
        // every key must be as ArabicScript.key writes it, or it can never match
        for (Map<String, ?> words : List.of(UNITS, TENS, VAGUE)) {
            words.keySet().forEach(w -> {
                if (!ArabicScript.key(w).equals(w)) {
                    throw new ExceptionInInitializerError("an Arabic number word not in key form: " + w);
                }
            });
        }
    }

    private ArabicNumbers() {
    }

    /**
     * The count that starts at {@code words.get(i)} (keys, each as written with its proclitics), or null. A range
     * is read when "بين" stands before the first number and "و" joins the second, or "إلى" or a dash does.
     *
     * @param dashAfter whether a dash stands between word {@code k} and the next, for each k
     */
    public static Reading read(List<String> words, int i, java.util.function.IntPredicate dashAfter) {
        Reading first = single(words, i);
        if (first == null || first.vague()) {
            return first;
        }
        int next = first.last() + 1;
        if (next < words.size()) {
            boolean between = i > 0 && bare(words.get(i - 1)).equals("بين");
            String joiner = words.get(next);
            Reading second = null;
            if (dashAfter.test(first.last())) {
                second = single(words, next);
            } else if (joiner.equals("الي") && next + 1 < words.size()) {
                second = single(words, next + 1);
            } else if (between && joiner.startsWith("و")) {
                // "بين 10 و15": و is written on the second number, or apart from it
                second = joiner.equals("و") && next + 1 < words.size() ? single(words, next + 1)
                        : single(List.of(joiner.substring(1)), 0) == null ? null
                        : shifted(single(List.of(joiner.substring(1)), 0), next);
            }
            if (second != null && !second.vague() && second.min() > first.max()) {
                return new Reading(first.min(), second.max(), i, second.last(), false);
            }
        }
        return first;
    }

    /** Whether a word (a key, proclitics and all) is a number word or digits. */
    public static boolean isNumber(String word) {
        return !word.isEmpty() && (Character.isDigit(word.charAt(0)) || UNITS.containsKey(bare(word))
                || TENS.containsKey(bare(word)));
    }

    private static Reading shifted(Reading r, int at) {
        return new Reading(r.min(), r.max(), at, at, r.vague());
    }

    /** One number: digits, a vague word, a unit with its teen or its tens, or a tens word. */
    private static Reading single(List<String> words, int i) {
        String word = words.get(i);
        if (word.isEmpty()) {
            return null;
        }
        if (Character.isDigit(word.charAt(0))) {
            try {
                long n = Long.parseLong(word.replaceAll("[.,]", ""));
                return new Reading(n, n, i, i, false);
            } catch (NumberFormatException e) {
                return null; // too long to be a count
            }
        }
        String bare = bare(word);
        long[] vague = VAGUE.get(bare);
        if (vague != null) {
            return new Reading(vague[0], vague[1], i, i, true);
        }
        Integer unit = UNITS.get(bare);
        if (unit != null && i + 1 < words.size()) {
            String after = words.get(i + 1);
            if (after.equals("عشر") || after.equals("عشره")) {
                return new Reading(10 + unit, 10 + unit, i, i + 1, false); // أحد عشر, ثلاثة عشر
            }
            Integer tens = after.startsWith("و") ? TENS.get(after.substring(1)) : null;
            if (tens != null && tens >= 20 && tens < 100) {
                return new Reading(unit + tens, unit + tens, i, i + 1, false); // خمسة وعشرون
            }
        }
        if (unit != null && !bare.equals("احد") && !bare.equals("احدي")) {
            return new Reading(unit, unit, i, i, false); // "أحد" alone is "one of", not a count
        }
        Integer tens = TENS.get(bare);
        return tens == null ? null : new Reading(tens, tens, i, i, false);
    }

    /** A word without the proclitics a count may carry: و ف ب ل (one), then the article. */
    private static String bare(String word) {
        return ArabicScript.withoutClitics(word, w -> UNITS.containsKey(w) || TENS.containsKey(w) || VAGUE.containsKey(w));
    }
}
