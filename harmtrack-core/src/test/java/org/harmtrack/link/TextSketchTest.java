package org.harmtrack.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    @Test
    void theSketchIsTheSmallestHashesOfTheJoinedFourGramsAsStoredSketchesHoldThem() {
        // words of several scripts, cases and lengths, supplementary letters, digits and punctuation between them
        List<String> vocabulary = List.of("Strike", "strike", "KILLED", "the", "a", "Kafr", "Batna", "2019", "11", "x",
                "غارة", "الغارات", "قتلى", "İdlib", "Straße", "ﬁre", "\uD835\uDC00bc", "don't", "al-Bab", "ÉTÉ",
                "çocuk", "Σεισμός", "一", "rescue-service", "١٢", "");
        List<String> between = List.of(" ", "  ", ", ", ". ", "\n\n", " - ", "\u00A0", "'", "’", "(", ") ", "; ");
        Random random = new Random(20261201);
        for (int trial = 0; trial < 2_000; trial++) {
            StringBuilder text = new StringBuilder();
            int words = random.nextInt(trial % 10 == 0 ? 400 : 40);
            for (int w = 0; w < words; w++) {
                text.append(vocabulary.get(random.nextInt(vocabulary.size())))
                        .append(between.get(random.nextInt(between.size())));
                if (random.nextInt(8) == 0) {
                    text.append(random.nextInt(10_000)); // distinct 4-grams, so long texts fill the sketch
                }
            }
            assertEquals(bySortingJoinedFourGrams(text.toString()), TextSketch.of(text.toString()), text.toString());
        }
        assertEquals(TextSketch.SIZE, TextSketch.of(STORY + " " + STORY.toUpperCase(Locale.ROOT) + " 1 2 3 4 5 6 7 8 9"
                + " 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29 30 31 32 33 34 35 36 37 38").size());
    }

    /** The sketch as first defined: each 4-gram joined by spaces and hashed, the smallest distinct hashes kept. */
    private static Set<Integer> bySortingJoinedFourGrams(String text) {
        Matcher m = Pattern.compile("[\\p{L}\\p{N}]+").matcher(text.toLowerCase(Locale.ROOT));
        List<String> words = new java.util.ArrayList<>();
        while (m.find()) {
            words.add(m.group());
        }
        TreeSet<Integer> hashes = new TreeSet<>();
        for (int i = 0; i + 4 <= words.size(); i++) {
            int h = String.join(" ", words.subList(i, i + 4)).hashCode();
            h ^= h >>> 16;
            h *= 0x85ebca6b;
            h ^= h >>> 13;
            h *= 0xc2b2ae35;
            h ^= h >>> 16;
            hashes.add(h);
        }
        TreeSet<Integer> smallest = new TreeSet<>();
        for (int h : hashes) {
            if (smallest.size() < TextSketch.SIZE) {
                smallest.add(h);
            }
        }
        return smallest;
    }
}
