package org.harmtrack.gazetteer;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Keys under which place names are indexed, so that spellings of one name meet.
 * <ul>
 *   <li>{@link #exact}: diacritics, case, apostrophes, hyphens and Arabic articles (al-, el-, ash-, ez-, ...)
 *       removed: "al-Shaddadi" = "Ash Shaddadi" = "Shaddādī"; "Deir ez-Zor" = "Deir Zor".</li>
 *   <li>{@link #skeleton}: the exact key's first letter and its consonants, with q/k, gh/g, dh/d, ph/f folded and
 *       doubled letters collapsed and an initial vowel written as "a", for transliterations: "Dayr az Zawr" = "Deir Ezzor"; "Khan Younis" = "Khan Yunis";
 *       "Idleb" = "Idlib". Looser, so the geoparser trusts it only inside the document's countries.</li>
 * </ul>
 * Thread-safe: stateless.
 */
public final class NameKey {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern APOSTROPHES = Pattern.compile("['’‘`ʼʿʾ´]");
    private static final Pattern NON_ALNUM = Pattern.compile("[^\\p{L}\\p{Nd}]+");
    private static final Set<String> ARTICLES = Set.of(
            "al", "el", "ar", "as", "ash", "ad", "an", "at", "az", "ath", "adh", "ez", "es", "ed", "er", "ul", "the");

    private NameKey() {
    }

    /** The exact key of a name, or "" when nothing but articles and punctuation is left. */
    public static String exact(String name) {
        String s = name;
        if (!isAscii(s)) {
            s = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFKD)).replaceAll("");
        }
        s = APOSTROPHES.matcher(s.toLowerCase(Locale.ROOT)).replaceAll("");
        s = NON_ALNUM.matcher(s).replaceAll(" ").trim();
        if (s.isEmpty()) {
            return "";
        }
        String[] words = s.split(" ");
        if (words.length == 1) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        for (String w : words) {
            if (!ARTICLES.contains(w)) {
                if (out.length() > 0) {
                    out.append(' ');
                }
                out.append(w);
            }
        }
        return out.length() == 0 ? s : out.toString();
    }

    /** The skeleton of an exact key (see the class comment); "" for non-Latin names. */
    public static String skeleton(String exactKey) {
        String s = exactKey.replace(" ", "");
        if (s.isEmpty() || !isAscii(s)) {
            return "";
        }
        s = s.replace("gh", "g").replace("dh", "d").replace("ph", "f").replace("q", "k").replace("ck", "k");
        StringBuilder out = new StringBuilder(s.length());
        char first = s.charAt(0);
        out.append("aeiouy".indexOf(first) >= 0 ? 'a' : first); // Ain = Ayn = Ein; Idlib = Edlib
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if ("aeiouwy".indexOf(c) >= 0) {
                continue;
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

    static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 127) {
                return false;
            }
        }
        return true;
    }
}
