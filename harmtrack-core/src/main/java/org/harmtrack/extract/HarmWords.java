package org.harmtrack.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.harmtrack.model.Measure;

/**
 * The words of harm of one sentence ("killed", "wounded", "قتل", "أصيب") and where they stand, found once so that
 * each victim's outcome is looked up, not searched for again: a sentence listing hundreds of names costs one pass.
 * One instance per sentence; not thread-safe, and need not be.
 */
final class HarmWords {
    private final List<int[]> words = new ArrayList<>(); // {start, measure ordinal, 1 if an -ing form}

    HarmWords(String text, Pattern killed, Pattern injured) {
        collect(killed.matcher(text), Measure.KILLED);
        collect(injured.matcher(text), Measure.INJURED);
        words.sort((a, b) -> Integer.compare(a[0], b[0]));
    }

    private void collect(Matcher m, Measure measure) {
        while (m.find()) {
            boolean ing = m.group().toLowerCase(Locale.ROOT).endsWith("ing");
            words.add(new int[]{m.start(), measure.ordinal(), ing ? 1 : 0});
        }
    }

    boolean isEmpty() {
        return words.isEmpty();
    }

    /**
     * The harm of the first word at or after {@code from}; an -ing form ("and wounding another") skipped when
     * {@code skipIng}, as its object follows it. Null when none.
     */
    Measure after(int from, boolean skipIng) {
        for (int k = firstAtOrAfter(from); k < words.size(); k++) {
            if (!skipIng || words.get(k)[2] == 0) {
                return Measure.values()[words.get(k)[1]];
            }
        }
        return null;
    }

    /** The harm of the last word before {@code before}, or null. */
    Measure before(int before) {
        int k = firstAtOrAfter(before) - 1;
        return k < 0 ? null : Measure.values()[words.get(k)[1]];
    }

    private int firstAtOrAfter(int at) {
        int lo = 0;
        int hi = words.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (words.get(mid)[0] < at) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
