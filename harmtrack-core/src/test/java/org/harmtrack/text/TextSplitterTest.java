package org.harmtrack.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextSplitterTest {

    private final TextSplitter splitter = new TextSplitter();

    private List<String> sentenceTexts(String text) {
        List<Sentence> sentences = splitter.split(text);
        assertOffsetsHold(text, sentences);
        return sentences.stream().map(Sentence::text).toList();
    }

    /** Every sentence's and token's text is exactly the document's characters at its offsets. */
    private static void assertOffsetsHold(String text, List<Sentence> sentences) {
        int previousEnd = 0;
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            assertEquals(i, s.index(), "sentence index");
            assertTrue(s.start() >= previousEnd, "sentences are in order and do not overlap");
            assertEquals(text.substring(s.start(), s.end()), s.text(), "sentence text at its offsets");
            assertEquals(s.text(), s.span().of(text));
            assertFalse(s.text().isBlank(), "no blank sentences");
            assertEquals(s.text().strip(), s.text(), "sentence text is trimmed");
            for (int k = 0; k < s.tokens().size(); k++) {
                Token t = s.tokens().get(k);
                assertEquals(k, t.index(), "token index");
                assertEquals(text.substring(t.start(), t.end()), t.text(), "token text at its offsets");
                assertTrue(t.start() >= s.start() && t.end() <= s.end(), "token inside its sentence");
            }
            previousEnd = s.end();
        }
    }

    @Test
    void splitsSentencesAtFullStops() {
        assertEquals(List.of("Jets struck the grain depot.", "Two guards died.", "Rescuers searched the rubble."),
                sentenceTexts("Jets struck the grain depot. Two guards died. Rescuers searched the rubble."));
    }

    @Test
    void splitsAtQuestionAndExclamationMarksAndKeepsClosingQuotes() {
        assertEquals(List.of("\"Why the bakery?\"", "She asked twice!", "Nobody answered."),
                sentenceTexts("\"Why the bakery?\" She asked twice! Nobody answered."));
    }

    @Test
    void aSentenceMayStartWithADigit() {
        assertEquals(List.of("The convoy was hit at dawn.", "14 drivers were missing by noon."),
                sentenceTexts("The convoy was hit at dawn. 14 drivers were missing by noon."));
    }

    @Test
    void doesNotSplitAfterUsAbbreviation() {
        assertEquals(List.of("The U.S. Army said the raid hit a depot.", "It was empty."),
                sentenceTexts("The U.S. Army said the raid hit a depot. It was empty."));
        assertEquals(List.of("A U.N. Team visited on Friday."),
                sentenceTexts("A U.N. Team visited on Friday."));
    }

    @Test
    void doesNotSplitAfterTitlesAndMonthAbbreviations() {
        assertEquals(List.of("The order came from Gen. Farid Haddad, the ministry said.", "Nobody was hurt."),
                sentenceTexts("The order came from Gen. Farid Haddad, the ministry said. Nobody was hurt."));
        assertEquals(List.of("Dr. Salma Idris treated the wounded on Jan. Twelfth."),
                sentenceTexts("Dr. Salma Idris treated the wounded on Jan. Twelfth."));
    }

    @Test
    void doesNotSplitAfterInitials() {
        assertEquals(List.of("Commander J. R. Okafor approved the strike.", "It hit a farm."),
                sentenceTexts("Commander J. R. Okafor approved the strike. It hit a farm."));
    }

    @Test
    void aFullStopBeforeALowercaseWordDoesNotEndTheSentence() {
        assertEquals(List.of("Five people died in the blast near the market. residents said later."),
                sentenceTexts("Five people died in the blast near the market. residents said later."));
    }

    @Test
    void lineBreaksEndSentences() {
        assertEquals(List.of("Strike on Tal Safra market", "Five dead, officials say", "Third line"),
                sentenceTexts("Strike on Tal Safra market\nFive dead, officials say\r\nThird line"));
    }

    @Test
    void blankLinesAndSurroundingSpaceGiveNoExtraSentences() {
        String text = "  \n\n  First report.   \n\n\n   Second report.  \n ";
        List<Sentence> sentences = splitter.split(text);
        assertOffsetsHold(text, sentences);
        assertEquals(2, sentences.size());
        assertEquals(text.indexOf("First"), sentences.get(0).start());
        assertEquals(text.indexOf("report.") + "report.".length(), sentences.get(0).end());
        assertEquals("Second report.", sentences.get(1).text());
    }

    @Test
    void offsetsMatchTheTextAcrossUnicodeAndPunctuation() {
        String text = "\uFEFFShelling hit Dar‘a — and al-Shaddadi — at 5:30.\n"
                + "   “We counted 34,573 strikes,” he said. Émile’s café (on the main road) burned!\t"
                + "Children aged 3–9 were hurt.";
        List<Sentence> sentences = splitter.split(text);
        assertOffsetsHold(text, sentences);
        assertEquals(4, sentences.size());
        assertEquals("“We counted 34,573 strikes,” he said.", sentences.get(1).text());
    }

    @Test
    void tokensKeepHyphenatedWordsApostrophesAndGroupedDigitsWhole() {
        String text = "Twenty-five died in al-Shaddadi and Dar'a; 34,573 strikes and 3.5 tonnes.";
        List<Sentence> sentences = splitter.split(text);
        assertOffsetsHold(text, sentences);
        List<String> tokens = sentences.get(0).tokens().stream().map(Token::text).toList();
        assertEquals(List.of("Twenty-five", "died", "in", "al-Shaddadi", "and", "Dar'a", ";", "34,573", "strikes",
                "and", "3.5", "tonnes", "."), tokens);
        Token number = sentences.get(0).tokens().get(7);
        assertTrue(number.isNumber());
        assertFalse(number.isWord());
        assertEquals(text.indexOf("34,573"), number.start());
        assertTrue(sentences.get(0).tokens().get(0).isCapitalized());
    }

    @Test
    void tokenizeReadsOnlyTheGivenRangeWithDocumentOffsets() {
        String text = "Ignore this. Read these four words. Ignore that.";
        int from = text.indexOf("Read");
        int to = text.indexOf("words") + "words".length();
        List<Token> tokens = splitter.tokenize(text, from, to);
        assertEquals(List.of("Read", "these", "four", "words"), tokens.stream().map(Token::text).toList());
        assertEquals(from, tokens.get(0).start());
        assertEquals(to, tokens.get(3).end());
    }

    @Test
    void sliceClampsToTheSentence() {
        String text = "First one. The second sentence here.";
        Sentence second = splitter.split(text).get(1);
        assertEquals("second", second.slice(text.indexOf("second"), text.indexOf("second") + 6));
        assertEquals("The second sentence here.", second.slice(0, text.length() + 50));
    }

    @Test
    void emptyAndWhitespaceOnlyTextGiveNoSentences() {
        assertTrue(splitter.split("").isEmpty());
        assertTrue(splitter.split("   ").isEmpty());
        assertTrue(splitter.split("\n\r\n\t \u2003 \n").isEmpty());
    }

    @Test
    void punctuationOnlyTextGivesOnlyNonBlankSentences() {
        String text = ". ... !? \n ;";
        assertOffsetsHold(text, splitter.split(text));
    }

    @Test
    void splitsATwoMegabyteTextWithoutError() {
        String unit = "Gen. Haddad said the U.S. jets struck the depot at dawn. Nine guards died.\n";
        String text = unit.repeat(2_000_000 / unit.length() + 1);
        assertTrue(text.length() >= 2_000_000);
        List<Sentence> sentences = splitter.split(text);
        int units = text.length() / unit.length();
        assertEquals(2 * units, sentences.size());
        Sentence last = sentences.get(sentences.size() - 1);
        assertEquals("Nine guards died.", last.text());
        assertEquals(text.length() - 1, last.end());
        assertEquals(text.substring(last.start(), last.end()), last.text());
    }

    @Test
    void splitsATwoMegabyteTextWithoutAnyBreakIntoOneSentence() {
        String text = "x".repeat(2_000_000);
        List<Sentence> sentences = splitter.split(text);
        assertEquals(1, sentences.size());
        assertEquals(0, sentences.get(0).start());
        assertEquals(text.length(), sentences.get(0).end());
    }

    @Test
    void anArabicSentenceGluedToTheNextEndsAtItsFullStop() {
        assertEquals(List.of("نقل المسعفون الجرحى إلى المستشفى.", "Translate post"),
                sentenceTexts("نقل المسعفون الجرحى إلى المستشفى.Translate post"));
        assertEquals(List.of("عاد الهدوء مساء.", "وقال الأهالي إن القصف توقف."),
                sentenceTexts("عاد الهدوء مساء.وقال الأهالي إن القصف توقف."));
        // nor after a one-letter abbreviation: "د." is Dr
        assertEquals(List.of("وقال د.سامر إن المشفى امتلأ."), sentenceTexts("وقال د.سامر إن المشفى امتلأ."));
        // Latin text glued to a full stop is a web address or an abbreviation, not two sentences
        assertEquals(List.of("See example.com for more."), sentenceTexts("See example.com for more."));
    }
}
