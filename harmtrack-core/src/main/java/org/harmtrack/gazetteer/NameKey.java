package org.harmtrack.gazetteer;

import java.text.Normalizer;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Keys under which place names are indexed, so that spellings of one name meet.
 * <ul>
 *   <li>{@link #exact}: diacritics, case, apostrophes, hyphens and Arabic articles (al-, el-, ash-, ez-, ...)
 *       removed: "al-Shaddadi" = "Ash Shaddadi" = "Shaddādī"; "Deir ez-Zor" = "Deir Zor"; Arabic script folded as
 *       {@link org.harmtrack.text.ArabicScript#key} does: "إدلب" = "ادلب".</li>
 *   <li>{@link #skeleton}: the exact key's first letter and its consonants, with q/k, gh/g, kh/k, dh/d, ph/f folded and
 *       doubled letters collapsed and an initial vowel written as "a", for transliterations: "Dayr az Zawr" = "Deir Ezzor"; "Khan Younis" = "Khan Yunis";
 *       "Idleb" = "Idlib". Looser, so the geoparser trusts it only inside the document's countries.</li>
 * </ul>
 * Thread-safe: stateless.
 */
public final class NameKey {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Set<String> ARTICLES = Set.of(
            "al", "el", "ar", "as", "ash", "ad", "an", "at", "az", "ath", "adh", "ez", "es", "ed", "er", "ul", "the");

    private NameKey() {
    }

    /** The exact key of a name, or "" when nothing but articles and punctuation is left. */
    public static String exact(String name) {
        name = org.harmtrack.text.ArabicScript.isIn(name) ? org.harmtrack.text.ArabicScript.key(name) : name;
        String s = hasAccents(name) ? MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("") : name;
        // one pass: lower-case letters and digits; apostrophes vanish; anything else separates words
        StringBuilder folded = new StringBuilder(s.length());
        boolean space = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isApostrophe(c)) {
                continue; // before the letter test: ʿ and ʾ (ayn, hamza) count as letters in Unicode
            } else if (Character.isLetterOrDigit(c)) {
                folded.append(Character.toLowerCase(c));
                space = false;
            } else if (!space) {
                folded.append(' ');
                space = true;
            }
        }
        int len = folded.length();
        if (len > 0 && folded.charAt(len - 1) == ' ') {
            folded.setLength(len - 1);
        }
        if (folded.indexOf(" ") < 0) {
            return folded.toString();
        }
        StringBuilder out = new StringBuilder(folded.length());
        int start = 0;
        while (start <= folded.length()) {
            int end = folded.indexOf(" ", start);
            if (end < 0) {
                end = folded.length();
            }
            String w = folded.substring(start, end);
            if (!ARTICLES.contains(w)) {
                if (out.length() > 0) {
                    out.append(' ');
                }
                out.append(w);
            }
            start = end + 1;
        }
        return out.length() == 0 ? folded.toString() : out.toString();
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '’' || c == '‘' || c == '`' || c == 'ʼ' || c == 'ʿ' || c == 'ʾ' || c == '´';
    }

    /** The skeleton of an exact key (see the class comment); "" for non-Latin names. */
    public static String skeleton(String exactKey) {
        String s = exactKey.replace(" ", "");
        if (s.isEmpty() || !isAscii(s)) {
            return "";
        }
        s = s.replace("gh", "g").replace("dh", "d").replace("kh", "k").replace("ph", "f").replace("q", "k")
                .replace("ck", "k");
        StringBuilder out = new StringBuilder(s.length());
        char first = s.charAt(0);
        out.append("aeiouy".indexOf(first) >= 0 ? 'a' : first); // Ain = Ayn = Ein; Idlib = Edlib
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if ("aeiouwy".indexOf(c) >= 0) {
                continue;
            }
            if (c == 'h' && "aeiou".indexOf(s.charAt(i - 1)) >= 0
                    && (i + 1 == s.length() || "aeiou".indexOf(s.charAt(i + 1)) < 0)) {
                continue; // a silent h after a vowel: "Zahr" = "Zawr", "Deh" = "Dey"
            }
            if (out.charAt(out.length() - 1) != c) {
                out.append(c);
            }
        }
        if (out.length() > 2 && out.charAt(out.length() - 1) == 'h') {
            out.setLength(out.length() - 1);
        }
        return out.toString();
    }

    /**
     * A key between exact and skeleton, for short names whose skeleton says too little: vowels kept but their
     * spellings folded (ou/oo = u, ee/ie = i, e = a before a final vowel... ), a final h dropped, doubled letters
     * collapsed: "al-Sousa" = "As Susah", "Hajeen" = "Hajin".
     */
    public static String loose(String exactKey) {
        String s = exactKey.replace(" ", "");
        s = s.replace("ou", "u").replace("oo", "u").replace("ee", "i").replace("ie", "i").replace("ei", "ay")
                .replace("kh", "k").replace("q", "k").replace("gh", "g").replace("dh", "d").replace("y", "i");
        if (s.length() > 3 && s.endsWith("h")) {
            s = s.substring(0, s.length() - 1);
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (out.length() == 0 || out.charAt(out.length() - 1) != c) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Whether a name has letters with diacritics to strip (curly quotes and the like need no normalising). */
    private static boolean hasAccents(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0xC0 && c <= 0x24F || c >= 0x300 && c <= 0x36F || c >= 0x1E00 && c <= 0x1EFF) {
                return true;
            }
        }
        return false;
    }

    static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 127) {
                return false;
            }
        }
        return true;
    }
}
