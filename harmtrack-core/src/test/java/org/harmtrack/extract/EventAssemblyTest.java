package org.harmtrack.extract;

import static org.harmtrack.extract.Extractions.exactly;
import static org.harmtrack.extract.Extractions.extract;
import static org.harmtrack.extract.Extractions.onlyEvent;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.harmtrack.gazetteer.FixtureGazetteer;
import org.harmtrack.model.Aggregate;
import org.harmtrack.model.DateGranularity;
import org.harmtrack.model.Event;
import org.harmtrack.model.EventType;
import org.harmtrack.model.Extraction;
import org.harmtrack.model.PlacePrecision;
import org.junit.jupiter.api.Test;

/** How sentences become events and aggregates: incidents, places, dates, campaign figures. */
class EventAssemblyTest {

    // --- incidents ---

    @Test
    void twoIncidentsInTwoVillagesOnTwoDaysAreTwoEvents() {
        String text = "A drone strike on a house in Miran Shah on Monday killed 4 people. "
                + "On Wednesday, a second drone strike hit a car in Mir Ali, killing 3 people.";
        Extraction x = extract(text, LocalDate.of(2012, 5, 10));
        assertEquals(2, x.events().size(), x.events()::toString);
        Event first = x.events().get(0);
        Event second = x.events().get(1);
        assertEquals(FixtureGazetteer.MIRAN_SHAH, first.place().geonamesId());
        assertEquals(exactly(4), first.killed());
        assertEquals(LocalDate.of(2012, 5, 7), first.date().start());
        assertEquals(FixtureGazetteer.MIR_ALI, second.place().geonamesId());
        assertEquals(exactly(3), second.killed());
        assertEquals(LocalDate.of(2012, 5, 9), second.date().start());
    }

    @Test
    void aHeadlineAndABodyTellingOneStrikeAreOneEvent() {
        String text = "Drone kills 4 in Mir Ali\n"
                + "Two missiles from a US drone struck a house in Mir Ali on Tuesday, killing 4 people. "
                + "Officials said the house belonged to a local elder.";
        Event e = onlyEvent(text);
        assertEquals(exactly(4), e.killed());
        assertEquals(FixtureGazetteer.MIR_ALI, e.place().geonamesId());
    }

    @Test
    void anEventTakesTheTypeOfItsWords() {
        assertEquals(EventType.DRONE_STRIKE, onlyEvent("A drone strike near Mir Ali killed 2 people.").type());
        assertEquals(EventType.AIRSTRIKE, onlyEvent("Warplanes bombed Saraqib, killing 2 people.").type());
        assertEquals(EventType.SHELLING, onlyEvent("Artillery shelling on Saraqib killed 2 people.").type());
    }

    // --- places ---

    @Test
    void anEventTakesTheMostSpecificPlaceNamed() {
        Event e = onlyEvent("In Syria, an airstrike in Rural Damascus hit Douma, killing 5 people.");
        assertEquals(FixtureGazetteer.DOUMA, e.place().geonamesId());
        assertEquals(PlacePrecision.LOCALITY, e.place().precision());
        assertEquals("Rif Dimashq", e.place().admin1());
        assertEquals("SY", e.place().country());
    }

    @Test
    void anEventPlaceCarriesTheMentionAndTheGazetteerName() {
        String text = "Shelling hit al-Shaddadi, killing 2 people.";
        Event e = onlyEvent(text);
        assertEquals("al-Shaddadi", e.place().text());
        assertEquals("Ash Shaddadi", e.place().name());
        assertEquals("al-Shaddadi", e.place().span().of(text));
        assertEquals("Al-Hasakah", e.place().admin1());
    }

    @Test
    void anUnknownVillageNearAKnownTownIsPlacedNearIt() {
        Event e = onlyEvent("An airstrike on the village of Kafr Zorbat near Saraqib killed 3 people.");
        assertEquals(FixtureGazetteer.SARAQIB, e.place().geonamesId());
        assertEquals(PlacePrecision.NEAR, e.place().precision());
        assertEquals("Kafr Zorbat", e.place().text());
    }

    @Test
    void anUnknownVillageNamedInAnAppositionIsPlacedNearTheTownItDescribes() {
        Event e = onlyEvent("A raid on a house in Kafr Zorbat, a small village near Saraqib, killed 3 people.");
        assertEquals(FixtureGazetteer.SARAQIB, e.place().geonamesId());
        assertEquals(PlacePrecision.NEAR, e.place().precision());
        assertEquals("Kafr Zorbat", e.place().text());
    }

    @Test
    void aNamedProvinceDoesNotOutrankTheVillageOfTheStrike() {
        Event e = onlyEvent("Jets flew over Idlib province and struck Saraqib, killing 2 civilians.");
        assertEquals(FixtureGazetteer.SARAQIB, e.place().geonamesId());
    }

    @Test
    void aTextWithoutKnownPlacesHasANullPlace() {
        Event e = onlyEvent("An airstrike killed 3 people.");
        assertNull(e.place());
    }

    // --- dates ---

    @Test
    void aWeekdayResolvesAgainstThePublicationDate() {
        String text = "An airstrike on Saraqib on Tuesday killed 3 people.";
        Event e = onlyEvent(text, LocalDate.of(2024, 3, 14)); // a Thursday
        assertEquals(LocalDate.of(2024, 3, 12), e.date().start());
        assertEquals(LocalDate.of(2024, 3, 12), e.date().end());
        assertEquals(DateGranularity.DAY, e.date().granularity());
        assertEquals("Tuesday", e.date().span().of(text));
    }

    @Test
    void anExplicitDateNeedsNoPublicationDate() {
        Event e = onlyEvent("On 3 March 2024, an airstrike on Saraqib killed 3 people.", null);
        assertEquals(LocalDate.of(2024, 3, 3), e.date().start());
    }

    @Test
    void theDayAStatementWasMadeIsNotTheDayOfTheStrike() {
        String text = "The military admitted on Monday that 2 civilians were killed in an airstrike on Saraqib "
                + "on 5 February 2024.";
        Event e = onlyEvent(text, LocalDate.of(2024, 3, 14));
        assertEquals(LocalDate.of(2024, 2, 5), e.date().start());
        assertEquals("5 February 2024", e.date().span().of(text));
    }

    @Test
    void aStatementDayIsStillTheOnlyDayWhenNoOtherIsNamed() {
        Event e = onlyEvent("Officials said on Tuesday that an airstrike on Saraqib killed 3 people.",
                LocalDate.of(2024, 3, 14));
        assertEquals(LocalDate.of(2024, 3, 12), e.date().start());
    }

    @Test
    void withoutADateInTheTextTheEventTakesThePublicationDate() {
        Event e = onlyEvent("An airstrike on Saraqib killed 3 people.", LocalDate.of(2024, 3, 14));
        assertEquals(LocalDate.of(2024, 3, 14), e.date().start());
        assertEquals("", e.date().text());
        assertNull(e.date().span());
    }

    @Test
    void withoutAPublicationDateOrAnExplicitDateTheDateIsNull() {
        assertNull(onlyEvent("A drone strike hit a compound in Mir Ali, killing 5 people.", null).date());
    }

    @Test
    void aWeekdayWithoutAnyAnchorLeavesTheDateNull() {
        Event e = onlyEvent("A drone strike hit a compound in Mir Ali on Tuesday, killing 5 people.", null);
        assertTrue(e.date() == null || !e.date().isResolved(), () -> String.valueOf(e.date()));
    }

    // --- aggregates ---

    @Test
    void aCampaignStrikeCountIsAnAggregateNotAnEvent() {
        String text = "The coalition conducted 34,573 airstrikes between August 2014 and August 2019 in Iraq and Syria.";
        Extraction x = extract(text, LocalDate.of(2019, 9, 1));
        assertTrue(x.events().isEmpty(), x.events()::toString);
        assertEquals(1, x.aggregates().size(), x.aggregates()::toString);
        Aggregate a = x.aggregates().get(0);
        assertEquals("airstrikes", a.measure());
        assertEquals(exactly(34_573), a.count());
        assertTrue(a.span().of(text).contains("34,573"), a.span().of(text));
        assertEquals(LocalDate.of(2014, 8, 1), a.period().start());
        assertEquals(LocalDate.of(2019, 8, 31), a.period().end());
        assertEquals(List.of("Iraq", "Syria"), a.places());
        assertEquals(List.of("US-led coalition"), a.perpetrators().stream().map(p -> p.name()).toList());
    }

    @Test
    void aCampaignBombCountIsAnAggregateNotAnEvent() {
        String text = "Since 2015, coalition jets have dropped more than 3,700 bombs on Mosul, the monitor said.";
        Extraction x = extract(text, LocalDate.of(2019, 9, 1));
        assertTrue(x.events().isEmpty(), x.events()::toString);
        assertEquals(1, x.aggregates().size(), x.aggregates()::toString);
        Aggregate a = x.aggregates().get(0);
        assertEquals("bombs", a.measure());
        assertEquals(exactly(3_700), a.count());
        assertEquals(List.of("Mosul"), a.places());
    }

    @Test
    void aBombCountBesideAnIncidentTollIsNotPartOfTheToll() {
        Extraction x = extract("Jets dropped more than 3,700 bombs on Mosul. One strike on a house killed 6 people.",
                LocalDate.of(2017, 5, 1));
        assertEquals(1, x.events().size(), x.events()::toString);
        assertEquals(exactly(6), x.events().get(0).killed());
        assertTrue(x.aggregates().stream().anyMatch(a -> a.measure().equals("bombs") && a.count().min() == 3_700));
    }

    @Test
    void aBombCountAloneIsNeverAnEvent() {
        Extraction x = extract("US jets dropped more than 3,700 bombs on Mosul.", LocalDate.of(2019, 9, 1));
        assertEquals(1, x.aggregates().size());
        assertTrue(x.events().isEmpty(), x.events()::toString);
    }

    @Test
    void aDeathTollOverYearsIsAnAggregate() {
        String text = "Fighting has killed more than 3,000 people in Idlib province since 2015, the monitor said.";
        Extraction x = extract(text, LocalDate.of(2017, 5, 1));
        assertTrue(x.events().isEmpty(), x.events()::toString);
        assertEquals(1, x.aggregates().size());
        Aggregate a = x.aggregates().get(0);
        assertEquals("killed", a.measure());
        assertEquals(exactly(3_000), a.count());
        assertEquals(LocalDate.of(2015, 1, 1), a.period().start());
    }
}
