package org.harmtrack.link;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The details of a report that tell one strike from another on the same day: what was struck (a house, a car,
 * a madrassa) and which group the dead belonged to. Spellings of one thing share one key. Stateless.
 */
public final class DetailWords {
    private static final Map<String, String> KEYS = Map.ofEntries(
            Map.entry("house", "house"), Map.entry("houses", "house"), Map.entry("home", "house"),
            Map.entry("homes", "house"), Map.entry("compound", "compound"), Map.entry("compounds", "compound"),
            Map.entry("car", "vehicle"), Map.entry("cars", "vehicle"), Map.entry("vehicle", "vehicle"),
            Map.entry("vehicles", "vehicle"), Map.entry("truck", "vehicle"), Map.entry("pick-up", "vehicle"),
            Map.entry("pickup", "vehicle"), Map.entry("jeep", "vehicle"), Map.entry("motorcycle", "motorbike"),
            Map.entry("motorbike", "motorbike"), Map.entry("madrassa", "madrassa"), Map.entry("madrasa", "madrassa"),
            Map.entry("madrassah", "madrassa"), Map.entry("seminary", "madrassa"), Map.entry("school", "school"),
            Map.entry("mosque", "mosque"), Map.entry("market", "market"), Map.entry("bakery", "bakery"),
            Map.entry("shop", "shop"), Map.entry("checkpoint", "checkpoint"), Map.entry("camp", "camp"),
            Map.entry("hideout", "hideout"), Map.entry("funeral", "funeral"), Map.entry("jirga", "jirga"),
            Map.entry("wedding", "wedding"), Map.entry("bridge", "bridge"), Map.entry("tent", "tent"),
            Map.entry("hospital", "hospital"), Map.entry("fort", "fort"), Map.entry("taliban", "taliban"),
            Map.entry("ttp", "ttp"), Map.entry("haqqani", "haqqani"), Map.entry("qaeda", "al-qaeda"),
            Map.entry("uzbek", "uzbek"), Map.entry("uzbeks", "uzbek"), Map.entry("arab", "arab"),
            Map.entry("arabs", "arab"), Map.entry("turkmen", "turkmen"), Map.entry("punjabi", "punjabi"),
            Map.entry("chechen", "chechen"), Map.entry("afghan", "afghan"), Map.entry("imu", "imu"),
            Map.entry("bahadur", "gul-bahadur"), Map.entry("nazir", "nazir"), Map.entry("mehsud", "mehsud"));
    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}-]*");

    /** Capitalised words that name no particular place or person in these reports. */
    private static final Set<String> COMMON_NAMES = Set.of("us", "usa", "cia", "predator", "reaper", "drone",
            "pakistan", "pakistani", "afghanistan", "afghan", "north", "south", "east", "west", "waziristan",
            "agency", "district", "province", "tribal", "khyber", "pakhtunkhwa", "fata", "taliban", "ttp",
            "haqqani", "qaeda", "the", "a", "an", "in", "on", "at", "of", "and", "monday",
            "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
            "april", "may", "june", "july", "august", "september", "october", "november", "december", "i", "ii",
            "mr", "he", "she", "they", "it", "his", "her", "their", "islamic", "state", "army", "military",
            "government", "officials", "official", "sources", "witnesses", "residents", "elders", "local",
            "american", "british", "german", "arab", "uzbek", "punjabi", "village", "town", "area");
    /** Words that are part of many names but no name alone ("Khel", "Al"). */
    private static final Set<String> NAME_PARTS = Set.of("khel", "al", "el", "kalay", "kili");
    private static final Pattern CAPITALISED = Pattern.compile("\\b\\p{Lu}[\\p{L}'’-]*(?:[ -]\\p{Lu}[\\p{L}'’-]*)*");

    private DetailWords() {
    }

    /**
     * The proper names of a text outside sentence starts (villages the gazetteer lacks, people), as consonant
     * skeletons so that spellings of one name meet ("Shalam Raghzai" and "Shalam Ragzhai", "Janikhel" and
     * "Janni Khel"). Common words of these reports (countries, regions, armed groups, weekdays) are left out.
     */
    public static Set<String> names(String text) {
        return names(text, false);
    }

    /** As {@link #names(String)}, only the names a place word leads to ("in Spalaga", "near Spinwam"). */
    public static Set<String> placeNames(String text) {
        return names(text, true);
    }

    private static final Pattern PLACE_LEAD = Pattern.compile(
            "\\b(?:in|near|at|of|outside|around|from|into|between|and|or)\\s+(?:the\\s+)?$");

    /** What splits a capitalised run into its words, and the apostrophes a name loses (compiled once, not per use). */
    private static final Pattern NAME_WORD_BREAK = Pattern.compile("[ -]");
    private static final Pattern APOSTROPHE = Pattern.compile("['’]");

    private static Set<String> names(String text, boolean placesOnly) {
        Set<String> found = new TreeSet<>();
        Matcher m = CAPITALISED.matcher(text);
        while (m.find()) {
            if (sentenceStart(text, m.start())) {
                continue;
            }
            if (placesOnly && !PLACE_LEAD.matcher(text.substring(Math.max(0, m.start() - 16), m.start())).find()) {
                continue;
            }
            StringBuilder joined = new StringBuilder();
            for (String word : NAME_WORD_BREAK.split(m.group())) {
                String lower = APOSTROPHE.matcher(word.toLowerCase(Locale.ROOT)).replaceAll("");
                if (NAME_PARTS.contains(lower)) {
                    joined.append(skeleton(lower)); // "Janni Khel" is "Janikhel"
                    continue;
                }
                if (COMMON_NAMES.contains(lower)) {
                    continue;
                }
                String skeleton = skeleton(lower);
                joined.append(skeleton);
                if (skeleton.length() >= 3 || skeleton.length() == 2 && lower.length() >= 4) {
                    found.add(skeleton); // "Shaga" is "sg"; "Ali" ("l") says too little
                }
            }
            if (joined.length() >= 3) {
                found.add(skeleton(joined.toString()));
            }
        }
        return found;
    }

    private static boolean sentenceStart(String text, int at) {
        int i = at - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '"' || text.charAt(i) == '\'')) {
            i--;
        }
        return i < 0 || text.charAt(i) == '.' || text.charAt(i) == '\n' || text.charAt(i) == '!' || text.charAt(i) == '?';
    }

    /** Consonants only, "h" dropped and doubled letters single: "raghzai" and "ragzhai" are both "rgz". */
    static String skeleton(String lower) {
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < lower.length(); k++) {
            char c = lower.charAt(k);
            if ("aeiouyh".indexOf(c) >= 0 || !Character.isLetter(c)) {
                continue;
            }
            if (b.length() == 0 || b.charAt(b.length() - 1) != c) {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static final Pattern ORDINAL = Pattern.compile("\\b(first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th)"
            + "\\s+(?:(?:US|drone|missile|air|deadly)\\s+)?(?:strike|attack)s?\\b|\\b(first|second|third|fourth|fifth)"
            + "\\s+of\\s+(?:the\\s+)?(?:\\d+|two|three|four|five)\\s+(?:drone\\s+)?(?:strikes|attacks)",
            Pattern.CASE_INSENSITIVE);
    private static final List<String> ORDINALS = List.of("first", "second", "third", "fourth",
            "fifth");

    /**
     * Which strike of a day or series the text says it tells of ("the second strike of the day", "the first of 3
     * strikes"): 1 for the first, 0 when it says none.
     */
    public static int ordinal(String text) {
        Matcher m = ORDINAL.matcher(text);
        if (!m.find()) {
            return 0;
        }
        String word = (m.group(1) != null ? m.group(1) : m.group(2)).toLowerCase(Locale.ROOT);
        int i = ORDINALS.indexOf(word);
        return i >= 0 ? i + 1 : word.charAt(0) - '0';
    }

    /** The detail keys of a text, sorted. */
    public static Set<String> of(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String key = KEYS.get(m.group().toLowerCase(Locale.ROOT));
            if (key != null) {
                found.add(key);
            }
        }
        return found;
    }
}
