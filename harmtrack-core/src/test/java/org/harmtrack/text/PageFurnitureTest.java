package org.harmtrack.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PageFurnitureTest {
    private static final String BODY = "Shelling by government forces killed two farmers near Kafr Nubl on 6 November "
            + "2022 while they were harvesting olives, a local monitor said.";

    @Test
    void aListOfOtherStoriesAfterAMarkerIsBlankedUpToTheNextParagraphAndOffsetsStay() {
        String text = "Two farmers killed in shelling near Kafr Nubl, March 9\n\nRelated News\n\n"
                + "Trader shot by masked men near Busra, July 17, 2024\n"
                + "Drone attack injures six in W. Aleppo, July 15, 2024\n\n" + BODY;
        String blanked = PageFurniture.blank(text);

        assertEquals(text.length(), blanked.length());
        assertTrue(blanked.startsWith("Two farmers killed in shelling near Kafr Nubl, March 9\n\n"), blanked);
        assertFalse(blanked.contains("Busra") || blanked.contains("Aleppo") || blanked.contains("Related"), blanked);
        assertEquals(text.indexOf(BODY), blanked.indexOf(BODY));
        assertEquals(text.chars().filter(c -> c == '\n').count(), blanked.chars().filter(c -> c == '\n').count());
    }

    @Test
    void headlinesAfterPrevAndNextPostMarkersAtTheEndOfAPageAreBlanked() {
        String text = BODY + "\n\nPrev Post\n\nAfter talks in Daraa | Army units move into two towns\n\nNext Post\n\n"
                + "Turkish forces shell positions in southern Idlib\n";
        String blanked = PageFurniture.blank(text);
        assertTrue(blanked.startsWith(BODY));
        assertFalse(blanked.contains("Idlib") || blanked.contains("Daraa"), blanked);
    }

    @Test
    void threeHeadlinesInARowAfterTheReportAreAListWithoutAMarker() {
        String text = "Jets hit a farm\n\n" + BODY + "\n\nMasked men seize a teenager near Tal Tamr on May 14\n\n"
                + "Boy dies as an old mine explodes outside Mayadin on May 15\n"
                + "Prisoner from Homs dies in custody after beatings, May 13\n";
        String blanked = PageFurniture.blank(text);
        assertTrue(blanked.startsWith("Jets hit a farm\n\n" + BODY), blanked);
        assertFalse(blanked.contains("Tal Tamr") || blanked.contains("Homs"), blanked);
        // two headlines are not yet a list
        String two = BODY + "\n\nMasked men seize a teenager near Tal Tamr on May 14\n"
                + "Boy dies as an old mine explodes outside Mayadin on May 15\n";
        assertSame(two, PageFurniture.blank(two));
    }

    @Test
    void aPageWithoutMarkersIsReturnedAsItIs() {
        String text = "Related to the strike, officials said nothing.\n" + BODY;
        assertSame(text, PageFurniture.blank(text));
    }
}
