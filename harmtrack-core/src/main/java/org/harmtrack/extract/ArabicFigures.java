package org.harmtrack.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.harmtrack.model.Measure;
import org.harmtrack.model.Range;
import org.harmtrack.model.Span;
import org.harmtrack.model.VictimCategory;
import org.harmtrack.numbers.ArabicNumbers;
import org.harmtrack.text.ArabicScript;
import org.harmtrack.text.Sentence;

/**
 * The casualty figures of an Arabic sentence, read from the text {@link org.harmtrack.text.ArabicScript#fold folded}
 * for matching (digits already Western, alef, taa marbuta and alef maqsura folded, vowel marks as tatweel): a
 * count — digits, a number word (masculine or feminine), a dual noun ("طفلين") or a vague count ("عشرات",
 * "مئات", "بضعة") — with what it counts ("مدنيين", "أطفال", "قتلى", "جرحى") and the word of killing or wounding
 * near it ("مقتل", "استشهاد", "إصابة"). The Arabic layer of the figures stage: it gives the same
 * {@link FigureMention}s as the English reader, so events are assembled the same way.
 *
 * <p>Thread-safe: stateless.
 */
final class ArabicFigures {
    private static final Pattern DASH = Pattern.compile("\\s*[-\u2013]\\s*");
    private static final Map<String, VictimCategory> CATEGORY = Map.ofEntries(
            Map.entry("مدني", VictimCategory.CIVILIANS), Map.entry("مدنيا", VictimCategory.CIVILIANS),
            Map.entry("مدنيين", VictimCategory.CIVILIANS), Map.entry("مدنيون", VictimCategory.CIVILIANS),
            Map.entry("طفل", VictimCategory.CHILDREN), Map.entry("طفلا", VictimCategory.CHILDREN),
            Map.entry("اطفال", VictimCategory.CHILDREN), Map.entry("نساء", VictimCategory.WOMEN),
            Map.entry("امراه", VictimCategory.WOMEN), Map.entry("سيدات", VictimCategory.WOMEN),
            Map.entry("عناصر", VictimCategory.FIGHTERS), Map.entry("عنصرا", VictimCategory.FIGHTERS),
            Map.entry("مقاتلين", VictimCategory.FIGHTERS), Map.entry("مقاتلا", VictimCategory.FIGHTERS),
            Map.entry("اشخاص", VictimCategory.ALL), Map.entry("افراد", VictimCategory.ALL), Map.entry("شخصا", VictimCategory.ALL),
            Map.entry("اشخاصا", VictimCategory.ALL));
    /** Nouns that are the casualty themselves: their measure needs no verb. */
    private static final Map<String, Measure> VICTIM_NOUNS = Map.ofEntries(
            Map.entry("قتيل", Measure.KILLED), Map.entry("قتيلا", Measure.KILLED), Map.entry("قتلي", Measure.KILLED),
            Map.entry("شهيد", Measure.KILLED), Map.entry("شهيدا", Measure.KILLED), Map.entry("شهداء", Measure.KILLED),
            Map.entry("ضحايا", Measure.KILLED), Map.entry("ضحيه", Measure.KILLED), Map.entry("جريح", Measure.INJURED),
            Map.entry("جريحا", Measure.INJURED), Map.entry("جرحي", Measure.INJURED), Map.entry("مصاب", Measure.INJURED),
            Map.entry("مصابا", Measure.INJURED), Map.entry("مصابين", Measure.INJURED),
            Map.entry("اصابات", Measure.INJURED));
    /** What a dual noun counts: two of them; the measure null when the words around must tell it. */
    private record Dual(Measure measure, VictimCategory category) {
    }

    /** Dual nouns: two of them. */
    private static final Map<String, Dual> DUALS = Map.ofEntries(
            Map.entry("طفلين", new Dual(null, VictimCategory.CHILDREN)),
            Map.entry("طفلان", new Dual(null, VictimCategory.CHILDREN)),
            Map.entry("شهيدين", new Dual(Measure.KILLED, VictimCategory.ALL)),
            Map.entry("قتيلين", new Dual(Measure.KILLED, VictimCategory.ALL)),
            Map.entry("جريحين", new Dual(Measure.INJURED, VictimCategory.ALL)),
            Map.entry("امراتين", new Dual(null, VictimCategory.WOMEN)),
            Map.entry("امراتان", new Dual(null, VictimCategory.WOMEN)),
            Map.entry("مدنيان", new Dual(null, VictimCategory.CIVILIANS)),
            Map.entry("طفلتين", new Dual(null, VictimCategory.CHILDREN)),
            Map.entry("طفلتان", new Dual(null, VictimCategory.CHILDREN)),
            Map.entry("شخصين", new Dual(null, VictimCategory.ALL)),
            Map.entry("شخصان", new Dual(null, VictimCategory.ALL)));
    /** Nouns of one person: "مقتل امرأة" is one woman killed. */
    private static final Map<String, VictimCategory> SINGULAR = Map.ofEntries(
            Map.entry("مدني", VictimCategory.CIVILIANS), Map.entry("مدنيا", VictimCategory.CIVILIANS),
            Map.entry("طفل", VictimCategory.CHILDREN), Map.entry("طفله", VictimCategory.CHILDREN),
            Map.entry("رضيع", VictimCategory.CHILDREN), Map.entry("رضيعه", VictimCategory.CHILDREN),
            Map.entry("فتي", VictimCategory.CHILDREN), Map.entry("فتاه", VictimCategory.CHILDREN),
            Map.entry("امراه", VictimCategory.WOMEN), Map.entry("سيده", VictimCategory.WOMEN),
            Map.entry("رجل", VictimCategory.ALL), Map.entry("شاب", VictimCategory.ALL), Map.entry("شخص", VictimCategory.ALL),
            Map.entry("مسن", VictimCategory.ALL), Map.entry("مزارع", VictimCategory.ALL),
            Map.entry("عنصر", VictimCategory.FIGHTERS), Map.entry("مقاتل", VictimCategory.FIGHTERS));
    /** Words of harm that may stand right before the one harmed: "مقتل", "قُتل", "إصابة". */
    private static final Map<String, Measure> HARM_WORDS = Map.ofEntries(
            Map.entry("مقتل", Measure.KILLED), Map.entry("قتل", Measure.KILLED), Map.entry("قتلت", Measure.KILLED),
            Map.entry("استشهاد", Measure.KILLED), Map.entry("استشهد", Measure.KILLED),
            Map.entry("استشهدت", Measure.KILLED), Map.entry("مصرع", Measure.KILLED), Map.entry("وفاه", Measure.KILLED),
            Map.entry("اصابه", Measure.INJURED), Map.entry("اصيب", Measure.INJURED), Map.entry("اصيبت", Measure.INJURED),
            Map.entry("جرح", Measure.INJURED), Map.entry("جرحت", Measure.INJURED));
    private static final Pattern KILLING = Pattern.compile("(?:^|[\\s،,(])[وف]?(?:ب|ل)?(?:مقتل|قتل|قتلت|قتلوا|استشهاد"
            + "|استشهد|استشهدوا|مصرع|لقي|لقوا|سقوط|وفاه|قضي|راح ضحيت|القتلي|قتلي|الشهداء)");
    private static final Pattern WOUNDING = Pattern.compile("(?:^|[\\s،,(])[وف]?(?:ب|ل)?(?:اصابه|اصيب|اصيبوا|جرح"
            + "|جرحت|اصابت|الجرحي|جرحي|المصابين)");
    /** "مقتل وإصابة 80 شخصاً": the dead and the wounded together, a count of neither. */
    private static final Pattern KILLED_AND_WOUNDED_BEFORE = Pattern.compile("(?:مقتل|قتل|سقوط)\\s+و(?:اصابه|جرح)"
            + "[^\\d]{0,24}$");
    /** "عدد القتلى ارتفع إلى", "عدد الجرحى": a tally whose count follows without its noun. */
    private static final Pattern TALLY_BEFORE = Pattern.compile("عدد\\s+(القتلي|الشهداء|الجرحي|المصابين)"
            + "(?:\\s+[\\p{L}]+){0,3}\\s+(?:الي\\s+)?(?:نحو\\s+|حوالي\\s+)?$");
    private static final java.util.Set<String> WOUNDED_AFTER = java.util.Set.of("وجريحا", "وجرحي", "ومصابا",
            "ومصابين", "وجريح");
    private static final Pattern AMONG = Pattern.compile("(?:بينهم|بينهن|بينها|منهم|منهن)\\s+(?:[\\p{L}]+\\s+)?$");
    private static final Pattern APPROX_BEFORE = Pattern.compile("(?:اكثر من|ما يزيد عن|ما يزيد علي|نحو|حوالي|قرابه"
            + "|ما يقارب|ما لا يقل عن|اقل من)\\s*$");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\u0640]+|\\d+(?:[.,]\\d+)?");

    /** The casualty figures of one sentence of {@code folded} (the document text folded for matching). */
    List<FigureMention> read(String folded, Sentence s) {
        List<int[]> words = new ArrayList<>();
        Matcher w = WORD.matcher(folded).region(s.start(), s.end());
        while (w.find()) {
            words.add(new int[]{w.start(), w.end()});
        }
        List<String> keys = new ArrayList<>(words.size());
        words.forEach(word -> keys.add(key(folded, word)));
        List<FigureMention> out = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String word = key(folded, words.get(i));
            if (word.isEmpty()) {
                continue; // vowel marks or tatweel alone
            }
            String bare = stripClitics(word);
            Dual dual = DUALS.get(bare);
            if (dual != null) {
                add(out, folded, s, i, i, words, Range.exactly(2), false, false, dual.measure(), dual.category());
                continue;
            }
            VictimCategory one = SINGULAR.get(bare);
            if (one != null && i > 0) {
                Measure harm = HARM_WORDS.get(stripClitics(key(folded, words.get(i - 1))));
                if (harm != null && !followedByCount(folded, words, i)) {
                    // "قتل رجل وابنه", "طفل ووالده ورجل آخر": the people named with the first are killed with him
                    int last = i;
                    int people = 1;
                    for (int k = i + 1; k < words.size(); k++) {
                        int more = kin(key(folded, words.get(k)));
                        if (more == 0) {
                            break;
                        }
                        people += more;
                        last = k;
                    }
                    add(out, folded, s, i, last, words, Range.exactly(people), false, false, harm,
                            people == 1 ? one : VictimCategory.ALL);
                    if (people > 1 && one != VictimCategory.ALL) { // the child among them stays a child
                        out.add(new FigureMention(harm, null, one, Range.exactly(1), false,
                                new Span(words.get(i)[0], words.get(i)[1]), true, false, false, false));
                    }
                    i = last;
                    continue;
                }
            }
            if (i > 0 && (bare.equals("اثنين") || bare.equals("اثنان") || bare.equals("اثنتين"))) {
                // "مدنيين اثنين": the number after its noun
                String noun = stripClitics(key(folded, words.get(i - 1)));
                if (CATEGORY.containsKey(noun) && !isCount(key(folded, words.get(Math.max(0, i - 2))))) {
                    add(out, folded, s, i - 1, i, words, Range.exactly(2), false, false, null, CATEGORY.get(noun));
                    continue;
                }
            }
            ArabicNumbers.Reading reading = ArabicNumbers.read(keys, i, k -> k + 1 < words.size()
                    && DASH.matcher(folded.substring(words.get(k)[1], words.get(k + 1)[0])).matches());
            if (reading == null) {
                continue;
            }
            Range count = new Range(reading.min(), reading.max());
            boolean vague = reading.vague();
            // the counted noun right after the count (one word may stand between: "5 من المدنيين")
            int noun = reading.last() + 1;
            String next = noun < words.size() ? stripClitics(key(folded, words.get(noun))) : "";
            if ((next.equals("من") || next.isEmpty()) && noun + 1 < words.size()) {
                noun++;
                next = stripClitics(key(folded, words.get(noun)));
            }
            Measure measure = VICTIM_NOUNS.get(next);
            VictimCategory category = CATEGORY.get(next);
            if (measure == null && category == null) {
                // "ارتفع عدد القتلى إلى سبعة": the count of the dead (or wounded) just named
                Matcher tally = TALLY_BEFORE.matcher(ArabicScript.key(folded.substring(Math.max(s.start(),
                        words.get(i)[0] - 50), words.get(i)[0])));
                if (!tally.find()) {
                    continue;
                }
                noun = reading.last();
                measure = tally.group(1).contains("\u0642\u062A\u0644") || tally.group(1).contains("\u0634\u0647\u062F")
                        ? Measure.KILLED : Measure.INJURED; // قتل, شهد
            }
            if (measure == Measure.KILLED && noun + 1 < words.size()
                    && WOUNDED_AFTER.contains(key(folded, words.get(noun + 1)))) {
                measure = Measure.KILLED_OR_INJURED; // "80 قتيلاً وجريحاً": the dead and the wounded together
            }
            boolean approximate = APPROX_BEFORE.matcher(folded.substring(Math.max(s.start(),
                    words.get(i)[0] - 20), words.get(i)[0])).find();
            add(out, folded, s, i, noun, words, count, approximate || vague, vague, measure,
                    category == null ? VictimCategory.ALL : category);
            i = Math.max(i, reading.last()); // "بين 10 و15": the second number is read with the first
        }
        return out;
    }

    private static void add(List<FigureMention> out, String folded, Sentence s, int first, int last,
                            List<int[]> words, Range count, boolean approximate, boolean vague, Measure measure,
                            VictimCategory category) {
        if (measure == null) { // "5 مدنيين": killed or wounded as the words around say
            String before = folded.substring(Math.max(s.start(), words.get(first)[0] - 40), words.get(first)[0]);
            String after = folded.substring(words.get(last)[1], Math.min(s.end(), words.get(last)[1] + 25));
            boolean killing = KILLING.matcher(before).find() || KILLING.matcher(" " + after).find();
            boolean wounding = WOUNDING.matcher(before).find() || WOUNDING.matcher(" " + after).find();
            if (killing == wounding && !killing) {
                return;
            }
            if (KILLED_AND_WOUNDED_BEFORE.matcher(ArabicScript.key(before)).find()) {
                measure = Measure.KILLED_OR_INJURED;
            }
            // "مقتل 3 وإصابة 5 مدنيين": the word nearest before the count decides
            measure = measure != null ? measure : killing && (!wounding || lastIndex(KILLING, before) > lastIndex(WOUNDING, before))
                    ? Measure.KILLED : Measure.INJURED;
        }
        // "سبعة بينهم طفلان": the children are among the seven, not beside them
        boolean subset = first > 0 && AMONG.matcher(ArabicScript.key(folded.substring(Math.max(s.start(),
                words.get(first)[0] - 14), words.get(first)[0]))).find();
        out.add(new FigureMention(measure, null, category, count, approximate,
                new Span(words.get(first)[0], words.get(last)[1]), subset, false, vague, false));
    }

    /**
     * How many people a word joined by و to a victim names: one for "وابنه", "ووالدته", "ورجل", two for a dual
     * ("وابنيها"), zero for anything else.
     */
    private static int kin(String word) {
        if (word.length() < 3 || word.charAt(0) != '\u0648') {
            return 0;
        }
        String w = word.substring(1);
        for (String stem : KIN) {
            if (w.startsWith(stem)) {
                String rest = w.substring(stem.length());
                if (POSSESSIVE.contains(rest)) {
                    return 1;
                }
                if (rest.startsWith("\u064A") && POSSESSIVE.contains(rest.substring(1)) && rest.length() > 1) {
                    return 2; // ابنيها, شقيقيه: two of them
                }
            }
        }
        return 0;
    }

    private static final List<String> KIN = List.of("ابنت", "ابن", "والدت", "والد", "زوجت", "زوج", "شقيقت", "شقيق",
            "اخت", "اخ", "جدت", "جد", "عمت", "عم", "خالت", "خال", "طفلت", "طفل", "حفيدت", "حفيد", "ام", "اب", "رجل", "شاب", "امراه",
            "سيده");
    private static final java.util.Set<String> POSSESSIVE = java.util.Set.of("", "ه", "ها", "هم", "هما", "هن");

    /** Whether the word after a singular noun is a count of it ("طفل واحد" stays one; "عنصر 3" is odd text). */
    private static boolean followedByCount(String folded, List<int[]> words, int i) {
        return i + 1 < words.size() && Character.isDigit(folded.charAt(words.get(i + 1)[0]));
    }

    private static boolean isCount(String word) {
        return ArabicNumbers.isNumber(word);
    }

    private static int lastIndex(Pattern p, String text) {
        Matcher m = p.matcher(text);
        int at = -1;
        while (m.find()) {
            at = m.start();
        }
        return at;
    }

    private static String key(String folded, int[] word) {
        return ArabicScript.key(folded.substring(word[0], word[1]));
    }

    /** A word without the clitics that may lead it: و ف ب ل (one), then the article. */
    private static String stripClitics(String word) {
        return ArabicScript.withoutClitics(word, w -> ArabicNumbers.isNumber(w) || CATEGORY.containsKey(w)
                || VICTIM_NOUNS.containsKey(w) || SINGULAR.containsKey(w) || HARM_WORDS.containsKey(w));
    }
}
