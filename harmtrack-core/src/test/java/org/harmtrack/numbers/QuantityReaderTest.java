package org.harmtrack.numbers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.harmtrack.model.Range;
import org.harmtrack.numbers.Quantity.Kind;
import org.junit.jupiter.api.Test;

class QuantityReaderTest {

    private final QuantityReader reader = new QuantityReader();

    /** The single quantity in {@code text}. */
    private Quantity only(String text) {
        List<Quantity> found = reader.read(text);
        assertEquals(1, found.size(), () -> "quantities in '" + text + "': " + found);
        return found.get(0);
    }

    private static void assertQuantity(Quantity q, long min, long max, Kind kind) {
        assertEquals(new Range(min, max), q.count(), "count");
        assertEquals(kind, q.kind(), "kind");
    }

    private static List<Range> counts(List<Quantity> quantities) {
        return quantities.stream().map(Quantity::count).toList();
    }

    // --- numerals ---

    @Test
    void readsDigitsWithThousandsSeparators() {
        assertQuantity(only("The coalition reported 34,573 strikes."), 34_573, 34_573, Kind.EXACT);
        assertQuantity(only("about 1,250,000 people fled"), 1_250_000, 1_250_000, Kind.APPROXIMATE);
    }

    @Test
    void readsPlainDigits() {
        Quantity q = only("Officials said 7 people died.");
        assertQuantity(q, 7, 7, Kind.EXACT);
        assertFalse(q.approximate());
    }

    @Test
    void readsDecimalsWithAScaleWord() {
        assertQuantity(only("3.5 million people were displaced"), 3_500_000, 3_500_000, Kind.EXACT);
        assertQuantity(only("2 thousand homes"), 2_000, 2_000, Kind.EXACT);
    }

    // --- number words ---

    @Test
    void readsNumberWords() {
        assertQuantity(only("five people"), 5, 5, Kind.EXACT);
        assertQuantity(only("Twenty-five people"), 25, 25, Kind.EXACT);
        assertQuantity(only("two hundred and fifty families"), 250, 250, Kind.EXACT);
        assertQuantity(only("a dozen guards"), 12, 12, Kind.EXACT);
        assertQuantity(only("half a dozen guards"), 6, 6, Kind.EXACT);
        assertQuantity(only("a hundred tents"), 100, 100, Kind.EXACT);
        assertQuantity(only("one hundred thousand leaflets"), 100_000, 100_000, Kind.EXACT);
    }

    @Test
    void aNumberWordSpanCoversAllItsWords() {
        String text = "It took two hundred and fifty lives.";
        Quantity q = only(text);
        assertEquals("two hundred and fifty", q.span().of(text));
        assertEquals("two hundred and fifty", q.numberSpan().of(text));
    }

    @Test
    void doesNotReadNumberWordsInsideOtherWords() {
        assertTrue(reader.read("They often went to the tennis court at noon.").isEmpty());
    }

    @Test
    void doesNotReadSomeoneAsACount() {
        assertTrue(reader.read("Someone opened fire on the checkpoint.").isEmpty());
    }

    // --- vague words ---

    @Test
    void readsVagueWordsAsTheirDocumentedRanges() {
        assertQuantity(only("dozens of people"), 12, 99, Kind.VAGUE);
        assertQuantity(only("several homes"), 2, 6, Kind.VAGUE);
        assertQuantity(only("a few guards"), 2, 6, Kind.VAGUE);
        assertQuantity(only("a handful of guards"), 2, 6, Kind.VAGUE);
        assertQuantity(only("a number of farmers"), 2, 9, Kind.VAGUE);
        assertQuantity(only("many were hurt"), 20, 60, Kind.VAGUE);
        assertQuantity(only("scores of tents"), 20, 99, Kind.VAGUE);
        assertQuantity(only("hundreds of families"), 100, 900, Kind.VAGUE);
        assertQuantity(only("thousands of families"), 1_000, 9_000, Kind.VAGUE);
        assertQuantity(only("tens of thousands of families"), 10_000, 90_000, Kind.VAGUE);
        assertQuantity(only("hundreds of thousands fled"), 100_000, 900_000, Kind.VAGUE);
    }

    @Test
    void vagueCountsAreApproximate() {
        assertTrue(only("Dozens were hurt").approximate());
    }

    @Test
    void aVagueSpanIsTheWordWithoutTheFollowingOf() {
        String text = "Dozens of people fled.";
        Quantity q = only(text);
        assertEquals("Dozens", q.span().of(text));
        assertEquals("Dozens", q.numberSpan().of(text));
    }

    @Test
    void aQualifiedVagueSpanIncludesItsQualifier() {
        String text = "At least dozens of people fled.";
        Quantity q = only(text);
        assertEquals("At least dozens", q.span().of(text));
        assertEquals("dozens", q.numberSpan().of(text));
    }

    // --- qualifiers ---

    @Test
    void atLeastKeepsTheStatedFigureAsALowerBound() {
        String text = "at least 23 people";
        Quantity q = only(text);
        assertQuantity(q, 23, 23, Kind.LOWER_BOUND);
        assertTrue(q.approximate());
        assertEquals("at least 23", q.span().of(text));
        assertEquals("23", q.numberSpan().of(text));
    }

    @Test
    void readsLowerBoundQualifiers() {
        assertQuantity(only("more than 40 people"), 40, 40, Kind.LOWER_BOUND);
        assertQuantity(only("over 40 people"), 40, 40, Kind.LOWER_BOUND);
        assertQuantity(only("no fewer than 40 people"), 40, 40, Kind.LOWER_BOUND);
        assertQuantity(only("upwards of 40 people"), 40, 40, Kind.LOWER_BOUND);
    }

    @Test
    void readsApproximateQualifiers() {
        assertQuantity(only("some 20 people"), 20, 20, Kind.APPROXIMATE);
        assertQuantity(only("nearly 30 people"), 30, 30, Kind.APPROXIMATE);
        assertQuantity(only("around thirty people"), 30, 30, Kind.APPROXIMATE);
        assertQuantity(only("an estimated 300 people"), 300, 300, Kind.APPROXIMATE);
    }

    @Test
    void readsUpperBoundQualifiers() {
        String text = "up to 15 people";
        Quantity q = only(text);
        assertQuantity(q, 15, 15, Kind.UPPER_BOUND);
        assertEquals("up to 15", q.span().of(text));
        assertQuantity(only("fewer than 15 people"), 15, 15, Kind.UPPER_BOUND);
    }

    @Test
    void qualifiersAreCaseInsensitive() {
        assertQuantity(only("At Least 9 died"), 9, 9, Kind.LOWER_BOUND);
    }

    // --- ranges ---

    @Test
    void readsBetweenAndAsARange() {
        String text = "between 62 and 80 people";
        Quantity q = only(text);
        assertQuantity(q, 62, 80, Kind.RANGE);
        assertFalse(q.approximate());
        assertEquals("between 62 and 80", q.span().of(text));
        assertEquals("62 and 80", q.numberSpan().of(text));
    }

    @Test
    void readsToAndDashRanges() {
        assertQuantity(only("62 to 80 people"), 62, 80, Kind.RANGE);
        assertQuantity(only("62-80 people"), 62, 80, Kind.RANGE);
        assertQuantity(only("62–80 people"), 62, 80, Kind.RANGE);
        assertQuantity(only("from 62 to 80 people"), 62, 80, Kind.RANGE);
    }

    @Test
    void readsNeighbouringNumbersJoinedByOrAsARange() {
        assertQuantity(only("six or seven people"), 6, 7, Kind.RANGE);
    }

    @Test
    void distantNumbersJoinedByOrAreTwoCounts() {
        assertEquals(List.of(Range.exactly(5), Range.exactly(50)), counts(reader.read("five or fifty")));
    }

    @Test
    void killedAndInjuredCountsAreTwoCountsNotARange() {
        String text = "The strike killed 5 and injured 10.";
        List<Quantity> found = reader.read(text);
        assertEquals(List.of(Range.exactly(5), Range.exactly(10)), counts(found));
        assertTrue(found.stream().allMatch(q -> q.kind() == Kind.EXACT));
        assertEquals("5", found.get(0).span().of(text));
        assertEquals("10", found.get(1).span().of(text));
    }

    @Test
    void twoNumbersJoinedByAndWithoutBetweenAreTwoCounts() {
        assertEquals(List.of(Range.exactly(5), Range.exactly(10)), counts(reader.read("killed 5 and 10 were hurt")));
    }

    @Test
    void yearSpansAreNotRanges() {
        List<Quantity> found = reader.read("the 2014-2019 campaign");
        assertTrue(found.stream().noneMatch(q -> q.kind() == Kind.RANGE), found::toString);
        assertEquals(List.of(Range.exactly(2014), Range.exactly(2019)), counts(found));
        assertTrue(reader.read("between 2014 and 2019").stream().noneMatch(q -> q.kind() == Kind.RANGE));
    }

    @Test
    void aDescendingPairIsNotARange() {
        assertTrue(reader.read("80-62").stream().noneMatch(q -> q.kind() == Kind.RANGE));
    }

    // --- offsets and regions ---

    @Test
    void spansPointAtTheCharactersInTheText() {
        String text = "Medics said nearly 30 died and up to 15 were hurt; at least 1,200 fled.";
        List<Quantity> found = reader.read(text);
        assertEquals(3, found.size());
        assertEquals("nearly 30", found.get(0).span().of(text));
        assertEquals("30", found.get(0).numberSpan().of(text));
        assertEquals(text.indexOf("nearly"), found.get(0).span().start());
        assertEquals("up to 15", found.get(1).span().of(text));
        assertEquals("at least 1,200", found.get(2).span().of(text));
        assertEquals("1,200", found.get(2).numberSpan().of(text));
        for (Quantity q : found) {
            assertTrue(q.span().contains(q.numberSpan()));
        }
    }

    @Test
    void readsOnlyInsideTheGivenRegionWithDocumentOffsets() {
        String text = "Earlier, 4 died. Then 9 more died. Later 11 were found.";
        int from = text.indexOf("Then");
        int to = text.indexOf("Later");
        List<Quantity> found = reader.read(text, from, to);
        assertEquals(List.of(Range.exactly(9)), counts(found));
        assertEquals(text.indexOf("9"), found.get(0).span().start());
    }

    @Test
    void readsNothingFromTextWithoutNumbers() {
        assertTrue(reader.read("").isEmpty());
        assertTrue(reader.read("The market stayed closed.").isEmpty());
    }

    @Test
    void readingARegionDoesNotScanTheRestOfTheText() {
        // reading sentence by sentence must cost about as much as reading the whole text once
        String unit = "A calm day in the market. ";
        int regions = 2_000;
        String text = unit.repeat(regions);
        for (int i = 0; i < regions; i++) {
            assertTrue(reader.read(text, i * unit.length(), (i + 1) * unit.length()).isEmpty());
        }
    }

    // --- bugs ---

    @Test
    void readsAThousandsSeparatedNumeralFollowedByAComma() {
        String text = "The strikes killed 1,234, officials said.";
        Quantity q = only(text);
        assertQuantity(q, 1_234, 1_234, Kind.EXACT);
        assertEquals("1,234", q.span().of(text));
    }

    @Test
    void doesNotReadTheFractionOfADecimalAsACount() {
        assertTrue(reader.read("The crater was 2.5 metres deep.").stream()
                .noneMatch(q -> q.count().equals(Range.exactly(5))));
    }
}
