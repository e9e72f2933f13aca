package org.harmtrack.time;

import java.time.DayOfWeek;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** Month, weekday and number words shared by the date patterns. Patterns are meant for CASE_INSENSITIVE use. */
final class DateWords {

    /** No letter or digit may touch a date expression on its left. */
    static final String B0 = "(?<![\\p{L}\\p{N}])";
    /** No letter or digit may touch a date expression on its right. */
    static final String B1 = "(?![\\p{L}\\p{N}])";

    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};
    private static final String MONTH_KEYS = "janfebmaraprmayjunjulaugsepoctnovdec";

    /**
     * A month name or abbreviation ("January", "Jan", "Jan.", "Sept."). The first letter must be a capital even
     * in case-insensitive patterns, so the verb "may" and the noun "march" never read as months.
     */
    static final String MONTH = monthAlternation();

    /** A full weekday name; abbreviations are left out ("Sun", "Wed" are also ordinary words). */
    static final String WEEKDAY = "(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)" + B1;

    private static final String SMALL = "nineteen|eighteen|seventeen|sixteen|fifteen|fourteen|thirteen|twelve"
        + "|eleven|ten|nine|eight|seven|six|five|four|three|two|one|an|a";
    private static final String TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";
    private static final String UNITS = "one|two|three|four|five|six|seven|eight|nine";

    /** A small count in digits or words: "3", "three", "twenty-four", "a". */
    static final String NUMBER = "(?:\\d{1,3}|(?:" + TENS + ")(?:[-\\s](?:" + UNITS + "))?|(?:" + SMALL + "))" + B1;

    private static final Map<String, Integer> NUMBER_VALUES = Map.ofEntries(
        Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
        Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
        Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
        Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
        Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
        Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
        Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80),
        Map.entry("ninety", 90));

    private static final Pattern WORD_SEPARATOR = Pattern.compile("[-\\s]+");

    private DateWords() {
    }

    private static String monthAlternation() {
        StringBuilder sb = new StringBuilder("(?:");
        for (int i = 0; i < MONTHS.length; i++) {
            String name = MONTHS[i];
            // "(?-i:J)" keeps the capital even when the pattern is compiled CASE_INSENSITIVE
            sb.append(i == 0 ? "" : "|").append("(?-i:").append(name.charAt(0)).append(")(?:")
                .append(name.substring(1));
            if (name.length() > 3) {
                if (i == 8) {
                    sb.append("|ept\\.?");
                }
                sb.append('|').append(name, 1, 3).append("\\.?");
            }
            sb.append(')');
        }
        return sb.append(')').append(B1).toString();
    }

    /** Month number 1-12 of a month name, abbreviation or two-digit number. */
    static int monthNumber(String token) {
        if (Character.isDigit(token.charAt(0))) {
            return Integer.parseInt(token);
        }
        return MONTH_KEYS.indexOf(token.substring(0, 3).toLowerCase(Locale.ROOT)) / 3 + 1;
    }

    static DayOfWeek weekday(String token) {
        return DayOfWeek.valueOf(token.toUpperCase(Locale.ROOT));
    }

    /** Value of a token matched by {@link #NUMBER}. */
    static int number(String token) {
        if (Character.isDigit(token.charAt(0))) {
            return Integer.parseInt(token);
        }
        int sum = 0;
        for (String word : WORD_SEPARATOR.split(token.toLowerCase(Locale.ROOT))) {
            sum += NUMBER_VALUES.getOrDefault(word, 0);
        }
        return sum;
    }
}
