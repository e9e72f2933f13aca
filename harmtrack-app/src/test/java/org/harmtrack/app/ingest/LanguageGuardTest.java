package org.harmtrack.app.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Telling English reports from others, so the others are stored but not extracted. */
class LanguageGuardTest {
    private static final LanguageGuard GUARD = LanguageGuard.load();

    @Test
    void englishIsReadAndFrenchIsNot() {
        String english = "Warplanes struck the covered market of the town on Sunday morning, killing at least nine"
                + " people, among them three children, the local rescue service said on Monday.";
        String french = "Des avions de guerre ont frappé le marché couvert de la ville dimanche matin, tuant au moins"
                + " neuf personnes, dont trois enfants, a indiqué lundi le service de secours local.";
        assertEquals("eng", GUARD.language(english));
        assertTrue(GUARD.supported(GUARD.language(english)));
        assertEquals("fra", GUARD.language(french));
        assertFalse(GUARD.supported(GUARD.language(french)));
    }

    @Test
    void arabicIsReadAndPersianInTheSameScriptIsNot() {
        String arabic = "قصفت طائرات حربية السوق المسقوف في البلدة صباح يوم الأحد، ما أدى إلى مقتل تسعة أشخاص على"
                + " الأقل بينهم ثلاثة أطفال، بحسب ما أفاد فريق الإسعاف المحلي يوم الاثنين.";
        String persian = "هواپیماهای جنگی صبح یکشنبه بازار سرپوشیده شهر را بمباران کردند و دست کم نه نفر از جمله سه"
                + " کودک کشته شدند، به گفته گروه امداد محلی که روز دوشنبه گزارش داد.";
        assertEquals("ara", GUARD.language(arabic));
        assertTrue(GUARD.supported(GUARD.language(arabic)));
        assertEquals("pes", GUARD.language(persian));
        assertFalse(GUARD.supported(GUARD.language(persian)));
    }

    @Test
    void aTextTooShortToTellIsRead() {
        assertNull(GUARD.language("Frappe aérienne: 9 morts."));
        assertTrue(GUARD.supported(null));
    }
}
