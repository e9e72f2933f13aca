package org.harmtrack.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Arabic folded for matching, offsets kept. Sentences written for this test. */
class ArabicScriptTest {
    @Test
    void digitsOfEveryArabicSystemBecomeWesternDigitsInPlace() {
        String text = "قتل ١٢ شخصاً و۷ جرحى";
        String folded = ArabicScript.fold(text);
        assertEquals(text.length(), folded.length());
        assertEquals("12", folded.substring(4, 6));
        assertEquals('7', folded.charAt(text.indexOf('۷')));
    }

    @Test
    void spellingsOfOneWordMeetUnderOneKey() {
        assertEquals(ArabicScript.key("ادلب"), ArabicScript.key("إدلب"));
        assertEquals(ArabicScript.key("مدينه"), ArabicScript.key("مدينة"));
        assertEquals(ArabicScript.key("مستشفي"), ArabicScript.key("مستشفى"));
        assertEquals(ArabicScript.key("طفلين"), ArabicScript.key("طِفلَين")); // vowel marks
        assertEquals(ArabicScript.key("قتلى"), ArabicScript.key("قتـــلى")); // tatweel
    }

    @Test
    void vowelMarksKeepAWordWholeAndPunctuationEndsSentences() {
        String text = "هل قُتِلَ المدنيون؟ نعم، قال الدفاع المدني.";
        String folded = ArabicScript.fold(text);
        List<Sentence> sentences = new TextSplitter().split(folded);
        assertEquals(2, sentences.size(), sentences::toString);
        assertEquals(text.indexOf('؟') + 1, sentences.get(0).end());
        List<Token> words = new TextSplitter().tokenize(folded, 0, sentences.get(0).end());
        assertTrue(words.stream().anyMatch(t -> t.start() == text.indexOf("قُتِلَ") && t.end() == text.indexOf("قُتِلَ") + 6),
                words::toString);
    }

    @Test
    void otherScriptsAreLeftAsTheyAre() {
        String english = "Shelling killed 3 people in Idlib.";
        assertSame(english, ArabicScript.fold(english));
        assertFalse(ArabicScript.isIn(english));
        assertTrue(ArabicScript.isIn("Shelling hit إدلب"));
    }
}
