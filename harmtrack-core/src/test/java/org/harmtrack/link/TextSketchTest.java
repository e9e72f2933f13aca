package org.harmtrack.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Recognising copies of one story by their sketches. */
class TextSketchTest {
    private static final String STORY = "Warplanes struck a market in the town of Kafr Batna on Sunday morning,"
            + " killing at least eleven people including four children, the local rescue service said, adding that"
            + " the toll could rise as crews were still searching the rubble of two collapsed buildings.";

    @Test
    void aLightlyEditedCopyResemblesTheStory() {
        String edited = "KAFR BATNA, Syria (Wire) - " + STORY.replace("Sunday morning", "Sunday")
                + " Neither side commented.";
        assertTrue(TextSketch.resemblance(TextSketch.of(STORY), TextSketch.of(edited)) >= TextSketch.COPY);
    }

    @Test
    void anotherTellingOfTheSameStrikeDoesNot() {
        String other = "Eleven people died in Kafr Batna when jets bombed its market, according to a rescuer who"
                + " said four of the dead were children and that more bodies lay under the ruins.";
        assertTrue(TextSketch.resemblance(TextSketch.of(STORY), TextSketch.of(other)) < 0.2);
    }

    @Test
    void aTextHasTheResemblanceOneWithItselfAndShortTextsNone() {
        assertEquals(1.0, TextSketch.resemblance(TextSketch.of(STORY), TextSketch.of(STORY)));
        assertTrue(TextSketch.of("three words only").isEmpty());
        assertEquals(0.0, TextSketch.resemblance(TextSketch.of("three words only"), TextSketch.of(STORY)));
    }
}
