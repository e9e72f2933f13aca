package org.harmtrack.extract;

import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.harmtrack.model.Range;

/**
 * Reads how a monitor's note shares one toll among several places or events: "the 42 deaths are divided, 7 each,
 * across six villages", "the dead are spread evenly over both events", "10 dead, shared between two towns". When a note says so, the incident at one place carries its share, not the whole toll.
 * <p>Thread-safe: stateless.
 */
final class AllocationReader {
    private static final String NUMBER = "(\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)";
    private static final Pattern SHARE_WORDS = Pattern.compile(
            "\\b(?:split|divided|distributed|spread|allocated|shared)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern EACH = Pattern.compile("\\b" + NUMBER + "\\s+(?:fatalities\\s+)?each\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PARTS = Pattern.compile(
            "\\b(?:between|across|among|over|into)\\s+(?:the\\s+|both\\s+)?" + NUMBER
            + "\\s+(?:\\w+\\s+){0,2}?(?:locations|events|areas|places|villages|towns|fronts|sites|clash\\s+locations"
            + "|neighbou?rhoods|points|days|incidents)\\b",
            Pattern.CASE_INSENSITIVE);

    /** The share of {@code total} one place gets, if the text says how the toll is shared. */
    Range share(String text, Range total) {
        if (total == null || !SHARE_WORDS.matcher(text).find()) {
            return null;
        }
        Matcher each = EACH.matcher(text);
        if (each.find()) {
            OptionalLong n = value(each.group(1));
            if (n.isPresent() && n.getAsLong() <= total.max()) {
                return Range.exactly(n.getAsLong());
            }
        }
        Matcher parts = PARTS.matcher(text);
        if (parts.find()) {
            OptionalLong n = value(parts.group(1));
            if (n.isPresent() && n.getAsLong() > 1) {
                long low = total.min() / n.getAsLong();
                long high = (total.min() + n.getAsLong() - 1) / n.getAsLong();
                return new Range(low, Math.max(low, high));
            }
        }
        return null;
    }

    private static OptionalLong value(String word) {
        if (Character.isDigit(word.charAt(0))) {
            return OptionalLong.of(Long.parseLong(word));
        }
        String[] words = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
            "eleven", "twelve"};
        for (int i = 0; i < words.length; i++) {
            if (words[i].equalsIgnoreCase(word)) {
                return OptionalLong.of(i);
            }
        }
        return OptionalLong.empty();
    }
}
