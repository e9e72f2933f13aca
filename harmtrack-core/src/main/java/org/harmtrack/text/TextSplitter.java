package org.harmtrack.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits text into sentences and tokens, keeping UTF-16 offsets into the original text.
 * Rule-based, tuned for news and monitors' notes: a line break always ends a sentence; a full stop
 * does not after common abbreviations ("U.S.", "Gen.", "Jan.") or single initials.
 * <p>Thread-safe: stateless.
 */
public final class TextSplitter {
    private static final Pattern TOKEN = Pattern.compile(
            "(?:\\p{Lu}\\.){2,}(?!\\p{L})"                                       // U.S., U.N.
            + "|\\p{L}[\\p{L}\\p{M}\\d]*(?:['’`ʼ‘-]\\p{L}[\\p{L}\\p{M}\\d]*)*"   // words, al-Shaddadi, Dar'a, twenty-five
            + "|\\d[\\d,.]*\\d|\\d"                                          // 34,573  3.5  7
            + "|\\S");
    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "gen", "lt", "col", "capt", "maj", "sgt", "st", "mt", "no", "vs", "etc", "inc",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "approx", "est",
            "govt", "dept", "u.s", "u.k", "u.n", "e.g", "i.e", "al");

    /** Splits {@code text} into sentences; empty or blank text gives an empty list. */
    public List<Sentence> split(String text) {
        List<Sentence> sentences = new ArrayList<>();
        int n = text.length();
        int start = skipSpace(text, 0);
        int i = start;
        while (i < n) {
            char c = text.charAt(i);
            boolean end = false;
            int cut = i + 1;
            if (c == '\n' || c == '\r') {
                end = true;
                cut = i;
            } else if (c == '.' || c == '!' || c == '?') {
                int j = i + 1;
                while (j < n && isClosing(text.charAt(j))) {
                    j++;
                }
                cut = j;
                if (j >= n) {
                    end = true;
                } else if (Character.isWhitespace(text.charAt(j))) {
                    int k = skipSpace(text, j);
                    end = k >= n || startsSentence(text.charAt(k));
                    if (end && c == '.' && isAbbreviation(text, start, i)) {
                        end = false;
                    }
                } else if (i > start + 1 && isArabicLetter(text.charAt(i - 1)) && isArabicLetter(text.charAt(i - 2))
                        && Character.isLetter(text.charAt(j))) {
                    // (not after a one-letter abbreviation: "د.محمد" is Dr Mohammed)
                    // scraped posts glue the next sentence to an Arabic one: "إلى المشفى.Translate", "اليوم.وقال"
                    end = true;
                }
            }
            if (end) {
                add(sentences, text, start, cut);
                start = skipSpace(text, Math.max(cut, i + 1));
                i = start;
            } else {
                i++;
            }
        }
        add(sentences, text, start, n);
        return sentences;
    }

    /** The tokens of {@code text[from, to)}, with document offsets. */
    public List<Token> tokenize(String text, int from, int to) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text).region(from, to);
        while (m.find()) {
            tokens.add(new Token(m.group(), m.start(), m.end(), tokens.size()));
        }
        return tokens;
    }

    private void add(List<Sentence> sentences, String text, int start, int end) {
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            sentences.add(new Sentence(sentences.size(), start, end, text.substring(start, end),
                    tokenize(text, start, end)));
        }
    }

    private static int skipSpace(String text, int i) {
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isArabicLetter(char c) {
        return c >= '\u0620' && c <= '\u064A' || c >= '\u0671' && c <= '\u06D3';
    }

    private static boolean isClosing(char c) {
        return c == '"' || c == '\'' || c == '’' || c == '”' || c == ')' || c == ']';
    }

    private static boolean startsSentence(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || c == '"' || c == '“' || c == '‘' || c == '\''
                || c == '(' || c == '[' || c == '@' || c == '#' || Character.getType(c) == Character.OTHER_LETTER;
    }

    /** True when the word before the full stop at {@code dot} is an abbreviation or an initial. */
    private static boolean isAbbreviation(String text, int sentenceStart, int dot) {
        int k = dot;
        while (k > sentenceStart && (Character.isLetter(text.charAt(k - 1)) || text.charAt(k - 1) == '.')) {
            k--;
        }
        String word = text.substring(k, dot).toLowerCase(Locale.ROOT);
        if (word.isEmpty()) {
            return false;
        }
        if (word.length() == 1 && Character.isUpperCase(text.charAt(k))) {
            return true; // an initial: "George W. Bush"
        }
        return ABBREVIATIONS.contains(word) || word.matches("(?:\\p{L}\\.)+\\p{L}");
    }
}
