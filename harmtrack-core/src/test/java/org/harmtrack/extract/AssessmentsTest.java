package org.harmtrack.extract;

import static org.harmtrack.extract.Extractions.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.harmtrack.model.Assessment;
import org.harmtrack.model.Event;
import org.harmtrack.model.Range;
import org.junit.jupiter.api.Test;

/** Each belligerent's own assessment, kept apart from the figures' grade. Sentences written for this test. */
class AssessmentsTest {
    private static Assessment only(Event e) {
        assertEquals(1, e.assessments().size(), e.assessments()::toString);
        return e.assessments().get(0);
    }

    @Test
    void aBelligerentThatTellsTheCiviliansItsStrikeKilledAdmitsThem() {
        Event e = extract("The Dutch defence ministry admitted that a Dutch F-16 killed four civilians when it bombed"
                + " a house in Mosul on 20 September 2015.").events().get(0);
        Assessment a = only(e);
        assertEquals(Assessment.Position.ADMITS, a.position());
        assertEquals(Range.exactly(4), a.killed());
    }

    @Test
    void aDenialAndAVerdictOfNotCredibleAreTheirPositions() {
        Event denied = extract("An air strike killed nine civilians in Saraqib on Monday, local medics said. The Russian"
                + " Ministry of Defence denied that its aircraft had killed any civilians in Saraqib.").events().get(0);
        assertEquals(Assessment.Position.DENIES, only(denied).position());
        assertEquals("Russian Ministry of Defence", only(denied).source());
        Event notCredible = extract("A coalition air strike killed three civilians in Saraqib on 4 March 2024, residents"
                + " said. In a statement on 11 March 2024, the coalition said the allegation was not credible.")
                .events().get(0);
        Assessment a = only(notCredible);
        assertEquals(Assessment.Position.NOT_CREDIBLE, a.position());
        assertEquals(LocalDate.of(2024, 3, 11), a.statementDate());
        assertTrue(a.killed() == null, "it concedes nothing");
    }

    @Test
    void aStateCountingAnothersVictimsMakesNoAssessment() {
        Event e = extract("The Syrian foreign ministry said a US air strike killed 12 civilians in Deir ez-Zor on"
                + " Monday.").events().get(0);
        assertTrue(e.assessments().isEmpty(), e.assessments()::toString);
    }
}
