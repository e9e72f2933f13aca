package org.harmtrack.text;

/**
 * Arabic script folded for matching, character for character so that every offset into the folded text is an
 * offset into the original. Eastern Arabic and Persian digits become 0-9; the forms of alef with hamza or madda
 * (أ إ آ ٱ) become bare alef, taa marbuta (ة) becomes haa, alef maqsura (ى) becomes yaa, hamza on waw and yaa
 * (ؤ ئ) the bare letters; short vowels, shadda, sukun and the dagger alef become tatweel (a letter modifier, so a
 * word keeps holding together), and Arabic punctuation becomes its Latin counterpart (، ؛ ؟ ٪ and the decimal and
 * thousands separators). Text in other scripts is left as it is. {@link #key} drops the tatweel too, for looking
 * words up in a lexicon or a gazetteer, where lengths need not be kept.
 *
 * <p>Thread-safe: stateless.
 */
public final class ArabicScript {
    private static final char TATWEEL = '\u0640';

    private ArabicScript() {
    }

    /** Whether the text holds a letter or digit of the Arabic block. */
    public static boolean isIn(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\u0600' && c <= '\u06FF') {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the text is written mostly in Arabic script (more Arabic letters than Latin ones): a sentence read
     * by the Arabic layer of a stage, where an English sentence naming a place in Arabic is not.
     */
    public static boolean isMostlyIn(CharSequence text) {
        int arabic = 0;
        int latin = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\u0620' && c <= '\u064A' || c >= '\u0671' && c <= '\u06D3') {
                arabic++;
            } else if (c < 0x250 && Character.isLetter(c)) {
                latin++;
            }
        }
        return arabic > latin;
    }

    /** The text folded for matching (see the class comment); the same length, and the same string if nothing folds. */
    public static String fold(String text) {
        char[] out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char f = fold(c);
            if (f != c) {
                if (out == null) {
                    out = text.toCharArray();
                }
                out[i] = f;
            }
        }
        return out == null ? text : new String(out);
    }

    /** A word or name as a lexicon or gazetteer key: folded, without tatweel. */
    public static String key(String word) {
        String folded = fold(word);
        return folded.indexOf(TATWEEL) < 0 ? folded : folded.replace(String.valueOf(TATWEEL), "");
    }

    /**
     * How many leading letters of a word may be proclitics rather than part of the word: a conjunction (و ف)
     * and then a preposition (ب ل ك), so "وبحلب" may be و + ب + "حلب". Callers try the bare word first and the
     * word without these letters only when the bare word means nothing: "بنش" is a town, not ب + "نش". Zero when
     * fewer than three letters would remain.
     */
    public static int procliticLength(String word) {
        int n = 0;
        if (n < word.length() && (word.charAt(n) == '\u0648' || word.charAt(n) == '\u0641')) {
            n++; // و ف
        }
        if (n < word.length() && "\u0628\u0644\u0643".indexOf(word.charAt(n)) >= 0) {
            n++; // ب ل ك
        }
        return word.length() - n >= 3 ? n : 0;
    }

    /**
     * A key without the clitics that may lead a lexicon word: one conjunction or preposition (و ف ب ل), then the
     * article, each only when more than three letters are left, and the first not when the word as it stands is
     * in the lexicon ({@code inLexicon}: "واحد" is one, not و + "احد").
     */
    public static String withoutClitics(String key, java.util.function.Predicate<String> inLexicon) {
        String w = key;
        if (w.length() > 3 && "\u0648\u0641\u0628\u0644".indexOf(w.charAt(0)) >= 0 && !inLexicon.test(w)) {
            w = w.substring(1);
        }
        if (w.length() > 4 && w.startsWith("\u0627\u0644")) {
            w = w.substring(2);
        }
        return w;
    }

    /**
     * A pattern matching any of {@code alternatives} (a regex alternation of folded words) as a whole word that may
     * carry a conjunction (و ف) and a preposition (ب ل) before it, and nothing after it; ل before the article drops
     * its alef, so "التحالف" is also matched as "للتحالف".
     */
    public static java.util.regex.Pattern wordPattern(String alternatives) {
        StringBuilder forms = new StringBuilder(alternatives);
        for (String form : alternatives.split("\\|")) {
            if (form.startsWith("\u0627\u0644")) {
                forms.append("|\u0644\u0644").append(form.substring(2));
            }
        }
        return java.util.regex.Pattern.compile("(?<![\\p{L}\u0640])[\u0648\u0641]?[\u0628\u0644]?(?:" + forms
                + ")(?![\\p{L}\u0640])");
    }

    private static char fold(char c) {
        if (c < '\u060C' || c > '\u06F9') {
            return c;
        }
        if (c >= '\u0660' && c <= '\u0669') {
            return (char) ('0' + (c - '\u0660'));
        }
        if (c >= '\u06F0' && c <= '\u06F9') {
            return (char) ('0' + (c - '\u06F0'));
        }
        if (c >= '\u064B' && c <= '\u0652' || c == '\u0670') {
            return TATWEEL;
        }
        return switch (c) {
            case '\u0623', '\u0625', '\u0622', '\u0671' -> '\u0627'; // أ إ آ ٱ -> ا
            case '\u0629' -> '\u0647'; // ة -> ه
            case '\u0649' -> '\u064A'; // ى -> ي
            case '\u0624' -> '\u0648'; // ؤ -> و
            case '\u0626' -> '\u064A'; // ئ -> ي
            case '\u060C', '\u066C' -> ','; // Arabic comma, thousands separator
            case '\u061B' -> ';';
            case '\u061F' -> '?';
            case '\u066A' -> '%';
            case '\u066B', '\u06D4' -> '.'; // decimal separator, Arabic full stop
            default -> c;
        };
    }
}
