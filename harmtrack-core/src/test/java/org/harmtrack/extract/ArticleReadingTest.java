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
        String text = "The ministry conceded that a raid by one of its jets left 70 people dead in 2015.\n\n"
                + "It added that in another strike a missile struck a farmhouse in Mosul and killed four civilians.";
        Extraction x = extract(text, THURSDAY);
        assertEquals(2, x.events().size(), x.events()::toString);
        assertEquals(exactly(70), x.events().get(0).killed());
        assertEquals(exactly(4), x.events().get(1).killed());
    }

    @Test
    void theDayOfALetterOrOfACondemnationIsNotTheDayOfTheStrike() {
        Event admitted = onlyEvent("In a letter to lawmakers dated last Monday, the defence chief conceded that a "
                + "raid near Mosul in 2015 had left 70 people dead.", THURSDAY);
        assertEquals(2015, admitted.date().start().getYear());
        Event condemned = onlyEvent("On Tuesday, the government condemned an airstrike on Saraqib that killed "
                + "12 civilians.", THURSDAY);
        assertNotEquals(LocalDate.of(2024, 3, 12), condemned.date().start(), condemned.date()::toString);
        // the day a note was reported on is still the best it gives
        Event reported = onlyEvent("Reported on 8 June 2019: shelling killed 3 people in Saraqib.", null);
        assertEquals(LocalDate.of(2019, 6, 8), reported.date().start());
    }

    @Test
    void theHousesOfThousandsOfFamiliesAreNoToll() {
        Extraction x = extract("The shelling of Mosul wrecked the houses of thousands of families, killing civilians.",
                THURSDAY);
        assertTrue(x.aggregates().isEmpty(), x.aggregates()::toString);
        assertTrue(x.events().stream().allMatch(e -> e.killed() == null), x.events()::toString);
    }

    @Test
    void aNamedManCountingTheDeadInHisStreetIsAnIncidentNotTheCampaignBeforeIt() {
        String text = "Over the past four years the air force has released more than 2,900 munitions over Mosul. "
                + "A shopkeeper said a bomb that fell on his house took two of his sons, and that on his road alone "
                + "19 civilians were killed by the air strikes.";
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
        Event e = onlyEvent("Officials said jets bombing a depot near Mosul killed 40 people, including dozens of "
                + "civilians from the nearby market.", THURSDAY);
        assertEquals(exactly(40), e.killed());
        assertEquals(40, e.civiliansKilled().max());
        assertEquals(12, e.civiliansKilled().min());
        // the figure itself is read within its whole too, so linked incidents reconcile the same range
        assertTrue(e.figures().stream().allMatch(f -> f.count().max() <= 40), e.figures()::toString);
    }

    @Test
    void aNamedMinisterWhoAdmitsThereWereVictimsIsNoVictimHimself() {
        Extraction x = extract("Defence minister Anna Verhoef conceded that more people died in the Mosul raid than "
                + "her staff had first believed.", THURSDAY);
        assertTrue(x.events().stream().allMatch(e -> e.killed() == null), x.events()::toString);
    }

    @Test
    void aFigureToldByHeIsCreditedToWhoeverTheSentenceBeforeNamed() {
        Event e = onlyEvent("The Russian defence minister said an attack on Hama had been beaten back. "
                + "He added that more than 200 militants died before it collapsed.", THURSDAY);
        assertEquals("Russian Ministry of Defence", e.figures().get(0).attributedTo());
        assertEquals(org.harmtrack.model.Figure.Stance.CLAIMED, e.figures().get(0).stance());
    }

    @Test
    void aForceThatTrainedOrArmedTheAttackersIsNotTheAttacker() {
        Event e = onlyEvent("Gunmen equipped and funded by the United States downed a helicopter over Idlib, "
                + "killing its crew of five.", THURSDAY);
        assertTrue(e.perpetrators().stream().noneMatch(p -> p.name().equals("United States")), e::toString);
    }

    @Test
    void theSourceBeforeADashedAsideIsWhoReportsNotANameInsideTheAside() {
        Extraction x = extract("Turkey's foreign ministry—quoting figures shared with the United Nations—said 2,400 "
                + "people had died in the province that year.", THURSDAY);
        assertEquals("Turkish Foreign Ministry", x.aggregates().get(0).attributedTo(), x.aggregates()::toString);
    }
}
