package org.harmtrack.numbers;

import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;

/** Values of English number words and numerals with thousands separators. Stateless. */
final class NumberWords {
    static final Map<String, Integer> UNITS = Map.ofEntries(
            Map.entry("zero", 0), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
            Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19));
    static final Map<String, Integer> TENS = Map.of(
            "twenty", 20, "thirty", 30, "forty", 40, "fourty", 40, "fifty", 50, "sixty", 60, "seventy", 70,
            "eighty", 80, "ninety", 90);
    static final Map<String, Integer> SCALES = Map.of("hundred", 100, "thousand", 1000, "million", 1_000_000);

    private NumberWords() {
    }

    /**
     * The value of a cardinal: "34,573", "3.5 million", "twenty-five", "two hundred and fifty", "a dozen".
     * Empty when the words are not a number this class reads.
     */
    static OptionalLong value(String words) {
        String s = words.toLowerCase(Locale.ROOT).replace('’', '\'').trim();
        if (s.isEmpty()) {
            return OptionalLong.empty();
        }
        if (Character.isDigit(s.charAt(0))) {
            return digits(s);
        }
        switch (s) {
            case "a dozen", "dozen", "one dozen":
                return OptionalLong.of(12);
            case "half a dozen":
                return OptionalLong.of(6);
            case "a single", "single", "a lone", "an", "a":
                return OptionalLong.of(1);
            case "a couple of", "a pair of", "couple of", "a couple":
                return OptionalLong.of(2);
            default:
                break;
        }
        long total = 0;
        long current = 0;
        boolean any = false;
        for (String w : s.replaceAll("^an? ", "one ").split("[\\s-]+")) {
            if (w.equals("and")) {
                continue;
            }
            Integer unit = UNITS.get(w);
            Integer ten = TENS.get(w);
            Integer scale = SCALES.get(w);
            if (unit != null) {
                current += unit;
            } else if (ten != null) {
                current += ten;
            } else if (scale != null) {
                current = Math.max(current, 1) * scale;
                if (scale >= 1000) {
                    total += current;
                    current = 0;
                }
            } else {
                return OptionalLong.empty();
            }
            any = true;
        }
        return any ? OptionalLong.of(total + current) : OptionalLong.empty();
    }

    /** "34,573" -> 34573, "3.5 million" -> 3500000, "2 thousand" -> 2000. */
    private static OptionalLong digits(String s) {
        String[] parts = s.split("\\s+");
        String numeral = parts[0];
        long scale = 1;
        if (parts.length == 2 && SCALES.containsKey(parts[1])) {
            scale = SCALES.get(parts[1]);
        } else if (parts.length != 1) {
            return OptionalLong.empty();
        }
        try {
            if (numeral.matches("\\d{1,3}(,\\d{3})+")) {
                return OptionalLong.of(Long.parseLong(numeral.replace(",", "")) * scale);
            }
            if (numeral.matches("\\d+\\.\\d+")) {
                return scale == 1 ? OptionalLong.empty()
                        : OptionalLong.of(Math.round(Double.parseDouble(numeral) * scale));
            }
            if (numeral.matches("\\d+")) {
                return numeral.length() > 12 ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(numeral) * scale);
            }
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
        return OptionalLong.empty();
    }
}
