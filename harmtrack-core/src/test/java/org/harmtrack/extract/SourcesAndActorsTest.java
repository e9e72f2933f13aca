package org.harmtrack.extract;

import static org.harmtrack.extract.Extractions.exactly;
import static org.harmtrack.extract.Extractions.figure;
import static org.harmtrack.extract.Extractions.figures;
import static org.harmtrack.extract.Extractions.onlyEvent;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.harmtrack.model.Event;
import org.harmtrack.model.Figure;
import org.harmtrack.model.Measure;
import org.harmtrack.model.Perpetrator;
import org.harmtrack.model.VictimCategory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Who gave each figure, and who carried out the attack. */
class SourcesAndActorsTest {

    private static List<String> perpetratorNames(Event e) {
        return e.perpetrators().stream().map(Perpetrator::name).toList();
    }

    // --- attribution ---

    @Test
    void attributesAFigureToTheHealthMinistry() {
        Event e = onlyEvent("A strike on a house in Deir al-Balah killed 7 people, the health ministry said.");
        assertEquals("Ministry of Health", figure(e, Measure.KILLED, VictimCategory.ALL).attributedTo());
        assertEquals(List.of("Ministry of Health"), e.sources());
    }

    @Test
    void attributesAFigureToResidents() {
        Event e = onlyEvent("A drone strike on a compound in Miran Shah killed 5 people, according to residents.");
        assertEquals("residents", figure(e, Measure.KILLED, VictimCategory.ALL).attributedTo());
        assertTrue(e.sources().contains("residents"));
    }

    @Test
    void aFigureWithoutASourceHasNoAttribution() {
        Event e = onlyEvent("A drone strike on a compound in Miran Shah killed 5 people.");
        assertNull(figure(e, Measure.KILLED, VictimCategory.ALL).attributedTo());
        assertTrue(e.sources().isEmpty(), e.sources()::toString);
    }

    @Test
    void eachFigureKeepsItsOwnSource() {
        Event e = onlyEvent("Warplanes struck Saraqib on Tuesday. The health ministry said 9 people were killed. "
                + "Residents said 14 people were killed.");
        List<Figure> killed = figures(e, Measure.KILLED);
        assertEquals(2, killed.size(), killed::toString);
        assertEquals("Ministry of Health", killed.stream().filter(f -> f.count().equals(exactly(9))).findFirst()
                .orElseThrow().attributedTo());
        assertEquals("residents", killed.stream().filter(f -> f.count().equals(exactly(14))).findFirst()
                .orElseThrow().attributedTo());
        assertEquals(Extractions.range(9, 14), e.killed());
    }

    @Test
    void aDenialKeepsItsStanceAndDoesNotBecomeTheToll() {
        Event e = onlyEvent("Warplanes struck Saraqib, killing 4 civilians. The military denied killing 20 civilians.");
        assertEquals(exactly(4), e.killed());
        assertEquals(exactly(4), e.civiliansKilled());
        List<Figure> denied = e.figures().stream().filter(f -> f.stance() == Figure.Stance.DENIED).toList();
        assertEquals(1, denied.size(), e.figures()::toString);
        assertEquals(exactly(20), denied.get(0).count());
        assertTrue(e.figures().stream().filter(f -> f.count().equals(exactly(4)))
                .allMatch(f -> f.stance() == Figure.Stance.REPORTED));
    }

    // --- perpetrators ---

    @Test
    void anIsraeliStrikeIsByTheIsraeliMilitary() {
        Event e = onlyEvent("An Israeli strike on a house in Deir al-Balah killed 7 people.");
        assertEquals(List.of("Israeli military"), perpetratorNames(e));
        Perpetrator p = e.perpetrators().get(0);
        assertEquals("IL", p.country());
        assertEquals(Perpetrator.ActorKind.STATE_MILITARY, p.kind());
    }

    @Test
    void aUsDroneIsTheUnitedStates() {
        Event e = onlyEvent("A US drone fired two missiles at a compound in Miran Shah, killing 5 people.");
        assertEquals(List.of("United States"), perpetratorNames(e));
        assertEquals("US", e.perpetrators().get(0).country());
    }

    @Test
    void aCoalitionStrikeIsByTheUsLedCoalition() {
        Event e = onlyEvent("Coalition jets struck Saraqib, killing 6 civilians.");
        assertEquals(List.of("US-led coalition"), perpetratorNames(e));
        assertEquals(Perpetrator.ActorKind.COALITION, e.perpetrators().get(0).kind());
    }

    @Test
    void victimsNamedByTheirGroupDoNotMakeItThePerpetrator() {
        Event e = onlyEvent("3 IS fighters were killed in an airstrike near Mosul.");
        assertEquals(exactly(3), e.killed());
        assertTrue(e.perpetrators().isEmpty(), e.perpetrators()::toString);
    }

    @Test
    void victimsNamedByTheirGroupBesideTheAttacker() {
        Event e = onlyEvent("3 IS fighters were killed in a US drone strike near Mosul.");
        assertEquals(List.of("United States"), perpetratorNames(e));
    }

    @Test
    void anUnnamedAttackerLeavesNoPerpetrator() {
        assertTrue(onlyEvent("An airstrike on Saraqib killed 3 people.").perpetrators().isEmpty());
    }

    @Test
    void anActorNamedBeforeAPlaceDoesNotHideThePlace() {
        Event e = onlyEvent("Islamic State fighters attacked a checkpoint near Sinjar, killing 4 soldiers.");
        assertEquals("Sinjar", e.place().name());
        assertEquals(exactly(4), e.killed());
        assertEquals(List.of("Islamic State"), perpetratorNames(e));
    }

    @Test
    void aStrikeWhoseSentencesNameNoAttackerIsReadUnderItsHeadline() {
        List<Event> events = Extractions.extract("Turkish drones pound villages near Idlib\n\nA drone struck a car in "
                + "Saraqib on Saturday, killing two men, a council official said.\n\nIn another strike, a woman was "
                + "killed when her house in Douma was hit, medics said.").events();
        assertEquals(2, events.size(), events::toString);
        assertEquals(List.of("Turkish military"), perpetratorNames(events.get(1)));
    }

    @Test
    void whoSpeaksOfOtherViolenceIsNoSourceOfTheStrike() {
        Event e = onlyEvent("Gunmen shot down a helicopter over Saraqib on Monday, killing its 4 crew. Foreign "
                + "Minister Sami Haddad said the regime's attacks had wrecked the talks.");
        assertEquals(exactly(4), e.killed());
        assertTrue(e.sources().isEmpty(), e.sources()::toString);
    }


    /** Sentences of real reporting's shapes, each with the attackers a reader names. */
    static Stream<Arguments> attackers() {
        return Stream.of(
                Arguments.of("fighters killed in a strike are its victims",
                        "Two SDF fighters killed near Saraqib as a Turkish drone struck their car, the group said.",
                        List.of("Turkish military")),
                Arguments.of("what a strike is aimed at is no attacker",
                        "US jets carried out air strikes against ISIL targets in Mosul, killing 12 people.",
                        List.of("United States")),
                Arguments.of("a 'by' of praise names no attacker",
                        "A commander long praised by the US military was killed by a Turkish drone near Saraqib.",
                        List.of("Turkish military")),
                Arguments.of("two air forces named together",
                        "Russian and Syrian planes bombed a hospital in Idlib, killing 4 people.",
                        List.of("Russian military", "Syrian government forces")),
                Arguments.of("an aside between attacker and verb",
                        "Regime forces – dug in at a stadium on the edge of town – used rocket launchers to shell "
                                + "Saraqib, killing 2 people.", List.of("Syrian government forces")),
                Arguments.of("an appositive between attacker and verb",
                        "Russia, the government's main backer, launched the strike on Saraqib that killed 5 people.",
                        List.of("Russian military")),
                Arguments.of("a headline in the present",
                        "Turkish ground forces shell Saraqib villages\n\nOne civilian was killed when shells hit a "
                                + "farm in Saraqib on Friday, local sources said.", List.of("Turkish military")),
                Arguments.of("the attackers of the toll's sentence before those of others",
                        "Hamas fighters shelled the outskirts of Saraqib on Monday. Then a US drone struck their "
                                + "convoy near Saraqib, killing 9 of them.", List.of("United States")),
                Arguments.of("an attacker in quotes, fighters from a group",
                        "Three fighters from the SDF were killed in a 'Turkish drone strike' near Saraqib.",
                        List.of("Turkish military")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("attackers")
    void readsTheAttackersAsAReaderWould(String what, String text, List<String> expected) {
        assertEquals(expected, perpetratorNames(onlyEvent(text)));
    }
}
