package org.harmtrack.extract;

import static org.harmtrack.extract.Extractions.exactly;
import static org.harmtrack.extract.Extractions.extract;
import static org.harmtrack.extract.Extractions.figure;
import static org.harmtrack.extract.Extractions.figures;
import static org.harmtrack.extract.Extractions.onlyEvent;
import static org.harmtrack.extract.Extractions.range;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.harmtrack.model.Event;
import org.harmtrack.model.Extraction;
import org.harmtrack.model.Figure;
import org.harmtrack.model.Measure;
import org.harmtrack.model.VictimCategory;
import org.junit.jupiter.api.Test;

/** Casualty figures as {@link IncidentExtractor#extract} reports them: the figure reader and the toll counter. */
class CasualtyFiguresTest {

    @Test
    void readsKilledAndInjuredFromOneSentence() {
        Event e = onlyEvent("At least 12 civilians were killed and 30 injured in an airstrike on Saraqib.");
        assertEquals(exactly(12), e.killed());
        assertEquals(exactly(30), e.injured());
        assertEquals(exactly(12), e.civiliansKilled());
        assertNull(e.childrenKilled());
        Figure civilians = figure(e, Measure.KILLED, VictimCategory.CIVILIANS);
        assertTrue(civilians.approximate(), "'at least' hedges the figure");
        assertFalse(figure(e, Measure.INJURED, VictimCategory.ALL).approximate());
    }

    @Test
    void readsATollAfterAKillingVerb() {
        Event e = onlyEvent("A drone strike hit a car near Mir Ali, killing 8 fighters.");
        assertEquals(exactly(8), e.killed());
        assertEquals(exactly(8), e.combatantsKilled());
        assertNull(e.civiliansKilled());
        assertNull(e.injured(), "no injury figure is unknown, not 0");
    }

    @Test
    void readsNumberWordsAndVagueWords() {
        assertEquals(exactly(25), onlyEvent("Twenty-five people were killed when jets bombed Saraqib.").killed());
        Event dozens = onlyEvent("Dozens of civilians were killed when warplanes bombed a market in Saraqib.");
        assertEquals(range(12, 99), dozens.killed());
        assertTrue(figure(dozens, Measure.KILLED, VictimCategory.CIVILIANS).approximate());
    }

    @Test
    void killedAndInjuredCountsAreTwoFiguresNotARange() {
        Event e = onlyEvent("An airstrike on Saraqib killed 5 and injured 10.");
        assertEquals(exactly(5), e.killed());
        assertEquals(exactly(10), e.injured());
    }

    @Test
    void aBreakdownDoesNotAddToTheToll() {
        Event e = onlyEvent("An airstrike on Saraqib killed 10 people, including 4 children.");
        assertEquals(exactly(10), e.killed());
        assertEquals(exactly(4), e.childrenKilled());
    }

    @Test
    void aBreakdownInALaterSentenceDoesNotAddToTheToll() {
        Event e = onlyEvent("An airstrike on Saraqib killed 9 people. Three children were among the dead.");
        assertEquals(exactly(9), e.killed());
        assertEquals(exactly(3), e.childrenKilled());
    }

    @Test
    void xOfTheDeadIsABreakdown() {
        Event e = onlyEvent("An airstrike on Saraqib killed 9 people. Three of the dead were children.");
        assertEquals(exactly(9), e.killed());
        assertEquals(exactly(3), e.childrenKilled());
    }

    @Test
    void twoGroupsInOneSentenceAddUp() {
        Event e = onlyEvent("3 soldiers and 5 rebels were killed in clashes near Saraqib.");
        assertEquals(exactly(8), e.killed());
    }

    @Test
    void civiliansAndFightersInOneSentenceAddUp() {
        Event e = onlyEvent("An airstrike on Saraqib killed 4 civilians and 6 fighters.");
        assertEquals(exactly(10), e.killed());
        assertEquals(exactly(4), e.civiliansKilled());
        assertEquals(exactly(6), e.combatantsKilled());
    }

    @Test
    void combatantsOfTwoPartiesInOneSentenceAddUp() {
        Event e = onlyEvent("3 soldiers and 5 rebels were killed in clashes near Saraqib.");
        assertEquals(exactly(8), e.combatantsKilled());
    }

    @Test
    void twoTellingsOfOneTollAcrossSentencesGiveARange() {
        Event e = onlyEvent("Airstrike kills at least six in Saraqib\n"
                + "An airstrike on Saraqib on Tuesday killed 6-8 people, residents said.");
        assertEquals(range(6, 8), e.killed());
        assertEquals(2, figures(e, Measure.KILLED).size());
    }

    @Test
    void aLaterAdditionalTollAddsToTheEarlierOne() {
        Event e = onlyEvent("An airstrike on Saraqib killed 5 people. Another 2 people died in hospital later.");
        assertEquals(exactly(7), e.killed());
    }

    @Test
    void anExplicitZeroIsAFigureOfZero() {
        Event e = onlyEvent("Shelling hit Mir Ali on Monday. No fatalities were reported.");
        assertEquals(exactly(0), e.killed());
        Figure zero = figure(e, Measure.KILLED, VictimCategory.ALL);
        assertEquals(exactly(0), zero.count());
    }

    @Test
    void noCasualtiesMeansNoneKilledAndNoneInjured() {
        Event e = onlyEvent("An airstrike hit an empty depot near Saraqib, causing no casualties.");
        assertEquals(exactly(0), e.killed());
        assertEquals(exactly(0), e.injured());
    }

    @Test
    void aZeroDoesNotOverrideAToll() {
        Event e = onlyEvent("An airstrike on Saraqib killed 3 people. No injuries were reported.");
        assertEquals(exactly(3), e.killed());
        assertEquals(exactly(0), e.injured());
    }

    @Test
    void aFamilyCountsItsMembers() {
        assertEquals(exactly(9), onlyEvent("A family of 9 was killed in an airstrike on Saraqib.").killed());
        assertEquals(exactly(9), onlyEvent("An airstrike on Saraqib killed a family of 9.").killed());
    }

    @Test
    void aSingularVictimCountsOne() {
        assertEquals(exactly(1), onlyEvent("A drone strike near Mir Ali killed a shepherd.").killed());
    }

    @Test
    void countsOfTanksAreNotCasualties() {
        Event e = onlyEvent("An airstrike destroyed 3 tanks near Saraqib.");
        assertNull(e.killed());
        assertTrue(e.figures().isEmpty(), e.figures()::toString);
    }

    @Test
    void countsOfSortiesAreNotCasualties() {
        Event e = onlyEvent("Jets flew 40 sorties and struck Saraqib, killing 2 civilians.");
        assertEquals(exactly(2), e.killed());
        assertTrue(e.figures().stream().noneMatch(f -> f.count().max() == 40), e.figures()::toString);
    }

    @Test
    void yearsAndAgesAreNotCasualties() {
        Event e = onlyEvent("Residents who had farmed there for 20 years said a 14-year-old boy and 3 men were "
                + "killed when a drone struck Mir Ali.");
        assertTrue(e.figures().stream().noneMatch(f -> f.count().max() == 20 || f.count().max() == 14),
                e.figures()::toString);
        assertTrue(e.killed().min() >= 3 && e.killed().max() <= 4, e.killed()::toString);
    }

    @Test
    void figureSpansPointAtTheFiguresCharacters() {
        String text = "Jets struck Saraqib on Tuesday. At least 12 civilians were killed and 30 injured, "
                + "the health ministry said.";
        Event e = onlyEvent(text);
        Figure killed = figure(e, Measure.KILLED, VictimCategory.CIVILIANS);
        String killedText = killed.span().of(text);
        assertTrue(killedText.contains("12"), killedText);
        assertTrue(killed.span().start() >= text.indexOf("At least"), killedText);
        assertTrue(killed.span().end() <= text.indexOf(" were killed") + " were killed".length(), killedText);
        Figure injured = figure(e, Measure.INJURED, VictimCategory.ALL);
        String injuredText = injured.span().of(text);
        assertTrue(injuredText.contains("30"), injuredText);
        assertFalse(injuredText.contains("12"), injuredText);
    }

    @Test
    void evidenceCoversTheSentencesOfTheIncident() {
        String text = "An airstrike on Saraqib killed 4 people.";
        Event e = onlyEvent(text);
        assertEquals(1, e.evidence().size());
        assertEquals(text, e.evidence().get(0).of(text));
    }

    @Test
    void aTextWithoutFiguresOrAttacksHasNoEvents() {
        Extraction x = extract("The market in Saraqib reopened on Tuesday after repairs.");
        assertTrue(x.events().isEmpty(), x.events()::toString);
        assertTrue(x.aggregates().isEmpty());
    }

    @Test
    void aCountedPersonWhoTellsIsNoVictim() {
        Event e = onlyEvent("Shells hit a car outside Saraqib, killing two men, a local official said.");
        assertEquals(exactly(2), e.killed());
        assertEquals(1, figures(e, Measure.KILLED).size(), e.figures()::toString);
    }

    @Test
    void theNumbersOfAnImpossibleDateAndABareYearAreNoCounts() {
        Extraction x = extract("A strike killed 4 civilians in Saraqib on 31 February 2019.");
        assertEquals(exactly(4), x.events().get(0).killed());
        assertTrue(x.events().get(0).date() == null || x.events().get(0).date().start() == null);
        assertTrue(x.aggregates().isEmpty(), x.aggregates()::toString);
        Extraction year = extract("The raids of 2019 killed 40 civilians in Saraqib.");
        assertEquals(exactly(40), year.events().get(0).killed());
        assertTrue(year.aggregates().isEmpty(), year.aggregates()::toString);
    }

    @Test
    void aReadingPastItsTimeBudgetStopsAndSaysWhichDocument() {
        org.harmtrack.model.Document doc = org.harmtrack.model.Document.of("slow",
                "Shells hit Saraqib, killing 3 people. A drone struck Idlib, killing 2.", null);
        IncidentExtractor extractor = new IncidentExtractor(org.harmtrack.gazetteer.FixtureGazetteer.geoparser());
        ExtractionOverBudget over = org.junit.jupiter.api.Assertions.assertThrows(ExtractionOverBudget.class,
                () -> extractor.extract(doc, java.time.Duration.ZERO));
        assertTrue(over.getMessage().contains("slow"), over::getMessage);
        assertEquals(extractor.extract(doc), extractor.extract(doc, java.time.Duration.ofMinutes(1)));
    }

    @Test
    void aTextGivingMoreFiguresThanAnyReportIsStoppedAndSaysWhy() {
        String repeated = "A shell killed 2 in Ariha. ".repeat(IncidentExtractor.MAX_FIGURES + 10);
        org.harmtrack.model.Document doc = org.harmtrack.model.Document.of("looped", repeated, null);
        IncidentExtractor extractor = new IncidentExtractor(org.harmtrack.gazetteer.FixtureGazetteer.geoparser());
        ExtractionOverBudget over = org.junit.jupiter.api.Assertions.assertThrows(ExtractionOverBudget.class,
                () -> extractor.extract(doc, java.time.Duration.ofMinutes(5)));
        assertTrue(over.reason().contains("casualty figures"), over::getMessage);
        assertTrue(over.getMessage().contains("looped"), over::getMessage);
        // within the cap the same text reads as before
        org.harmtrack.model.Document shorter = org.harmtrack.model.Document.of("short", "A shell killed 2 in Ariha. "
                .repeat(50), null);
        assertEquals(extractor.extract(shorter), extractor.extract(shorter, java.time.Duration.ofMinutes(5)));
    }
}
