package org.harmtrack.extract;

import static org.harmtrack.extract.Extractions.onlyEvent;
import static org.harmtrack.model.Range.exactly;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.harmtrack.model.Event;
import org.harmtrack.model.Range;
import org.junit.jupiter.api.Test;

/** How tolls are read from the shapes of sentences monitors and reporters write. Fixtures are the project's own. */
class TollReadingTest {

    @Test
    void othersInALaterSentenceAddToTheToll() {
        Event e = onlyEvent("A drone hit a truck near Mir Ali, killing 4 people. 6 others in a nearby car died too.");
        assertEquals(exactly(10), e.killed());
    }

    @Test
    void killedWithOthersCountsTheNamedPersonToo() {
        Event e = onlyEvent("A local commander was killed with 3 others when a drone struck a house in Mir Ali.");
        assertEquals(exactly(4), e.killed());
    }

    @Test
    void theCountAfterAmongIsTheWholeToll() {
        Event e = onlyEvent("Two named commanders among 12 alleged militants killed in a strike on a compound in Mir Ali.");
        assertEquals(exactly(12), e.killed());
    }

    @Test
    void aClauseBreakEndsTheReachOfAHarmWord() {
        Event e = onlyEvent("Airstrikes hit a column near Saraqib and killed 10 fighters, while 2 more got away on foot.");
        assertEquals(exactly(10), e.killed());
    }

    @Test
    void capturedPeopleAreNotCountedAsKilled() {
        Event e = onlyEvent("During a raid on Saraqib, 20 fighters were caught while 1 fighter was killed in a shoot-out.");
        assertEquals(exactly(1), e.killed());
    }

    @Test
    void aBreakdownGoesOnThroughAnd() {
        Event e = onlyEvent("In Saraqib, between 6 to 11 civilians died, among them 2 to 4 boys and 1 to 2 women.");
        assertEquals(new Range(6, 11), e.killed());
    }

    @Test
    void alsoInALaterSentenceAddsToTheToll() {
        Event e = onlyEvent("Clashes in Saraqib killed 2 rebel fighters. Government troops also shelled the town, killing 1 child.");
        assertEquals(exactly(3), e.killed());
    }

    @Test
    void anAttackerNamedWithADeterminerIsNotAVictim() {
        Event e = onlyEvent("Near Saraqib, an opposition sniper shot and killed 1 regime soldier.");
        assertEquals(exactly(1), e.killed());
    }

    @Test
    void aDescriptionAfterBeIsNotAnotherVictim() {
        Event e = onlyEvent("Gunmen killed 1 commander in Saraqib, believed to be a foreign fighter.");
        assertEquals(exactly(1), e.killed());
    }

    @Test
    void aNamedPersonKilledCountsOneWhereNoNumberIsGiven() {
        Event e = onlyEvent("Brigadier General Khaled Nasser was killed in fighting near Hama.");
        assertEquals(exactly(1), e.killed());
    }

    @Test
    void aNamedPersonBesideANumberDoesNotChangeTheNumber() {
        Event e = onlyEvent("At least three people were killed in Douma. Journalist Samir Haddad was among them.");
        assertEquals(exactly(3), e.killed());
    }

    @Test
    void membersOfAFamilyAreNotFighters() {
        Event e = onlyEvent("An airstrike on a house in Khan Yunis killed 9 members of the same family.");
        assertEquals(exactly(9), e.killed());
        assertNull(e.combatantsKilled());
    }

    @Test
    void aNotesOwnAllocationGivesThePlacesShare() {
        Event e = onlyEvent("Clashes near Hama killed 42 fighters. The 42 deaths are divided, 7 each, across six villages.");
        assertEquals(exactly(7), e.killed());
    }

    @Test
    void anEvenSplitDividesTheToll() {
        Event e = onlyEvent("Gunmen killed 2 fighters near Mir Ali. Fatalities spread evenly across the two events.");
        assertEquals(exactly(1), e.killed());
    }

    @Test
    void countsOfSourcesAreNotTolls() {
        Event e = onlyEvent("One man was killed in an airstrike on Khan Yunis. His death was reported by over ten sources.");
        assertEquals(exactly(1), e.killed());
    }
}
