package org.harmtrack.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.harmtrack.model.Span;
import org.harmtrack.text.WordScan;

/**
 * Finds the names of people, so the geoparser does not read "11-year-old Tala Abu Daqqa" as Tala in Mexico or
 * "Mullah Khalil" as Hebron: a capitalised name after an age, a title or a relation ("Dr.", "journalist",
 * "his son"), a given name before Abu/bin/ibn and a family name, or a name followed by an age in brackets.
 * <p>Thread-safe: stateless, patterns compiled once.
 */
final class PersonNames {
    private static final String NAME = "\\p{Lu}[\\p{L}'’`-]+";
    private static final Pattern AFTER_CUE = Pattern.compile(
            "\\b(?:\\d{1,3}[- ]years?[- ]old|aged\\s+\\d{1,3}|Dr\\.?|Mr\\.?|Mrs\\.?|Ms\\.?|Prof\\.?|Professor|Sheikh|Mullah"
            + "|Hajj?a?|Imam|Hafiz|Maulvi|Maulana|Mufti|Qari|Mawlawi|named|identified\\s+as|journalist|paramedic|photographer|doctor|nurse|child|boy|girl|son"
            + "|daughter|father|mother|brother|sister|wife|husband|cousin|grandmother|grandfather|grandchild|nephew|niece"
            + "|uncle|aunt|commander|leader|spokes(?:man|person|woman)|minister|General|Colonel|Brigadier|Captain"
            + "|Lieutenant|user|post\\s+by|posted\\s+by|tweet\\s+by|correspondent)"
            + "\\s+(?<name>" + NAME + "(?:\\s+(?:" + NAME + "|al|el|bin|ibn|abu|abo|de))*)");
    private static final Pattern FAMILY_NAME = Pattern.compile(
            "(?<![\\p{L}-])(?<name>(?!(?:Tal|Tall|Tell|Tel|Khirbet|Khirbat|Deir|Dayr|Kafr|Ain|Ayn|Ein|Bir|Beit|Bayt|Jabal"
            + "|Jebel|Wadi|Qasr|Ras|Tal|Khan|Mazraat|Hosh|Maarat|Qalaat|Sheikh|Jisr|Umm)\\b)" + NAME
            + "\\s+(?:Abu|Abo|bin|Bin|ibn|Ibn)\\s+" + NAME + "(?:\\s+" + NAME + ")?)");
    private static final Pattern AGE_AFTER = Pattern.compile(
            "(?<name>" + NAME + "(?:\\s+" + NAME + "){1,3})\\s*(?:\\(\\s*\\d{1,3}(?:\\s+years?\\s+old)?\\s*\\)|,\\s*\\d{1,3},)");

    /** The spans of people's names in {@code text[from, to)}. */
    List<Span> read(String text, int from, int to) {
        List<Span> out = new ArrayList<>();
        int[] starts = WordScan.wordStarts(text, from, to);
        for (Pattern p : List.of(AFTER_CUE, FAMILY_NAME, AGE_AFTER)) {
            Matcher m = WordScan.matcher(p, text);
            for (int k = 0; (k = WordScan.next(m, starts, k, to)) >= 0; k++) {
                Span name = new Span(m.start("name"), m.end("name"));
                if (out.stream().noneMatch(o -> o.overlaps(name))) {
                    out.add(name); // "Brigadier General Ali Dib" is one name, not two
                }
            }
        }
        return out;
    }
}
