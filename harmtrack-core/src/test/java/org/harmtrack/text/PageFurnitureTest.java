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
        String text = "Two farmers killed in shelling near Kafr Nubl, November 6\n\nRelated News\n\n"
                + "Man shot dead by gunmen in W. Daraa, July 17, 2024\n"
                + "Drone attack injures six in W. Aleppo, July 15, 2024\n\n" + BODY;
        String blanked = PageFurniture.blank(text);

        assertEquals(text.length(), blanked.length());
        assertTrue(blanked.startsWith("Two farmers killed in shelling near Kafr Nubl, November 6\n\n"), blanked);
        assertFalse(blanked.contains("Daraa") || blanked.contains("Aleppo") || blanked.contains("Related"), blanked);
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
        String text = "Jets hit a farm\n\n" + BODY + "\n\nGunmen abduct a girl in Hasaka Governorate on May 14\n\n"
                + "A child died in a landmine blast in Deir Ez-Zour City on May 15\n"
                + "Civilian from Homs died of torture in a prison, May 13\n";
        String blanked = PageFurniture.blank(text);
        assertTrue(blanked.startsWith("Jets hit a farm\n\n" + BODY), blanked);
        assertFalse(blanked.contains("Hasaka") || blanked.contains("Homs"), blanked);
        // two headlines are not yet a list
        String two = BODY + "\n\nGunmen abduct a girl in Hasaka Governorate on May 14\n"
                + "A child died in a landmine blast in Deir Ez-Zour City on May 15\n";
        assertSame(two, PageFurniture.blank(two));
    }

    @Test
    void aPageWithoutMarkersIsReturnedAsItIs() {
        String text = "Related to the strike, officials said nothing.\n" + BODY;
        assertSame(text, PageFurniture.blank(text));
    }
}
