package org.harmtrack.gazetteer;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.harmtrack.text.ArabicScript;
import org.harmtrack.text.Token;

/**
 * The Arabic layer of the geoparser's word handling: the proclitics a place name may carry ("بريف", "وحلب",
 * "للرقة"), the context words that say what kind of place follows ("ريف إدلب" and "محافظة إدلب" name the
 * governorate, "بلدة", "قرية", "مدينة", "حي", "مخيم" a locality), and the common words that are place names
 * somewhere in GeoNames but, standing alone in Arabic news, are not ("مدينة" is Medina, "الخبر" Khobar).
 * Words are compared as {@link ArabicScript#key keys}.
 *
 * <p>Thread-safe: stateless.
 */
final class ArabicPlaceWords {
    private static final Map<String, GeoLevel> LEVEL_BEFORE = levels();

    /** Common words and context words that are never a place on their own. */
    private static final Set<String> STOPWORDS = Set.copyOf(keys(
            "مدينة", "بلدة", "قرية", "حي", "مخيم", "ريف", "محافظة", "منطقة", "ناحية", "مدن", "قرى", "بلدات", "أحياء",
            "مدني", "مدنيين", "مدنيون", "مدنيا", "المدنيين", "المدنيون", "المدينة", "البلدة", "القرية", "الحي",
            "المنطقة", "الخبر", "خبر", "الأخبار", "أخبار", "الفصائل", "فصائل", "الجيش", "جيش", "النظام", "الدولة",
            "دولة", "الشام", "شام", "الحرية", "حرية", "النصر", "نصر", "السلام", "سلام", "الأمل", "أمل", "الرحمة",
            "رحمة", "الشهداء", "شهداء", "الشهيد", "شهيد", "الكرامة", "كرامة", "الوطن", "وطن", "الثورة", "ثورة",
            "الفرات", "درع", "غصن", "الزيتون", "نبع", "اليوم", "أمس", "الجمعة", "السبت", "الأحد", "الاثنين",
            "الثلاثاء", "الأربعاء", "الخميس", "جمعة", "سبت", "أحد", "شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي",
            "شرقي", "غربي", "الشمالي", "الجنوبي", "الشرقي", "الغربي", "الشمالية", "الجنوبية", "الشرقية", "الغربية",
            "محمد", "أحمد", "علي", "حسين", "حسن", "عمر", "خالد", "إبراهيم", "مصطفى", "محمود", "عبد", "الله", "أبو",
            "أم", "بن", "ابن", "الشيخ", "شيخ", "السوق", "سوق", "الطريق", "طريق", "الجسر", "جسر", "المشفى", "مشفى",
            "المستشفى", "مستشفى", "المسجد", "مسجد", "المدرسة", "مدرسة", "جبل", "الجبل", "تل", "عين", "دير", "كفر",
            "بيت", "رأس", "خان", "بئر", "وادي", "سهل", "المطار", "مطار", "القصف", "قصف", "غارة", "غارات", "الطيران",
            "طيران", "قوات", "القوات", "الروسي", "روسيا", "التحالف", "الدولي", "المرصد", "الدفاع", "المدني",
            "الأطفال", "أطفال", "نساء", "النساء", "عائلة", "العائلة", "الحمد", "رحمه", "الجنة",
            // function words that are also town names somewhere ("وان" is Van, Turkey)
            "وان", "أن", "إن", "أنه", "أنها", "لأن", "كان", "كانت", "الذي", "التي", "هذا", "هذه", "ذلك", "بعد", "قبل"));

    /** Words after which a place is expected: prepositions of place and directions ("في", "قرب", "شمال"). */
    private static final Set<String> PLACE_BEFORE = Set.copyOf(keys("في", "على", "إلى", "الى", "من", "قرب", "بالقرب",
            "داخل", "حول", "نحو", "عند", "بين", "باتجاه", "مدخل", "شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي",
            "شرقي", "غربي", "وسط", "مركز", "بلدتي", "مدينتي"));

    /** Directions that follow a place: "ريف إدلب الجنوبي", "حلب الشرقية". */
    private static final Set<String> DIRECTIONS = Set.copyOf(keys("الشمالي", "الجنوبي", "الشرقي", "الغربي",
            "الشمالية", "الجنوبية", "الشرقية", "الغربية", "الشمالي الغربي", "الشمالي الشرقي"));

    private ArabicPlaceWords() {
    }

    /**
     * The key of an Arabic word without its proclitics ("بريف" -> "ريف", "للرقة" -> "الرقه"), or null when it
     * has none to take away.
     */
    static String bareKey(String word) {
        String key = ArabicScript.key(word);
        int clitic = ArabicScript.procliticLength(key);
        if (clitic == 0) {
            return null;
        }
        String rest = key.substring(clitic);
        // ل before the article drops the article's alef: "للرقة" is ل + "الرقة"
        return key.charAt(clitic - 1) == '\u0644' && rest.charAt(0) == '\u0644' ? "\u0627" + rest : rest;
    }

    /** The level a context word before a name asks for ("ريف" a governorate, "بلدة" a locality), or null. */
    static GeoLevel levelBefore(String previousWord) {
        String key = ArabicScript.key(previousWord);
        GeoLevel level = LEVEL_BEFORE.get(key);
        if (level == null) {
            String bare = bareKey(previousWord);
            level = bare == null ? null : LEVEL_BEFORE.get(bare);
        }
        return level;
    }

    /** Whether a word (a key) is itself a word of place ("المدينة", "بلدة"), with or without its article. */
    static boolean isPlaceWord(String key) {
        return levelBefore(key) != null
                || key.startsWith("\u0627\u0644") && key.length() > 3 && LEVEL_BEFORE.containsKey(key.substring(2));
    }

    /** Whether a lone word (as a key, proclitics taken away or not) is a common word rather than a place. */
    static boolean isStopword(String key) {
        return STOPWORDS.contains(key);
    }

    /**
     * Whether the words around a lone word put a place there, Arabic's stand-in for a capital letter: a
     * preposition or a word of place before it ("في", "قرب", "بلدة", "ريف"), the preposition ب on it ("بحلب"), a
     * hashtag ("#سرمدا"), a direction after it ("ريف إدلب الجنوبي"), or a dateline at the head of a sentence
     * ("إدلب.. مقتل", "الرقة:").
     */
    static boolean cued(List<Token> tokens, int i, boolean hadProclitic) {
        if (hadProclitic && tokens.get(i).text().charAt(bareStart(tokens.get(i).text()) - 1) == '\u0628') {
            return true; // بحلب, وبإدلب
        }
        if (i >= 1) {
            Token before = tokens.get(i - 1);
            if (before.text().equals("#") || levelBefore(before.text()) != null) {
                return true;
            }
            String key = ArabicScript.key(before.text());
            String bare = bareKey(before.text());
            if (PLACE_BEFORE.contains(key) || bare != null && PLACE_BEFORE.contains(bare)) {
                return true;
            }
        }
        if (i + 1 < tokens.size()) {
            Token after = tokens.get(i + 1);
            if (DIRECTIONS.contains(ArabicScript.key(after.text()))) {
                return true;
            }
            boolean headline = i == 0 || tokens.get(i - 1).text().equals("#");
            return headline && !after.isWord() && ".:/-|".contains(after.text().substring(0, 1));
        }
        return false;
    }

    private static int bareStart(String word) {
        return ArabicScript.procliticLength(ArabicScript.key(word));
    }

    /**
     * The gazetteer's entries for an Arabic phrase: as written, else without the first word's proclitics ("بحلب"),
     * else with the article taken away or added ("الأتارب" / "أتارب"); null when none matches or a lone word is a
     * common word not preceded by a word that announces a place ("مدينة", but "ناحية الكرامة").
     */
    static Match match(Gazetteer gazetteer, List<Token> tokens, int i, int end, String phrase) {
        String firstWord = tokens.get(i).text();
        boolean announced = i >= 1 && levelBefore(tokens.get(i - 1).text()) != null;
        String rest = phrase.substring(firstWord.length());
        String bare = bareKey(firstWord);
        String written = org.harmtrack.text.ArabicScript.key(firstWord);
        String[] firstForms = bare == null ? new String[] {written} : new String[] {written, bare};
        for (int form = 0; form < firstForms.length; form++) {
            String head = firstForms[form];
            String[] variants = head.startsWith("\u0627\u0644") && head.length() > 4
                    ? new String[] {head, head.substring(2)} : new String[] {head, "\u0627\u0644" + head};
            for (String variant : variants) {
                String key = NameKey.exact(variant + rest);
                boolean stopword = isStopword(key) || isStopword(head);
                if (end == i && (stopword && !announced || isPlaceWord(variant))) {
                    return null;
                }
                int[] hits = gazetteer.byExactKey(key);
                if (end == i && hits.length > 0 && !cued(tokens, i, form == 1)) {
                    // Arabic has no capitals: a lone word where the grammar puts no place is a place only if
                    // it names a region or a well-known town
                    hits = java.util.Arrays.stream(hits).filter(h -> gazetteer.entry(h).level() != GeoLevel.LOCALITY
                            || Geoparser.isMajor(gazetteer.entry(h))).toArray();
                }
                if (hits.length > 0) {
                    return new Match(hits, key, form == 0 ? 0 : Math.min(firstWord.length() - 1,
                            org.harmtrack.text.ArabicScript.procliticLength(written)));
                }
            }
        }
        return null;
    }

    /** The entries an Arabic phrase matched, the key it matched by, and how many proclitic letters it carried. */
    record Match(int[] hits, String key, int cliticLength) {
    }

    private static Map<String, GeoLevel> levels() {
        Map<String, GeoLevel> levels = new java.util.HashMap<>();
        keys("ريف", "محافظة", "محافظتي", "أرياف").forEach(k -> levels.put(k, GeoLevel.PROVINCE));
        keys("منطقة", "منطقتي").forEach(k -> levels.put(k, GeoLevel.DISTRICT));
        keys("مدينة", "بلدة", "قرية", "حي", "مخيم", "مدينتي", "بلدتي", "قريتي", "حيي", "مخيمات", "بلدات", "قرى",
                "أحياء", "مزرعة", "أطراف", "محيط").forEach(k -> levels.put(k, GeoLevel.LOCALITY));
        return Map.copyOf(levels);
    }

    private static java.util.List<String> keys(String... words) {
        return java.util.Arrays.stream(words).map(ArabicScript::key).toList();
    }
}
