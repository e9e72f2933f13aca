package org.harmtrack.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.harmtrack.model.Span;
import org.harmtrack.text.WordScan;

/**
 * Finds names that are not places: people's names, so the geoparser does not read "11-year-old Tala Abu Daqqa" as Tala in Mexico or
 * "Mullah Khalil" as Hebron: a capitalised name after an age, a title or a relation ("Dr.", "journalist",
 * "his son"), a common given name and the names after it, a given name before Abu/bin/ibn and a family name,
 * or a name followed by an age in brackets; and facilities named after a place ("Kuwait roundabout").
 * <p>Thread-safe: stateless, patterns compiled once.
 */
final class PersonNames {
    private static final String NAME = "\\p{Lu}[\\p{L}'’`-]+";
    private static final Pattern AFTER_CUE = Pattern.compile(
            "\\b(?:\\d{1,3}[- ]years?[- ]old|aged\\s+\\d{1,3}|Dr\\.?|Mr\\.?|Mrs\\.?|Ms\\.?|Prof\\.?|Professor|Sheikh|Mullah"
            + "|Hajj?a?|Imam|Hafiz|Maulvi|Maulana|Mufti|Qari|Mawlawi|named|identified\\s+as|journalist|paramedic|photographer|doctor|nurse|child|boy|girl|son"
            + "|daughter|father|mother|brother|sister|wife|husband|cousin|grandmother|grandfather|grandchild|nephew|niece"
            + "|uncle|aunt|commander|leader|spokes(?:man|person|woman)|minister|General|Colonel|Brigadier|Captain"
            + "|Lieutenant|President|Senator|Governor|King|Secretary|user|post\\s+by|posted\\s+by|tweet\\s+by|correspondent)"
            + "\\s+(?<name>" + NAME + "(?:\\s+(?:" + NAME + "|al|el|bin|ibn|abu|abo|de))*)");
    private static final Pattern FAMILY_NAME = Pattern.compile(
            "(?<![\\p{L}-])(?<name>(?!(?:Tal|Tall|Tell|Tel|Khirbet|Khirbat|Deir|Dayr|Kafr|Ain|Ayn|Ein|Bir|Beit|Bayt|Jabal"
            + "|Jebel|Wadi|Qasr|Ras|Tal|Khan|Mazraat|Hosh|Maarat|Qalaat|Sheikh|Jisr|Umm)\\b)" + NAME
            + "\\s+(?:Abu|Abo|bin|Bin|ibn|Ibn)\\s+" + NAME + "(?:\\s+" + NAME + ")?)");
    /** Common given names (Arabic, Pashto, Kurdish, as news spells them): a given name and a capitalised word are a person. */
    private static final String GIVEN = "(?:Mohammed|Mohammad|Muhammad|Mohamed|Mohamad|Ahmed|Ahmad|Ali|Hassan|Hasan|Hussein"
            + "|Husein|Mahmoud|Mahmud|Khaled|Khalid|Omar|Umar|Youssef|Yousef|Yusuf|Ibrahim|Abdullah|Abdallah|Abdul|Abd"
            + "|Mustafa|Mostafa|Said|Saeed|Samir|Nasser|Nasir|Hani|Adel|Walid|Ismail|Yasser|Yasir|Tamer|Rami|Fadi|Bilal"
            + "|Hamza|Anas|Osama|Usama|Karim|Majed|Majid|Amjad|Ayman|Jamal|Kamal|Nabil|Raed|Saleh|Salih|Salem|Salim"
            + "|Sami|Tariq|Tarek|Zaid|Zayd|Ziad|Yahya|Marwan|Fatima|Fatma|Aisha|Mariam|Maryam|Noor|Nour|Huda|Layla"
            + "|Amal|Hiba|Heba|Rania|Reem|Sara|Sarah|Dina|Lina|Asmaa|Hala|Israa|Alaa|Doaa|Eman|Iman|Salma|Shaimaa"
            + "|Hamad|Hamid|Hamed|Rashid|Rashed|Jihad|Imad|Emad|Iyad|Eyad|Ashraf|Akram|Hisham|Hazem|Wael|Mazen|Sharif"
            + "|Ghassan|Haitham|Mohannad|Muhannad|Ismael|Younis|Yunis|Abed|Ayoub|Ayyub|Musa|Moussa|Issa|Eissa|Suleiman"
            + "|Sulaiman|Dawood|Daoud|Hafez|Gul|Nek|Baitullah|Hakimullah|Sirajuddin|Jalaluddin|Sadiq|Noor|Zahir|Qasim"
            + "|Qasem|Kassem|Hadi|Mahdi|Reza|Abbas|Ammar|Yazan|Qusay|Uday|Muath|Moaz|Obaida|Ubaida|Hudhayfah|Khalil"
            + "|Adam|Elias|Ilyas|Jibril|Jebrel|Salah|Moamen|Mamoun|Nada|Sanaa|Areej|Qais|Souad|Hosni|Moatasem|Rafat"
            + "|Tala|Lama|Rahaf|Jana|Malak|Shahd|Sama|Yara|Bilal|Firas|Ghadeer|Hamdan|Mansour|Nidal|Saber|Shadi)";
    private static final Pattern GIVEN_NAME = Pattern.compile(
            "(?<name>" + GIVEN + "(?:\\s+(?:" + NAME + "|al|el|bin|ibn|abu|abo)){1,4})");
    /** A name before a facility word names the facility, not a place: "Kuwait roundabout", "Indonesian Hospital". */
    private static final Pattern FACILITY = Pattern.compile(
            "(?<name>" + NAME + "(?:\\s+(?:" + NAME + "|(?:al|el|ad|ar|as|ash)-\\S+|al|el)){0,3})\\s+(?i:mosque|hospital|school|street|roundabout|university"
            + "|college|building|tower|towers|square|clinic|bakery|market|church|stadium|club|center|centre|complex"
            + "|factory|bridge|hotel|cemetery|company|bank|office|station|junction|road)\\b");
    /** "the Abu Daqqa family", "the Baraka family": a family's name. */
    private static final Pattern FAMILY = Pattern.compile(
            "(?<name>" + NAME + "(?:\\s+(?:" + NAME + "|(?:al|el)-\\S+)){0,2})\\s+(?:extended\\s+)?famil(?:y|ies)\\b");
    /** News outlets, channels and ministries named in reports: not the places of incidents. */
    private static final Pattern MEDIA = Pattern.compile(
            "(?<name>(?:Al|al)[- ]?(?:Jazeera|Mayadeen|Arabiya|Ayyam|Aqsa|Quds|Araby|Hadath|Akhbar)(?:\\s+(?:TV|News|Channel|"
            + NAME + "))?|Ministry\\s+of\\s+(?:the\\s+)?" + NAME + "(?:\\s+" + NAME + ")?"
            + "|(?:Radio|Quds)\\s+" + NAME + "|" + NAME + "\\s+(?:News(?:\\s+Agency)?|TV|Network|Channel|Radio)"
            + "|Safa|Shehab|Palinfo|Wafa|WAFA|DCI\\s+" + NAME
            // "the Gaza health ministry said": the ministry's seat, not where the harm was
            + "|" + NAME + "\\s+(?i:health|interior|defen[cs]e|foreign)\\s+(?i:ministry|ministry's)"
            + "|" + NAME + "\\s+(?i:civil\\s+defen[cs]e)(?=\\s+(?i:said|says|reported|told|spokes))"
            + ")\\b");
    private static final Pattern AGE_AFTER = Pattern.compile(
            "(?<name>" + NAME + "(?:\\s+" + NAME + "){1,3})\\s*(?:\\(\\s*\\d{1,3}(?:\\s+years?\\s+old)?\\s*\\)|,\\s*\\d{1,3},)");

    /** The lower-case first words of the cue pattern (titles, relations, "named"...). */
    private static final java.util.Set<String> CUE_WORDS = java.util.Set.of("aged", "dr", "mr", "mrs", "ms", "prof",
            "professor", "sheikh", "mullah", "haj", "hajj", "hajja", "haja", "imam", "hafiz", "maulvi", "maulana", "mufti",
            "qari", "mawlawi", "named", "identified", "journalist", "paramedic", "photographer", "doctor", "nurse",
            "child", "boy", "girl", "son", "daughter", "father", "mother", "brother", "sister", "wife", "husband",
            "cousin", "grandmother", "grandfather", "grandchild", "nephew", "niece", "uncle", "aunt", "commander",
            "leader", "spokesman", "spokesperson", "spokeswoman", "minister", "general", "colonel", "brigadier",
            "captain", "lieutenant", "president", "senator", "governor", "king", "secretary", "user", "post", "posted", "tweet", "correspondent");

    /** Adds a name, merging it with names it overlaps: "Brigadier General Ali Dib" is one name, not two. */
    private static void addMerged(List<Span> out, Span name) {
        Span merged = name;
        for (java.util.Iterator<Span> it = out.iterator(); it.hasNext(); ) {
            Span o = it.next();
            if (o.overlaps(merged)) {
                merged = o.union(merged);
                it.remove();
            }
        }
        out.add(merged);
    }

    private static String word(String text, int start, int to) {
        int end = start;
        while (end < to && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return text.substring(start, end).toLowerCase(java.util.Locale.ROOT);
    }

    /** The spans of people's names in {@code text[from, to)}. */
    List<Span> read(String text, int from, int to) {
        List<Span> out = new ArrayList<>();
        int[] starts = WordScan.wordStarts(text, from, to);
        // every pattern but the cue one starts at a capital; the cue one at a digit or a cue word
        int[] capitals = java.util.Arrays.stream(starts).filter(i -> Character.isUpperCase(text.charAt(i))).toArray();
        int[] cues = java.util.Arrays.stream(starts).filter(i -> Character.isDigit(text.charAt(i))
                || CUE_WORDS.contains(word(text, i, to))).toArray();
        for (Pattern p : List.of(AFTER_CUE, FAMILY_NAME, GIVEN_NAME, AGE_AFTER, FACILITY, FAMILY, MEDIA)) {
            Matcher m = WordScan.matcher(p, text);
            int[] at = p == AFTER_CUE ? cues : capitals;
            for (int k = 0; (k = WordScan.next(m, at, k, to)) >= 0; k++) {
                addMerged(out, new Span(m.start("name"), m.end("name")));
            }
        }
        return out;
    }
}
