package org.harmtrack.extract;

import static org.harmtrack.extract.Extractions.exactly;
import static org.harmtrack.extract.Extractions.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.harmtrack.model.Document;
import org.harmtrack.model.Extraction;
import org.junit.jupiter.api.Test;

/** The extractor never throws, whatever the text. */
class BadInputTest {

    private static final String REPORT = "Warplanes struck Saraqib on Tuesday, killing 3 people, residents said. "
            + "The market stayed closed. ";

    @Test
    void emptyTextGivesAnEmptyExtraction() {
        Extraction x = extract("");
        assertTrue(x.events().isEmpty());
        assertTrue(x.aggregates().isEmpty());
    }

    @Test
    void whitespaceOnlyTextGivesAnEmptyExtraction() {
        Extraction x = extract(" \n\t\r\n \u00A0\u2003\u2028 ");
        assertTrue(x.events().isEmpty());
        assertTrue(x.aggregates().isEmpty());
    }

    @Test
    void punctuationOnlyTextGivesAnEmptyExtraction() {
        for (String text : new String[] {".", "...", "-", ";;", "\"\"", "()", "?!"}) {
            Extraction x = extract(text);
            assertTrue(x.events().isEmpty(), text);
        }
    }

    @Test
    void controlCharactersDoNotBreakExtraction() {
        String text = "An air\u0000strike on Saraqib killed\u0007 3 people.\u0000\u001B[0m\u0008";
        Extraction x = extract(text);
        assertEquals(1, x.events().size(), x.events()::toString);
        assertEquals(exactly(3), x.events().get(0).killed());
    }

    @Test
    void textMadeOnlyOfControlCharactersGivesAnEmptyExtraction() {
        Extraction x = extract("\u0000\u0001\u0002\u0003\u007F\u0000");
        assertTrue(x.events().isEmpty());
    }

    @Test
    void loneSurrogatesDoNotBreakExtraction() {
        String text = "\uD800 An airstrike on Saraqib killed 3 people \uDC00.\uD83D";
        Extraction x = extract(text);
        assertEquals(1, x.events().size(), x.events()::toString);
        assertEquals(exactly(3), x.events().get(0).killed());
        assertNotNull(extract("\uDC00\uD800").events());
    }

    @Test
    void nonLatinTextGivesAnExtraction() {
        assertNotNull(extract("قتل ثلاثة أشخاص في غارة جوية على سراقب").events());
        assertNotNull(extract("Три человека погибли 🙁 в результате авиаудара").events());
    }

    @Test
    void absurdNumbersDoNotBreakExtraction() {
        Extraction x = extract("An airstrike on Saraqib killed 99999999999999999999999 people and "
                + "9,999,999,999,999,999,999 more.");
        assertNotNull(x.events());
    }

    @Test
    void aThreeMegabyteDocumentOfRepeatedSentencesGivesAnExtraction() {
        String text = REPORT.repeat(3_000_000 / REPORT.length() + 1);
        assertTrue(text.length() >= 3_000_000);
        // the limit only guards against a hang or a quadratic blow-up; this takes about 7 s on a shared core
        Extraction x = extract(text, LocalDate.of(2024, 3, 14));
        assertTrue(x.events().size() >= 1);
        assertEquals(exactly(3), x.events().get(0).killed());
    }

    @Test
    void aDocumentNeedsAnIdAndAText() {
        assertThrows(NullPointerException.class, () -> Document.of("d", null));
        assertThrows(IllegalArgumentException.class, () -> Document.of(" ", "text"));
    }
}
