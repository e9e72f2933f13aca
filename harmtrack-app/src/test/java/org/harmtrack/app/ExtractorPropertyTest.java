package org.harmtrack.app;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.time.LocalDate;
import java.util.List;
import org.harmtrack.extract.IncidentExtractor;
import org.harmtrack.gazetteer.GeoBias;
import org.harmtrack.model.Document;
import org.harmtrack.model.Event;
import org.harmtrack.model.Extraction;
import org.harmtrack.model.Figure;
import org.harmtrack.model.Span;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Properties of the extractor over generated text: it never throws, and every span it reports (figures, evidence,
 * place, date, aggregates) lies inside the text. The texts are report sentences of the kinds harmtrack reads, glued
 * together in random order and then mutated (cut, doubled, characters dropped or swapped for punctuation, digits,
 * Arabic letters and surrogates), plus text made of arbitrary code points. The extractor runs over the real
 * gazetteer, whose two hundred thousand names are what odd neighbours of names trip over.
 */
class ExtractorPropertyTest {
    private static final IncidentExtractor EXTRACTOR = Cli.RESOURCES.extractor(GeoBias.NONE);

    /** Pieces written for this test, in the register of news reports and monitors' notes. */
    private static final List<String> PIECES = List.of(
            "An airstrike on the town of Douma Rural Damascus killed 2 people.",
            "Warplanes struck Saraqib on Tuesday, killing at least 12 civilians, including 4 children, rescuers said.",
            "The ministry denied that any civilians were harmed in the raid near Aleppo on 3 March 2019.",
            "Between 62 and 80 soldiers died when jets hit positions at Dayr al Zahr, the army said.",
            "Dozens of families fled the shelling of Idlib countryside last night.",
            "Writing to lawmakers last Monday, the minister conceded that the raid had left about 70 dead.",
            "The alliance reported 12,406 raids from March 2015 to June 2018.",
            "A family of 17 was among the dead, according to SANA.",
            "SANAA, Feb 2 (AFP) - Two drones struck a roadblock outside the hamlet of Kafr Nubl, Idlib, wounding five.",
            "Shelling left the houses of about ten thousand families in ruins.",
            "On 31 February 2019, four civilians were killed in Mosul.",
            "قتل ثلاثة مدنيين في غارة جوية على سراقب في ريف إدلب.",
            "Hundreds were wounded; scores remain missing after the bombing of the market in Raqqa.",
            "(Reuters) —",
            "published: 2020-01-02",
            "\"We counted 5 bodies,\" a medic said. \"Then 6.\"",
            "Helicopters of the regime and Russian jets hit Kafranbel, al-Bara and Maarat al-Numan with barrel bombs.");

    private static final String NOISE = " .,;:-—()\"'’0123456789\n\u00A0\u200Bال\uD83D\uDE00\uDC00\uD800kKالقتل";

    private static Gen<String> reports() {
        return lists().of(integers().between(0, PIECES.size() - 1)).ofSizeBetween(1, 6)
                .map(indexes -> {
                    StringBuilder text = new StringBuilder();
                    indexes.forEach(i -> text.append(PIECES.get(i)).append(i % 3 == 0 ? "\n\n" : " "));
                    return text.toString();
                });
    }

    /** Cuts, doubles, drops and replaces characters at positions the seeds choose. */
    private static String mutate(String text, List<Integer> seeds) {
        StringBuilder b = new StringBuilder(text);
        for (int seed : seeds) {
            if (b.length() == 0) {
                break;
            }
            int at = Math.floorMod(seed, b.length());
            switch (Math.floorMod(seed >> 8, 5)) {
                case 0 -> b.deleteCharAt(at);
                case 1 -> b.insert(at, NOISE.charAt(Math.floorMod(seed >> 12, NOISE.length())));
                case 2 -> b.setCharAt(at, NOISE.charAt(Math.floorMod(seed >> 12, NOISE.length())));
                case 3 -> b.insert(at, b.substring(at, Math.min(b.length(), at + Math.floorMod(seed >> 12, 40))));
                default -> b.setLength(at);
            }
        }
        return b.toString();
    }

    @Test
    void reportSentencesInAnyOrderAndMutatedNeverBreakTheExtractorAndKeepEverySpanInsideTheText() {
        qt().withExamples(400).forAll(reports(), lists().of(integers().all()).ofSizeBetween(0, 12))
                .checkAssert((text, seeds) -> checkedExtraction(mutate(text, seeds)));
    }

    @Test
    void arbitraryCodePointsNeverBreakTheExtractor() {
        qt().withExamples(300).forAll(strings().allPossible().ofLengthBetween(0, 300))
                .checkAssert(ExtractorPropertyTest::checkedExtraction);
    }

    private static void checkedExtraction(String text) {
        Extraction x;
        try {
            x = EXTRACTOR.extract(Document.of("generated", text, LocalDate.of(2019, 3, 7)));
        } catch (RuntimeException e) {
            throw new AssertionError("extraction threw on: " + text, e);
        }
        checkSpans(text, x);
    }

    /** Fails when a span of the extraction (figures, evidence, place, date, aggregates) lies outside the text. */
    static void checkSpans(String text, Extraction x) {
        for (Event e : x.events()) {
            e.figures().stream().map(Figure::span).forEach(s -> inside(text, s));
            e.evidence().forEach(s -> inside(text, s));
            if (e.place() != null) {
                inside(text, e.place().span());
            }
            if (e.date() != null) {
                inside(text, e.date().span());
            }
        }
        x.aggregates().forEach(a -> inside(text, a.span()));
    }

    private static void inside(String text, Span span) {
        if (span != null && (span.start() < 0 || span.end() > text.length() || span.start() > span.end())) {
            throw new AssertionError("span " + span + " outside a text of " + text.length() + ": " + text);
        }
    }
}
