package org.harmtrack.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.harmtrack.model.Measure;
import org.harmtrack.model.Range;
import org.harmtrack.model.Span;
import org.harmtrack.model.Victim;
import org.harmtrack.model.VictimCategory;
import org.harmtrack.text.Sentence;

/**
 * The victims an English sentence lists: people by name with their age where it gives one ("Ahmed Khalil, 12",
 * "the 9-year-old Sara Hamdan", "his son Omar"), names after "identified as", and relatives told by their tie to
 * someone the sentence names ("Hassan Omar lost five of his children", "his wife and two daughters"). A sentence
 * yields victims only if it says someone was killed or injured; each victim's outcome is the word of harm nearest
 * to it. Arabic sentences are not read yet.
 *
 * <p>Thread-safe: stateless, patterns compiled once.
 */
final class VictimReader {
    /** A capitalised word; possessive, so a name that fails is not retried letter by letter. */
    private static final String NAME = "\\p{Lu}[\\p{L}'’-]++";
    private static final String FULL_NAME = NAME + "(?:\\s+(?:" + NAME + "|al|el|bin|ibn|abu|al-\\p{L}+|el-\\p{L}+)){0,4}";
    private static final String NUMBER = "\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve";
    private static final String KIN = "sons?|daughters?|children|child|wife|wives|husband|mother|father|brothers?"
            + "|sisters?|grandchildren|grandsons?|granddaughters?|nephews?|nieces?|cousins?|relatives|family\\s+members"
            + "|uncle|aunt|baby|babies|grandmother|grandfather";
    private static final int FLAGS = Pattern.UNICODE_CASE;

    /** "Ahmed Khalil, 12," / "Sara (9)" / "Omar Hamdan, aged 40". */
    private static final Pattern NAME_AGE = Pattern.compile("(?<name>" + FULL_NAME + ")\\s*(?:,\\s*(?:aged\\s+)?(?<age>\\d{1,3})"
            + "(?=\\s*(?:,|;|\\.|\\)|\\band\\b|$))|\\(\\s*(?<age2>\\d{1,3})(?:\\s+years?\\s+old)?\\s*\\))", FLAGS);
    /** The age of {@link #NAME_AGE}, found without trying a name at every capital first. */
    private static final Pattern AGE_CUE = Pattern.compile("[,(]\\s*(?:aged\\s+)?\\d{1,3}\\s*[,;.)]|[,(]\\s*(?:aged\\s+)?\\d{1,3}\\s+and\\b"
            + "|[,(]\\s*\\d{1,3}\\s+years?\\s+old\\s*\\)|[,(]\\s*(?:aged\\s+)?\\d{1,3}$");
    /** "9-year-old Sara Hamdan", "the 40-year-old father Omar". */
    private static final Pattern AGE_NAME = Pattern.compile("\\b(?<age>\\d{1,3})[- ]years?[- ]old\\s+(?:(?i:(?<kin>"
            + KIN + "|boy|girl|man|woman))\\s+)?(?<name>" + FULL_NAME + ")", FLAGS);
    /** "his son Omar", "her daughter, Lina,", "his brother Bilal, 15,". */
    private static final Pattern KIN_NAME = Pattern.compile("\\b(?i:(?<poss>his|her|their))\\s+(?i:(?<kin>" + KIN
            + "))(?:\\s*+,)?\\s++(?<name>" + FULL_NAME + ")(?:\\s*,\\s*(?<age>\\d{1,3})(?=\\s*(?:,|;|\\.|\\)|\\band\\b|$)))?", FLAGS);
    /** "five of his children", "his two sons", "his wife and three children", "her husband". */
    private static final Pattern KIN_GROUP = Pattern.compile("\\b(?i:(?:(?<n>" + NUMBER + ")\\s+of\\s+)?(?<poss>his|her|their)"
            + "\\s+(?:(?<n2>" + NUMBER + ")\\s+)?(?<kin>" + KIN + "))\\b(?!\\s*,?\\s+\\p{Lu}|['’]s)", FLAGS);
    /** "identified as Ahmed Khalil, Sara Hamdan and Omar Hamdan". */
    private static final Pattern IDENTIFIED = Pattern.compile("\\b(?i:identified|named)\\s+(?:(?i:them|the\\s+dead"
            + "|the\\s+victims)\\s+)?(?i:as)\\s+(?<list>" + FULL_NAME + "(?:(?:\\s*,\\s*(?:and\\s+)?|\\s+and\\s+)"
            + "(?:(?i:his|her|their)\\s+(?i:" + KIN + ")\\s+)?" + FULL_NAME + ")*)", FLAGS);
    /** Someone a sentence names before a possessive: "Hassan Omar told reporters he lost his wife". */
    private static final Pattern OWNER = Pattern.compile("(?<owner>" + NAME + "(?:\\s+(?:" + NAME + "|al|el|bin|ibn)){1,3})"
            + "(?:'s|’s)?(?:\\s*+,)?\\s++(?:\\w+\\s+){0,3}?(?:told|said|says|lost|loses|who|whose|recalled|explained|buried"
            + "|mourned|survived)\\b", FLAGS);
    private static final Pattern KILLED = Pattern.compile("\\b(?:killed|killing|died|dead|death|deaths|lost|loses|buried"
            + "|bodies|perished)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern INJURED = Pattern.compile("\\b(?:injured|injuring|injuries|wounded|wounding|hurt)\\b",
            Pattern.CASE_INSENSITIVE);
    /** How far back a possessive's owner is looked for (characters). */
    private static final int OWNER_REACH = 300;
    /** After a named person: words of their own telling ("Ahmed Khalil, 45, said"), so a witness, not a victim. */
    private static final Pattern SPEAKS = Pattern.compile("\\s*+(?:,\\s*+)?(?:who\\s+)?(?:said|says|told|recalled"
            + "|explained|added|described|recounted)\\b", Pattern.CASE_INSENSITIVE);
    /** Relatives in the plural: without a number, how many is not told. */
    private static final Set<String> PLURAL_KIN = Set.of("sons", "daughters", "children", "wives", "brothers",
            "sisters", "grandchildren", "grandsons", "granddaughters", "nephews", "nieces", "cousins", "relatives",
            "family members", "babies");
    /** Capitalised words that open a name pattern but name no person. */
    private static final Set<String> NOT_NAMES = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
            "friday", "saturday", "sunday", "the", "a", "an", "in", "on", "at", "of", "and", "but", "he", "she", "they",
            "his", "her", "their", "it", "this", "that", "article", "section", "page", "resolution", "number", "no",
            "room", "block", "building", "street", "road", "district", "sector", "phase", "camp", "area", "zone",
            "unit", "battalion", "brigade", "division", "flight", "operation", "we", "i", "you", "there", "after",
            // nationalities and forces: "a 16-year-old Palestinian was killed" names no one
            "palestinian", "israeli", "syrian", "iraqi", "afghan", "pakistani", "yemeni", "lebanese", "turkish",
            "kurdish", "russian", "american", "british", "french", "iranian", "libyan", "somali", "ukrainian",
            "saudi", "emirati", "egyptian", "jordanian", "sudanese", "arab", "muslim", "christian", "yazidi",
            "idf", "sdf", "isis", "isil", "is", "hamas", "hezbollah", "hts", "ypg", "pkk", "taliban", "daesh",
            "un", "unicef", "who", "msf", "red", "white", "civil", "syrians", "palestinians", "israelis");
    private static final Set<String> MALE = Set.of("son", "sons", "husband", "father", "brother", "brothers",
            "grandson", "grandsons", "nephew", "nephews", "uncle", "grandfather", "boy", "man");
    private static final Set<String> FEMALE = Set.of("daughter", "daughters", "wife", "wives", "mother", "sister",
            "sisters", "granddaughter", "granddaughters", "niece", "nieces", "aunt", "grandmother", "girl", "woman");
    private static final Set<String> YOUNG = Set.of("children", "child", "baby", "babies", "boy", "girl",
            "grandchildren");
    private static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(Map.entry("one", 1), Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
            Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12));

    private VictimReader() {
    }

    /**
     * The figures of a sentence once its named victims are read: a figure inside a named victim's words is their age
     * or their tie ("killed Omar Haddad, 12, and his sister Lina, 9" tells of no 12, 9 or "one sister" beside the
     * two named), so it goes; and where no other figure of that harm is left, the named victims are the count (2).
     */
    static List<FigureMention> countedByVictims(List<FigureMention> figures, List<Victim> victims) {
        List<Victim> named = victims.stream().filter(v -> v.name() != null).toList();
        if (named.isEmpty() || figures.isEmpty()) {
            return figures;
        }
        List<FigureMention> kept = figures.stream().filter(f -> !f.isCasualty()
                || named.stream().noneMatch(v -> v.span().contains(f.span()))).toList();
        if (kept.size() == figures.size()) {
            return figures;
        }
        List<FigureMention> out = new ArrayList<>(kept);
        for (Measure harm : List.of(Measure.KILLED, Measure.INJURED)) {
            List<Victim> told = named.stream().filter(v -> v.outcome() == harm).toList();
            if (!told.isEmpty() && kept.stream().noneMatch(f -> f.measure() == harm)) {
                Span words = told.get(0).span().union(told.get(told.size() - 1).span());
                out.add(new FigureMention(harm, null, VictimCategory.ALL, Range.exactly(told.size()), false, words,
                        false, false, false, true));
            }
        }
        out.sort(java.util.Comparator.comparingInt(f -> f.span().start()));
        return out;
    }

    /** The victims sentence {@code s} lists, quoted from {@code original} (the document's own text). */
    static List<Victim> read(String original, Sentence s) {
        String text = original.substring(s.start(), s.end());
        HarmWords harm = new HarmWords(text, KILLED, INJURED); // one pass over the words of harm, kept
        if (harm.isEmpty()) {
            return List.of(); // a sentence that tells of no harm lists no victim
        }
        List<Victim> out = new ArrayList<>();
        List<int[]> taken = new ArrayList<>();
        // each pattern is tried only where its cue word is: most sentences of harm list no one
        String lower = text.toLowerCase(Locale.ROOT);
        boolean possessive = lower.contains("his ") || lower.contains("her ") || lower.contains("their ");
        Matcher m = AGE_NAME.matcher(lower.contains("year") ? text : "");
        while (m.find()) {
            String kin = lower(m.group("kin"));
            add(out, taken, harm, text, s, m.start(), m.end(), name(m.group("name")), 1, Integer.valueOf(m.group("age")),
                    kin, null);
        }
        m = KIN_NAME.matcher(possessive ? text : "");
        while (m.find()) {
            String kin = lower(m.group("kin"));
            add(out, taken, harm, text, s, m.start(), m.end(), name(m.group("name")), 1,
                    m.group("age") == null ? null : Integer.valueOf(m.group("age")), kin,
                    relation(kin, owner(text, m.start())));
        }
        m = NAME_AGE.matcher(AGE_CUE.matcher(text).find() ? text : "");
        while (m.find()) {
            String age = m.group("age") != null ? m.group("age") : m.group("age2");
            add(out, taken, harm, text, s, m.start(), m.end(), name(m.group("name")), 1, Integer.valueOf(age), null, null);
        }
        m = IDENTIFIED.matcher(lower.contains("identified") || lower.contains("named") ? text : "");
        while (m.find()) {
            Matcher each = Pattern.compile(FULL_NAME, FLAGS).matcher(text).region(m.start("list"), m.end("list"));
            while (each.find()) {
                add(out, taken, harm, text, s, each.start(), each.end(), name(each.group()), 1, null, null, null);
            }
        }
        m = KIN_GROUP.matcher(possessive ? text : "");
        while (m.find()) {
            String n = m.group("n") != null ? m.group("n") : m.group("n2");
            String kin = lower(m.group("kin")).replaceAll("\\s+", " ");
            if (n == null && PLURAL_KIN.contains(kin)) {
                continue; // "his children": how many is not told
            }
            add(out, taken, harm, text, s, m.start(), m.end(), null, n == null ? 1 : number(n), null, kin,
                    relation(kin, owner(text, m.start())));
        }
        out.sort(java.util.Comparator.comparingInt(v -> v.span().start()));
        return out;
    }

    private static void add(List<Victim> out, List<int[]> taken, HarmWords harm, String text, Sentence s, int start,
                            int end, String name, int count, Integer age, String kin, String relation) {
        if (name != null && (java.util.Arrays.stream(name.split("\\s+")).anyMatch(w -> NOT_NAMES.contains(
                w.toLowerCase(Locale.ROOT))) || SPEAKS.matcher(text).region(end, text.length()).lookingAt())) {
            return; // a nationality or a force is no name; "Ahmed Khalil, 45, said ..." is a witness
        }
        if (count < 1) {
            return; // "0 of his children": no one
        }
        Victim.AgeGroup group = age != null ? (age < 18 ? Victim.AgeGroup.CHILD : Victim.AgeGroup.ADULT)
                : kin != null && YOUNG.contains(kin) ? Victim.AgeGroup.CHILD : null;
        Victim.Gender gender = kin == null ? null : MALE.contains(kin) ? Victim.Gender.MALE
                : FEMALE.contains(kin) ? Victim.Gender.FEMALE : null;
        keep(out, taken, s, start, end, age, () -> outcome(harm, start, end),
                (span, befell) -> new Victim(name, count, age, group, gender, befell, relation, span));
    }

    /**
     * Adds the victim read at {@code [start, end)} of sentence {@code s} (English or Arabic), unless words already
     * read overlap these, its age is none a person has ("999"), or the sentence says no harm befell it.
     *
     * @param victim the victim at its span in the document with what befell it
     */
    static void keep(List<Victim> out, List<int[]> taken, Sentence s, int start, int end, Integer age,
                     java.util.function.Supplier<Measure> outcome,
                     java.util.function.BiFunction<Span, Measure, Victim> victim) {
        if (age != null && age > 110 || taken.stream().anyMatch(t -> t[0] < end && start < t[1])) {
            return; // not an age, or an overlapping pattern already read these words
        }
        Measure harm = outcome.get();
        if (harm != null) {
            taken.add(new int[]{start, end});
            out.add(victim.apply(new Span(s.start() + start, s.start() + end), harm));
        }
    }

    /**
     * The harm nearest the victim's words: the first word of harm after them that says what befell them ("was
     * killed", not "and wounding another", whose object follows it), else the last before them.
     */
    private static Measure outcome(HarmWords harm, int start, int end) {
        Measure after = harm.after(end, true);
        return after != null ? after : harm.before(start);
    }

    /** The person a possessive before {@code at} refers to: the last one named before it with a verb of their own. */
    private static String owner(String text, int at) {
        Matcher m = OWNER.matcher(text).region(Math.max(0, at - OWNER_REACH), at);
        String owner = null;
        while (m.find()) {
            String candidate = m.group("owner");
            if (!NOT_NAMES.contains(candidate.split("\\s+")[0].toLowerCase(Locale.ROOT))) {
                owner = candidate;
            }
        }
        return owner;
    }

    private static String relation(String kin, String owner) {
        return owner == null ? kin : kin + " of " + owner;
    }

    private static String name(String name) {
        return name.strip();
    }

    private static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }

    private static int number(String n) {
        Integer word = NUMBER_WORDS.get(n.toLowerCase(Locale.ROOT));
        return word != null ? word : Integer.parseInt(n);
    }
}
