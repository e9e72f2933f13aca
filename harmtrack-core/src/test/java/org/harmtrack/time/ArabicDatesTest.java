package org.harmtrack.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.harmtrack.text.ArabicScript;
import org.junit.jupiter.api.Test;

/** Arabic dates in both month systems, relative words and Hijri days. Sentences written for this test. */
class ArabicDatesTest {
    /** A Wednesday. */
    private static final LocalDate PUBLISHED = LocalDate.of(2023, 10, 4);

    private static List<DateMention> find(String text, LocalDate reference) {
        String folded = ArabicScript.fold(text);
        List<DateMention> found = ArabicDates.find(folded, reference);
        // offsets hold in the original text: folding keeps every character where it was
        found.forEach(d -> assertEquals(folded.substring(d.span().start(), d.span().end()), d.text()));
        return found;
    }

    private static LocalDate only(String text, LocalDate reference) {
        List<DateMention> found = find(text, reference);
        assertEquals(1, found.size(), found::toString);
        return found.get(0).start();
    }

    @Test
    void bothMonthSystemsWithAndWithoutTheYear() {
        assertEquals(LocalDate.of(2023, 10, 16), only("وقعت الغارة في 16 تشرين الأول 2023 على البلدة.", null));
        assertEquals(LocalDate.of(2022, 1, 3), only("استهدف القصف المخيم يوم 3 يناير/كانون الثاني 2022.", null));
        assertEquals(LocalDate.of(2023, 2, 12), only("قتل مدنيان في 12 شباط/فبراير في القرية.", PUBLISHED));
        // a day after the reference by more than a week is last year's
        assertEquals(LocalDate.of(2022, 12, 20), only("ذكر الأهالي قصفاً في 20 كانون الأول.", PUBLISHED));
        DateMention month = find("وفي أيار 2017 أعلنت الدول اتفاقاً.", null).get(0);
        assertEquals(LocalDate.of(2017, 5, 1), month.start());
        assertEquals(LocalDate.of(2017, 5, 31), month.end());
    }

    @Test
    void todayYesterdayAndWeekdaysCountFromTheReference() {
        assertEquals(PUBLISHED, only("قصفت الطائرات السوق فجر اليوم.", PUBLISHED));
        assertEquals(PUBLISHED.minusDays(1), only("سقطت القذائف على الحي أمس.", PUBLISHED));
        assertEquals(PUBLISHED.minusDays(2), only("وكان القصف قد بدأ أول أمس.", PUBLISHED));
        assertEquals(LocalDate.of(2023, 10, 1), only("استهدفت مسيرة سيارة يوم الأحد.", PUBLISHED));
        // "yesterday, Tuesday": the day before, which is a Tuesday
        assertEquals(PUBLISHED.minusDays(1), only("قتل شاب مساء أمس الثلاثاء.", PUBLISHED));
        // "the next day" is counted from the event, not from the reference: no date
        assertTrue(find("وفي اليوم التالي عاد النازحون.", PUBLISHED).isEmpty());
        assertNull(only("قتل شاب مساء أمس.", null));
    }

    @Test
    void sinceADateIsAPeriodToTheReference() {
        DateMention since = find("وقال الجيش إنه استهدف مئات المسلحين منذ 9 آب 2019 في المنطقة.", PUBLISHED).get(0);
        assertEquals(DateMention.Kind.PERIOD, since.kind());
        assertEquals(LocalDate.of(2019, 8, 9), since.start());
        assertEquals(PUBLISHED, since.end());
        // with the conjunction written on it
        assertEquals(DateMention.Kind.PERIOD, find("ومنذ 9 آب 2019 قتل المئات.", PUBLISHED).get(0).kind());
    }

    @Test
    void aHijriDayIsConverted() {
        assertEquals(LocalDate.of(2024, 3, 15), only("وقع الهجوم في 5 رمضان 1445 هـ قرب المدينة.", null));
        assertFalse(find("سقطت 5 قذائف على القرية.", PUBLISHED).stream().anyMatch(DateMention::isResolved));
    }
}
