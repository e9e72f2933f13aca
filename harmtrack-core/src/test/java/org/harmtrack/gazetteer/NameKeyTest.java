package org.harmtrack.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NameKeyTest {

    private static String skeletonOf(String name) {
        return NameKey.skeleton(NameKey.exact(name));
    }

    // --- exact ---

    @Test
    void exactLowercasesAndDropsArabicArticles() {
        assertEquals("shaddadi", NameKey.exact("al-Shaddadi"));
        assertEquals("shaddadi", NameKey.exact("Ash Shaddadi"));
        assertEquals("shaddadi", NameKey.exact("ash-Shaddadi"));
        assertEquals("shaddadi", NameKey.exact("SHADDADI"));
    }

    @Test
    void exactDropsArticlesInsideAName() {
        assertEquals("deir zor", NameKey.exact("Deir ez-Zor"));
        assertEquals(NameKey.exact("Deir ez-Zor"), NameKey.exact("Deir Zor"));
        assertEquals("deir balah", NameKey.exact("Deir al-Balah"));
        assertEquals("hague", NameKey.exact("The Hague"));
    }

    @Test
    void exactRemovesDiacritics() {
        assertEquals("shaddadi", NameKey.exact("Shaddādī"));
        assertEquals(NameKey.exact("al-Shaddadi"), NameKey.exact("Ash Shaddādī"));
        assertEquals("sao paulo", NameKey.exact("São Paulo"));
    }

    @Test
    void exactRemovesApostrophes() {
        assertEquals("dara", NameKey.exact("Dar'a"));
        assertEquals("dara", NameKey.exact("Dar’a"));
        assertEquals("dara", NameKey.exact("Dar‘a"));
        assertEquals("dara", NameKey.exact("Dar`a"));
    }

    @Test
    void exactRemovesTransliterationApostrophes() {
        assertEquals("dara", NameKey.exact("Darʿa"));
        assertEquals("dara", NameKey.exact("Darʾa"));
        assertEquals("dara", NameKey.exact("Darʼa"));
    }

    @Test
    void exactTurnsHyphensAndPunctuationIntoSingleSpaces() {
        assertEquals("khan yunis", NameKey.exact("Khan-Yunis"));
        assertEquals("khan yunis", NameKey.exact("  Khan   Yunis, "));
    }

    @Test
    void exactKeepsALoneArticleAndANameMadeOnlyOfArticles() {
        assertEquals("al", NameKey.exact("Al"));
        assertEquals("as", NameKey.exact("As"));
        assertEquals("al ash", NameKey.exact("Al Ash"));
    }

    @Test
    void exactOfPunctuationOnlyIsEmpty() {
        assertEquals("", NameKey.exact(""));
        assertEquals("", NameKey.exact(" - ' "));
    }

    @Test
    void exactDoesNotMergeTransliterationVariants() {
        assertNotEquals(NameKey.exact("Khan Younis"), NameKey.exact("Khan Yunis"));
        assertNotEquals(NameKey.exact("Idleb"), NameKey.exact("Idlib"));
        assertNotEquals(NameKey.exact("Dayr az Zawr"), NameKey.exact("Deir Ezzor"));
    }

    // --- skeleton ---

    @Test
    void skeletonMergesTransliterationsOfDeirEzzor() {
        assertEquals(skeletonOf("Dayr az Zawr"), skeletonOf("Deir Ezzor"));
        assertEquals(skeletonOf("Deir ez-Zor"), skeletonOf("Deir Ezzor"));
    }

    @Test
    void skeletonMergesKhanYounisAndKhanYunis() {
        assertEquals(skeletonOf("Khan Younis"), skeletonOf("Khan Yunis"));
    }

    @Test
    void skeletonMergesIdlebAndIdlib() {
        assertEquals(skeletonOf("Idleb"), skeletonOf("Idlib"));
    }

    @Test
    void skeletonFoldsQkAndGhAndDoubledLetters() {
        assertEquals(skeletonOf("Raqqa"), skeletonOf("Rakka"));
        assertEquals(skeletonOf("Maghar"), skeletonOf("Magar"));
        assertEquals(skeletonOf("Ghouta"), skeletonOf("Guta"));
    }

    @Test
    void skeletonKeepsDifferentNamesApart() {
        assertNotEquals(skeletonOf("Idlib"), skeletonOf("Aleppo"));
        assertNotEquals(skeletonOf("Mosul"), skeletonOf("Sinjar"));
        assertNotEquals(skeletonOf("Mir Ali"), skeletonOf("Miran Shah"));
    }

    @Test
    void skeletonIsAShortConsonantKey() {
        String skeleton = skeletonOf("Deir Ezzor");
        assertTrue(skeleton.length() < NameKey.exact("Deir Ezzor").length(), skeleton);
        assertTrue(skeleton.chars().noneMatch(c -> c == ' '), skeleton);
    }

    @Test
    void skeletonOfANonLatinOrEmptyNameIsEmpty() {
        assertEquals("", NameKey.skeleton(""));
        assertEquals("", skeletonOf("إدلب"));
        assertEquals("", skeletonOf("Идлиб"));
    }
}
