package org.harmtrack.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds the lists of other stories that scraped news pages carry ("Related News", "Prev Post", "Read more:")
 * and blanks them out, so their headlines, places and dates are not read as the report's own. A list starts at a
 * marker line and runs over the headline-like lines after it (no closing full stop, or short), up to the first
 * line that reads as a paragraph of prose; after the report's first paragraph, three or more headlines in a row
 * are such a list too, marker or not. Blanking keeps the text's length and line breaks, so every offset found
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
    /** This many headline lines in a row, after the report has begun, are a list of other stories. */
    private static final int HEADLINE_RUN = 3;

    private PageFurniture() {
    }

    /** {@code text} with every list of other stories replaced by spaces (line breaks kept); the same length. */
    public static String blank(String text) {
        List<int[]> lines = new ArrayList<>();
        for (int at = 0; at < text.length(); ) {
            int end = text.indexOf('\n', at);
            end = end < 0 ? text.length() : end;
            if (!text.substring(at, end).isBlank()) {
                lines.add(new int[] {at, end});
            }
            at = end + 1;
        }
        boolean[] furniture = new boolean[lines.size()];
        boolean inList = false;
        boolean proseSeen = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = text.substring(lines.get(i)[0], lines.get(i)[1]).strip();
            if (isMarker(line)) {
                inList = true;
            } else if (inList && isProse(line)) {
                inList = false;
            }
            furniture[i] = inList;
            // after the report has begun, a run of headlines is a list of other stories even without a marker
            if (!inList && proseSeen && isHeadline(line)) {
                int run = i;
                while (run < lines.size() && isHeadline(text.substring(lines.get(run)[0], lines.get(run)[1]).strip())) {
                    run++;
                }
                if (run - i >= HEADLINE_RUN) {
                    java.util.Arrays.fill(furniture, i, run, true);
                    i = run - 1;
                    continue;
                }
            }
            proseSeen |= isProse(line);
        }
        StringBuilder out = null;
        for (int i = 0; i < lines.size(); i++) {
            if (!furniture[i]) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text);
            }
            for (int k = lines.get(i)[0]; k < lines.get(i)[1]; k++) {
                if (!Character.isWhitespace(text.charAt(k))) {
                    out.setCharAt(k, ' ');
                }
            }
        }
        return out == null ? text : out.toString();
    }

    /** A line that reads as the headline of a story: a few words to a couple of lines, no closing punctuation. */
    private static boolean isHeadline(String line) {
        if (line.length() < 25 || line.length() > 220) {
            return false;
        }
        char last = line.charAt(line.length() - 1);
        return ".!?:;\"”)]".indexOf(last) < 0 && line.split("\\s+").length >= 4;
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
