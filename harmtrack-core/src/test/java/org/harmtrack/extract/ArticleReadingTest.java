package org.harmtrack.extract;

import static org.harmtrack.extract.Extractions.exactly;
import static org.harmtrack.extract.Extractions.extract;
import static org.harmtrack.extract.Extractions.onlyEvent;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.harmtrack.gazetteer.FixtureGazetteer;
import org.harmtrack.model.Event;
import org.harmtrack.model.Extraction;
import org.junit.jupiter.api.Test;

/** Reading long pieces as an analyst would: where one strike ends, which day is the strike's, what is no toll. */
class ArticleReadingTest {

    private static final LocalDate THURSDAY = LocalDate.of(2024, 3, 14);

    @Test
    void aPieceAboutTwoTheatresKeepsItsStrikesApartAndReportsTheLeadStrikeWithoutAToll() {
        String text = "Opinion: two wars, one silence\n\n"
                + "On Monday American jets struck targets in the Iraqi city of Mosul, officials in Iraq said. "
                + "The strikes on Mosul will go on, a spokesman added.\n\n"
                + "Nobody in Iraq was asked, and the people of Iraq were not consulted about any of this, whatever the "
                + "diplomats claim in their long statements to the press about partnership and sovereignty.\n\n"
                + "Meanwhile government forces pressed an assault on Hama, in Syria. "
                + "A Syrian army spokesman said the assault was repelled after 40 attackers were killed.";
        Extraction x = extract(text, THURSDAY);
        assertEquals(2, x.events().size(), x.events()::toString);
        Event mosul = x.events().get(0);
        assertEquals(FixtureGazetteer.MOSUL, mosul.place().geonamesId());
        assertNull(mosul.killed(), "no toll is given for the strikes on Mosul");
        assertEquals("United States", mosul.perpetrators().get(0).name());
        assertEquals(LocalDate.of(2024, 3, 11), mosul.date().start());
        Event hama = x.events().get(1);
        assertEquals(FixtureGazetteer.HAMA, hama.place().geonamesId());
        assertEquals(exactly(40), hama.killed());
        assertTrue(hama.perpetrators().stream().noneMatch(p -> p.name().equals("United States")), hama::toString);
    }

    @Test
    void inAnotherStrikeBeginsAnotherIncidentEvenWithoutADayToTellThemApart() {
        String text = "The ministry admitted that a strike by one of its jets killed some 70 people in 2015.\n\n"
                + "It also said that in another strike a bomb hit a family home in Mosul, killing four civilians.";
        Extraction x = extract(text, THURSDAY);
        assertEquals(2, x.events().size(), x.events()::toString);
        assertEquals(exactly(70), x.events().get(0).killed());
        assertEquals(exactly(4), x.events().get(1).killed());
    }

    @Test
    void theDayOfALetterOrOfACondemnationIsNotTheDayOfTheStrike() {
        Event admitted = onlyEvent("In a letter to parliament last Monday, the minister admitted that an airstrike "
                + "near Mosul in 2015 had killed some 70 people.", THURSDAY);
        assertEquals(2015, admitted.date().start().getYear());
        Event condemned = onlyEvent("On Tuesday, the government condemned an airstrike on Saraqib that killed "
                + "12 civilians.", THURSDAY);
        assertNotEquals(LocalDate.of(2024, 3, 12), condemned.date().start(), condemned.date()::toString);
        // the day a note was reported on is still the best it gives
        Event reported = onlyEvent("As reported on 8 June 2019, shelling killed 3 people in Saraqib.", null);
        assertEquals(LocalDate.of(2019, 6, 8), reported.date().start());
    }

    @Test
    void theHomesOfTensOfThousandsAreNoToll() {
        Extraction x = extract("The bombing of Mosul destroyed the homes of tens of thousands of people.", THURSDAY);
        assertTrue(x.aggregates().isEmpty(), x.aggregates()::toString);
        assertTrue(x.events().stream().allMatch(e -> e.killed() == null), x.events()::toString);
    }

    @Test
    void aNamedManCountingTheDeadInHisStreetIsAnIncidentNotTheCampaignBeforeIt() {
        String text = "Over the past three years the air force has dropped more than 3,700 bombs on Mosul. "
                + "A resident told reporters that he lost two of his children when a bomb hit his home, and that "
                + "19 civilians were killed by the air strikes in his street alone.";
        Extraction x = extract(text, THURSDAY);
        assertEquals(1, x.events().size(), x.events()::toString);
        assertEquals(exactly(19), x.events().get(0).civiliansKilled());
        assertFalse(x.aggregates().stream().anyMatch(a -> a.count().max() == 19), x.aggregates()::toString);
    }

    @Test
    void aStatesDefenceMinistryIsNamedForItsStateAndItsOwnStrikeIsTheirsAndItsEnemyCountIsAClaim() {
        Event own = onlyEvent("The Dutch defence minister revealed that a bomb hit a family home in Mosul, "
                + "killing four civilians.", THURSDAY);
        assertEquals("Dutch Ministry of Defence", own.figures().get(0).attributedTo());
        assertEquals("Dutch military", own.perpetrators().get(0).name());

        Event admitted = onlyEvent("The Netherlands has admitted that a strike by one of its jets near Mosul "
                + "killed 12 people.", THURSDAY);
        assertEquals(org.harmtrack.model.Figure.Stance.ADMITTED, admitted.figures().get(0).stance());

        Event claimed = onlyEvent("The Russian defence minister said that government forces repelled the assault "
                + "on Hama, killing 300 fighters.", THURSDAY);
        assertEquals("Russian Ministry of Defence", claimed.figures().get(0).attributedTo());
        assertEquals(org.harmtrack.model.Figure.Stance.CLAIMED, claimed.figures().get(0).stance());
        assertEquals(exactly(300), claimed.combatantsKilled());
    }

    @Test
    void aBreakdownIsNoLargerThanTheWholeItBreaksDown() {
        Event e = onlyEvent("The ministry said an airstrike near Mosul killed some 70 people, including dozens of "
                + "civilians.", THURSDAY);
        assertEquals(exactly(70), e.killed());
        assertEquals(70, e.civiliansKilled().max());
        assertEquals(12, e.civiliansKilled().min());
        // the figure itself is read within its whole too, so linked incidents reconcile the same range
        assertTrue(e.figures().stream().allMatch(f -> f.count().max() <= 70), e.figures()::toString);
    }

    @Test
    void aNamedMinisterWhoAdmitsThereWereVictimsIsNoVictimHimself() {
        Extraction x = extract("Defence minister Anna Verhoef admitted that the number of victims of the raid near "
                + "Mosul had been higher than anticipated.", THURSDAY);
        assertTrue(x.events().stream().allMatch(e -> e.killed() == null), x.events()::toString);
    }

    @Test
    void aFigureToldByHeIsCreditedToWhoeverTheSentenceBeforeNamed() {
        Event e = onlyEvent("The Russian defence minister said government troops had repelled an assault on Hama. "
                + "He added that the assault was halted after the killing of more than 200 fighters.", THURSDAY);
        assertEquals("Russian Ministry of Defence", e.figures().get(0).attributedTo());
        assertEquals(org.harmtrack.model.Figure.Stance.CLAIMED, e.figures().get(0).stance());
    }

    @Test
    void aForceThatTrainedOrArmedTheAttackersIsNotTheAttacker() {
        Event e = onlyEvent("Fighters trained and armed by the United States shot down a helicopter over Idlib, "
                + "killing the five crew.", THURSDAY);
        assertTrue(e.perpetrators().stream().noneMatch(p -> p.name().equals("United States")), e::toString);
    }

    @Test
    void theSourceBeforeADashedAsideIsWhoReportsNotANameInsideTheAside() {
        Extraction x = extract("Russia's foreign ministry—citing letters sent to the United Nations—reported that "
                + "more than 3,000 bodies had been recovered from the ruins of Mosul.", THURSDAY);
        assertEquals("Russian Foreign Ministry", x.aggregates().get(0).attributedTo(), x.aggregates()::toString);
    }
}
