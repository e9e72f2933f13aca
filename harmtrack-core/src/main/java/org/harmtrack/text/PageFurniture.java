package org.harmtrack.text;

import java.util.Locale;
import java.util.Set;

/**
 * Finds the lists of other stories that scraped news pages carry ("Related News", "Prev Post", "Read more:")
 * and blanks them out, so their headlines, places and dates are not read as the report's own. A list starts at a
 * marker line and runs over the headline-like lines after it (no closing full stop, or short), up to the first
 * line that reads as a paragraph of prose. Blanking keeps the text's length and line breaks, so every offset found
 * in the blanked text is an offset into the original.
 * <p>Thread-safe: stateless.
 */
public final class PageFurniture {
    /** Lines that open a list of other stories, lower case, without a closing colon. */
    private static final Set<String> MARKERS = Set.of("related news", "related", "related posts", "related articles",
            "related stories", "related content", "related coverage", "other news", "more news", "more stories",
            "read more", "read also", "also read", "see also", "latest news", "latest", "most read", "most popular",
            "popular", "recommended", "recommended for you", "you may also like", "you might also like",
            "prev post", "next post", "previous post", "previous article", "next article", "more from this section",
            "more on this story", "trending", "trending now", "top stories", "in other news", "editor's picks",
            "more in middle east", "more in world");
    /** A line at least this long and ending a sentence is prose, not a headline. */
    private static final int PARAGRAPH = 90;
    /** A line this long is prose whatever its ending. */
    private static final int LONG_LINE = 320;

    private PageFurniture() {
    }

    /** {@code text} with every list of other stories replaced by spaces (line breaks kept); the same length. */
    public static String blank(String text) {
        StringBuilder out = null;
        boolean inList = false;
        int at = 0;
        int n = text.length();
        while (at < n) {
            int lineEnd = text.indexOf('\n', at);
            if (lineEnd < 0) {
                lineEnd = n;
            }
            String line = text.substring(at, lineEnd).strip();
            if (isMarker(line)) {
                inList = true;
            } else if (inList && !line.isEmpty() && isProse(line)) {
                inList = false;
            }
            if (inList && !line.isEmpty()) {
                if (out == null) {
                    out = new StringBuilder(text);
                }
                for (int i = at; i < lineEnd; i++) {
                    if (!Character.isWhitespace(text.charAt(i))) {
                        out.setCharAt(i, ' ');
                    }
                }
            }
            at = lineEnd + 1;
        }
        return out == null ? text : out.toString();
    }

    private static boolean isMarker(String line) {
        if (line.length() > 40) {
            return false;
        }
        String key = line.toLowerCase(Locale.ROOT).replaceAll("[\\s:»›>|•-]+$", "").replaceAll("\\s+", " ");
        return MARKERS.contains(key);
    }

    private static boolean isProse(String line) {
        char last = line.charAt(line.length() - 1);
        boolean endsSentence = last == '.' || last == '!' || last == '?' || last == '"' || last == '”' || last == ')';
        return line.length() >= LONG_LINE || endsSentence && line.length() >= PARAGRAPH && !line.endsWith("...")
                && !line.endsWith("…");
    }
}
