package org.harmtrack.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.harmtrack.model.Measure;
import org.harmtrack.model.Victim;
import org.harmtrack.text.Sentence;

/**
 * The victims an Arabic sentence lists, the Arabic layer of {@link VictimReader}: names with their age in a list
 * ("رغد علي (15 عاماً)، سها الفياض (21 عاماً)"), after a word of who they were ("الطفل محمد علي الرشيد 10 سنوات",
 * "المواطنة ليلى حسن") or before "البالغ من العمر 5 سنوات", and relatives by their tie ("قتل رجل وابنه وأصيبت زوجته").
 * Arabic names have no capitals, so a name is the words between a list's delimiter (or a word of who they were)
 * and the age, cut at the first word that cannot be part of one (a preposition, "وإصابة"). A victim's outcome is
 * the last word of harm before it in the sentence (Arabic tells the harm first: "أودى بحياة الطفل ..."), else the
 * first after it.
 *
 * <p>Thread-safe: stateless, patterns compiled once.
 */
final class ArabicVictims {
    private static final String WORD = "[\\u0621-\\u063A\\u0641-\\u064A\\u064B-\\u065F\\u0670\\u0671-\\u06D3\\u0640]+";
    /** A word of a name: not "البالغ" (aged), which follows a name and must not be swallowed by it. */
    private static final String NAME_WORD = "(?!البالغ)" + WORD;
    private static final String NAME = NAME_WORD + "(?:\\s+" + NAME_WORD + "){0,4}";
    private static final String NUMBER = "[0-9\\u0660-\\u0669]{1,3}";
    private static final String YEARS = "(?:عام\\S*|أعوام|اعوام|سنوات|سنة|سنه|سنين)";
    private static final String TWO_YEARS = "عامان|عامين|سنتان|سنتين";
    private static final String AGE = "(?:(?<age>" + NUMBER + ")\\s*" + YEARS + "?|(?<two>" + TWO_YEARS + "))";
    /** After a delimiter of a list: "، رغد علي (١٥ عاماً)" or "ليلى حسن (35 عامًا)" after the last item's bracket. */
    private static final Pattern LISTED = Pattern.compile("(?:^|(?<=[،,:؛)])|(?<![\\p{L}])هم(?![\\p{L}]))\\s*(?<name>" + NAME + ")\\s*"
            + "(?:\\(\\s*" + AGE + "\\s*\\)|البالغ[ةه]?\\s+من\\s+العمر\\s+"
            + AGE.replace("<age>", "<age5>").replace("<two>", "<two5>") + ")");
    /** "الطفل محمد علي الرشيد 10 سنوات", "المواطنة ليلى حسن". */
    private static final Pattern TITLED = Pattern.compile("(?<![\\p{L}])[وف]?(?<title>الطفل|الطفلة|الشاب|الشابة|المواطن"
            + "|المواطنة|السيدة|الرجل|المسن|المسنة|الفتى|الفتاة|الشهيد|الشهيدة|الطالب|الطالبة)\\s+(?<name>" + NAME + ")"
            + "(?:(?:\\s*+[،,])?\\s*+(?:البالغ[ةه]?\\s+من\\s+العمر\\s+)?" + AGE.replace("<age>", "<age3>").replace("<two>", "<two3>")
            + "|\\s*\\(\\s*" + AGE.replace("<age>", "<age4>").replace("<two>", "<two4>") + "\\s*\\))?");
    /** "وابنه", "زوجته", "طفلته": a relative of someone the sentence has just spoken of. */
    private static final Pattern KIN = Pattern.compile("(?<![\\p{L}])[وف]?(?<kin>ابنه|ابنها|ابنته|ابنتها|زوجته|زوجها"
            + "|والده|والدته|والدها|والدتها|شقيقه|شقيقته|شقيقها|شقيقتها|أخيه|أخته|اخته|طفله|طفلته|طفلها|طفلتها"
            + "|أطفاله|اطفاله|أطفالها|اطفالها|أبناءه|أبنائه|ابنائه|أبناءها|أبنائها)(?![\\p{L}])");
    private static final Map<String, String> KIN_GLOSS = Map.ofEntries(Map.entry("ابن", "son"),
            Map.entry("ابنت", "daughter"), Map.entry("زوجت", "wife"), Map.entry("زوج", "husband"),
            Map.entry("والد", "father"), Map.entry("والدت", "mother"), Map.entry("شقيق", "brother"),
            Map.entry("شقيقت", "sister"), Map.entry("أخي", "brother"), Map.entry("أخت", "sister"),
            Map.entry("اخت", "sister"), Map.entry("طفل", "child"), Map.entry("طفلت", "daughter"),
            Map.entry("أطفال", "children"), Map.entry("اطفال", "children"), Map.entry("أبناء", "children"),
            Map.entry("أبنائ", "children"), Map.entry("ابنائ", "children"));
    /** How far before a relative a word of harm may stand (characters, a few words). */
    private static final int KIN_REACH = 30;
    private static final Pattern KILLED = Pattern.compile("قتل|مقتل|استشهد|استشهاد|شهيد|شهداء|وفاة|توفي|أودى|اودى"
            + "|مصرع|حتف|ضحايا|جثة|جثث|جثمان");
    private static final Pattern INJURED = Pattern.compile("أصيب|اصيب|إصاب|اصاب|جرح|جريح|مصاب|بجروح");
    /** Words that end a name: prepositions, conjunctions with a verb or a noun of harm, pronouns. */
    private static final Set<String> NOT_OF_A_NAME = Set.of("في", "من", "على", "إلى", "الى", "عن", "إثر", "اثر", "جراء",
            "بعد", "قبل", "خلال", "مع", "بين", "بينهم", "قرب", "داخل", "حيث", "الذي", "التي", "الذين", "أثناء", "اثناء",
            "وهو", "وهي", "هو", "هي", "وقد", "قد", "كما", "وذلك", "ذلك", "بقصف", "برصاص", "بجروح", "بعمر", "عمره",
            "وإصابة", "واصابة", "وأصيب", "واصيب", "وأصيبت", "واصيبت", "ومقتل", "ومصرع", "وجرح", "طفل", "طفلة", "امرأة",
            "رجل", "مدني", "مدنيين", "مدنيان", "أشخاص", "اشخاص", "آخرين", "اخرين", "البالغ", "البالغة");

    private static final Pattern ANY_WORD = Pattern.compile("\\S+");
    /** Words before a name that are no part of it. */
    private static final Set<String> LEADING = Set.of("و", "هم", "وهم", "كل", "من", "الأم", "والأم", "الأب", "والأب",
            "الطفل", "الطفلة", "والطفل", "والطفلة", "الشاب", "الشابة", "المواطن", "المواطنة", "السيدة", "ابنتها",
            "وابنتها", "ابنه", "وابنه", "ابنها", "وابنها", "زوجته", "وزوجته", "شقيقه", "وشقيقه");
    /** Given names that begin with the letter that is also "and". */
    private static final Set<String> NAMES_WITH_WAW = Set.of("وليد", "وائل", "وسام", "وفاء", "وعد", "وداد", "وجيه",
            "وضاح", "وهيب", "وئام", "ودود", "وفيق", "وصال");

    private ArabicVictims() {
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
        Matcher m = TITLED.matcher(text);
        while (m.find()) {
            String title = m.group("title");
            Integer age = age(m, "age3", "two3");
            age = age != null ? age : age(m, "age4", "two4");
            // bounded: the words after a word of who they were are a name only if they end where a name can end
            boolean aged = age != null;
            // one word after "الطفل" is a name only with an age: "وكان الطفل يلعب قرب المنزل" has a verb there
            int[] name = name(text, m.start("name"), m.end("name"), aged ? 1 : 2, true, aged
                    || m.end("name") == text.length() || boundaryAfter(text, m.end("name")));
            if (name != null) {
                Victim.AgeGroup group = age != null ? (age < 18 ? Victim.AgeGroup.CHILD : Victim.AgeGroup.ADULT)
                        : title.startsWith("الطفل") || title.startsWith("الفت") ? Victim.AgeGroup.CHILD : null;
                Victim.Gender gender = title.endsWith("ة") || title.equals("السيدة") ? Victim.Gender.FEMALE
                        : title.equals("الشهيد") || title.equals("الطالب") ? null : Victim.Gender.MALE;
                add(out, taken, harm, s, m.start("title"), aged ? m.end() : name[1], words(text, name), 1, age, group,
                        gender, null);
            }
        }
        m = LISTED.matcher(text);
        while (m.find()) {
            int[] name = name(text, m.start("name"), m.end("name"), 2, false, true);
            Integer age = age(m, "age", "two");
            age = age != null ? age : age(m, "age5", "two5");
            if (name != null && age != null) {
                add(out, taken, harm, s, name[0], m.end(), words(text, name), 1, age,
                        age < 18 ? Victim.AgeGroup.CHILD : Victim.AgeGroup.ADULT, null, null);
            }
        }
        m = KIN.matcher(text);
        while (m.find()) {
            if (!nearAfterHarm(text, m.start())) {
                continue; // "وكان الطفل يلعب ووالدته تراقبه": a relative who is not said to be harmed
            }
            String kin = gloss(m.group("kin"));
            if (kin.equals("children") && !text.substring(Math.max(0, m.start() - 5), m.start()).contains("أحد")) {
                continue; // "أطفاله": how many is not told ("أحد أطفالها", one of her children, is one)
            }
            Victim.Gender gender = Set.of("son", "husband", "father", "brother").contains(kin) ? Victim.Gender.MALE
                    : Set.of("daughter", "wife", "mother", "sister").contains(kin) ? Victim.Gender.FEMALE : null;
            add(out, taken, harm, s, m.start("kin"), m.end("kin"), null, 1, null,
                    kin.equals("child") ? Victim.AgeGroup.CHILD : null, gender, kin);
        }
        out.sort(Comparator.comparingInt(v -> v.span().start()));
        return out;
    }

    private static void add(List<Victim> out, List<int[]> taken, HarmWords harm, Sentence s, int start, int end,
                            String name, int count, Integer age, Victim.AgeGroup group, Victim.Gender gender,
                            String relation) {
        VictimReader.keep(out, taken, s, start, end, age, () -> {
            Measure before = harm.before(start); // Arabic tells the harm first
            return before != null ? before : harm.after(end, false);
        },
                (span, befell) -> new Victim(name, count, age, group, gender, befell, relation, span));
    }

    /**
     * Where a name stands in {@code text[from, to)}, as {start, end}: leading words that are no part of one skipped
     * ("هم الأم سوسن خلف", a "و" joining it to a list), up to the first word that cannot be one (a preposition, a
     * word of harm, a word joined by "و"); null when fewer than {@code least} or more than four words remain (a
     * clause, not a name), when it begins with the article, or when {@code bounded} and the words run on without a
     * boundary (a delimiter, an age, a preposition), as a verb after "الطفل" does ("والطفل عاينت المكان وقاطعت").
     */
    private static int[] name(String text, int from, int to, int least, boolean bounded, boolean endsAtBoundary) {
        List<int[]> w = new ArrayList<>();
        Matcher word = ANY_WORD.matcher(text).region(from, to);
        while (word.find()) {
            w.add(new int[]{word.start(), word.end()});
        }
        int first = 0;
        while (first < w.size() && (LEADING.contains(at(text, w.get(first))) || isHarm(at(text, w.get(first))))) {
            first++; // "، واستشهد همام علي (15 عاماً)": the verb of harm before the name
        }
        if (first == w.size()) {
            return null;
        }
        String opening = at(text, w.get(first));
        int start = w.get(first)[0];
        if (opening.startsWith("و") && !NAMES_WITH_WAW.contains(opening)) {
            if (bounded) {
                return null; // "الطفل ووالده": and his father, no name
            }
            start++; // "، وكوكب سرحان دندش": the last item of a list
            opening = opening.substring(1);
        }
        int n = first;
        boolean cutAtBoundary = endsAtBoundary;
        while (n < w.size()) {
            String x = at(text, w.get(n));
            if (NOT_OF_A_NAME.contains(x) || isHarm(x)) {
                cutAtBoundary = true;
                break;
            }
            if (n > first && x.startsWith("و") && !NAMES_WITH_WAW.contains(x)) {
                cutAtBoundary = false;
                break;
            }
            if (n > first && (x.endsWith("اً") || x.endsWith("ًا"))) {
                cutAtBoundary = true; // "عبدالله الرزيق خوفاً": an adverb, where the name has ended
                break;
            }
            n++;
        }
        if (n - first < least || n - first > 4 || bounded && !cutAtBoundary || opening.startsWith("ال")) {
            return null;
        }
        return new int[]{start, w.get(n - 1)[1]};
    }

    /** A word of harm, with or without "و" or "ف" before it. */
    private static boolean isHarm(String word) {
        String w = word.length() > 2 && (word.charAt(0) == 'و' || word.charAt(0) == 'ف') ? word.substring(1) : word;
        return KILLED.matcher(w).lookingAt() || INJURED.matcher(w).lookingAt() || KILLED.matcher(word).lookingAt()
                || INJURED.matcher(word).lookingAt();
    }

    private static String at(String text, int[] span) {
        return text.substring(span[0], span[1]);
    }

    /** The name's words, one space between them. */
    private static String words(String text, int[] span) {
        return text.substring(span[0], span[1]).strip().replaceAll("\\s+", " ");
    }

    /** Within a few words after a word of harm: "قتل رجل وابنه", "وإصابة زوجته وطفلته". */
    private static boolean nearAfterHarm(String text, int at) {
        int from = Math.max(0, at - KIN_REACH);
        String before = text.substring(from, at);
        return KILLED.matcher(before).find() || INJURED.matcher(before).find();
    }

    /** A delimiter right after {@code at} ("، " "." ")"). */
    private static boolean boundaryAfter(String text, int at) {
        int i = at;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        return i == text.length() || "،,.:؛()\"“”".indexOf(text.charAt(i)) >= 0;
    }

    private static Integer age(Matcher m, String digits, String two) {
        if (m.group(digits) != null) {
            return Integer.valueOf(m.group(digits)); // Arabic-Indic digits too
        }
        return m.group(two) != null ? 2 : null;
    }

    private static String gloss(String kin) {
        for (int cut = kin.length(); cut > 1; cut--) {
            String gloss = KIN_GLOSS.get(kin.substring(0, cut));
            if (gloss != null) {
                return gloss;
            }
        }
        return "relative";
    }

}
