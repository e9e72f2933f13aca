package org.harmtrack.numbers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.harmtrack.text.ArabicScript;
import org.junit.jupiter.api.Test;

/** Arabic counts: digits, number words, teens, units and tens, ranges, vague counts. */
class ArabicNumbersTest {
    private static ArabicNumbers.Reading read(String words) {
        List<String> keys = Arrays.stream(ArabicScript.fold(words).split(" ")).map(ArabicScript::key).toList();
        return ArabicNumbers.read(keys, 0, k -> false);
    }

    private static void reads(long min, long max, String words) {
        ArabicNumbers.Reading r = read(words);
        assertEquals(min, r.min(), words);
        assertEquals(max, r.max(), words);
    }

    @Test
    void wordsInTheirFormsTeensAndUnitsWithTens() {
        reads(3, 3, "ثلاثة مدنيين");
        reads(3, 3, "ثلاث نساء");
        reads(2, 2, "اثنين من الأطفال");
        reads(11, 11, "أحد عشر شخصاً");
        reads(13, 13, "ثلاثة عشر طفلاً");
        reads(12, 12, "اثنا عشر مدنياً");
        reads(25, 25, "خمسة وعشرون شخصاً");
        reads(200, 200, "مئتين من المدنيين");
        reads(17, 17, "١٧ مدنياً");
        // "أحد" alone is "one of", not a count
        assertNull(read("أحد المسعفين"));
    }

    @Test
    void rangesAndVagueCounts() {
        List<String> between = Arrays.stream("بين 10 و15 مدنياً".split(" ")).map(ArabicScript::key).toList();
        ArabicNumbers.Reading r = ArabicNumbers.read(between, 1, k -> false);
        assertEquals(10, r.min());
        assertEquals(15, r.max());
        assertEquals(2, r.last());
        reads(8, 12, "8 إلى 12 قتيلاً");
        List<String> dashed = List.of("7", "9", "قتلي");
        ArabicNumbers.Reading d = ArabicNumbers.read(dashed, 0, k -> k == 0);
        assertEquals(7, d.min());
        assertEquals(9, d.max());
        ArabicNumbers.Reading tens = read("عشرات المدنيين");
        assertTrue(tens.vague());
        assertEquals(20, tens.min());
        reads(3, 9, "بضعة أشخاص");
        // a second number below the first is no range ("10 إلى 3" is not a count of 10 to 3)
        reads(10, 10, "10 إلى 3 أشخاص");
    }
}
