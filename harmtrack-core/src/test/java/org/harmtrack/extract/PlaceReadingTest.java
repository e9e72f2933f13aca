package org.harmtrack.extract;

import static org.harmtrack.extract.Extractions.onlyEvent;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.harmtrack.gazetteer.FixtureGazetteer;
import org.harmtrack.model.Event;
import org.harmtrack.model.PlacePrecision;
import org.junit.jupiter.api.Test;

/** Which place an incident gets when its report names several. Fixtures are the project's own. */
class PlaceReadingTest {

    @Test
    void aReferencePlaceOnlyLocatesTheNameBeforeIt() {
        Event e = onlyEvent("A drone strike hit a car in Saraqib, west of Idlib, on 5 March 2021, killing two men.");
        assertEquals(FixtureGazetteer.SARAQIB, e.place().geonamesId());
    }

    @Test
    void aPlaceOneTravelledToIsNotWhereTheHarmHappened() {
        Event e = onlyEvent("A helicopter returning from delivering aid to Hama was shot down over Saraqib, killing five.");
        assertEquals(FixtureGazetteer.SARAQIB, e.place().geonamesId());
    }

    @Test
    void aPersonsNameIsNotAPlace() {
        Event e = onlyEvent("An airstrike on Khan Yunis killed 4 civilians, including 11-year-old Tripoli Abu Salem.");
        assertNotNull(e.place());
        assertEquals("PS", e.place().country());
    }

    @Test
    void aFamilyNameIsNotAPlace() {
        assertNull(onlyEvent("An airstrike hit the home of the Tripoli family, killing 5 people.").place());
        Event e = onlyEvent("An airstrike hit the home of the Tripoli family, killing 5 people, residents of Khan Yunis said.");
        assertEquals(FixtureGazetteer.KHAN_YUNIS, e.place().geonamesId());
    }

    @Test
    void aNewsOutletIsNotAPlace() {
        assertNull(onlyEvent("Tripoli News reported that an airstrike on a house killed 5 people.").place());
    }

    @Test
    void anUnknownVillageFallsBackToTheTownItIsNear() {
        Event e = onlyEvent("Jets struck the village of Tell Zaytun near Saraqib, killing 3 civilians.");
        assertEquals(FixtureGazetteer.SARAQIB, e.place().geonamesId());
        assertEquals(PlacePrecision.NEAR, e.place().precision());
        assertEquals("Tell Zaytun", e.place().text());
    }

    @Test
    void aGroupThatFightsAtHomeTellsTheCountry() {
        Event e = onlyEvent("HTS fighters clashed with regime forces in Tal Safra. No fatalities were reported.");
        assertNotNull(e.place());
        assertEquals(FixtureGazetteer.TAL_SAFRA_SY, e.place().geonamesId());
        assertNotEquals(FixtureGazetteer.TAL_SAFRA_IQ, e.place().geonamesId());
    }

    @Test
    void aProvinceSeatNamedLikeItsProvinceGivesWayToTheTownOfTheStrike() {
        Event e = onlyEvent("Jets pounded Idlib on Sunday. Their bombs fell on the crowded souk of Saraqib, "
                + "killing 7 shoppers.");
        assertEquals(FixtureGazetteer.SARAQIB, e.place().geonamesId());
        Event city = onlyEvent("Jets pounded Idlib city on Sunday. Their bombs also shook Saraqib; in Idlib 7 "
                + "shoppers were killed.");
        assertEquals(FixtureGazetteer.IDLIB, city.place().geonamesId());
    }

    @Test
    void theDocumentsCountryNamedInPassingDoesNotReplaceATownAbroad() {
        Event e = onlyEvent("Ministers want a free hand in Syria. Critics of the plan for Syria say the last war taught "
                + "nothing. A shopkeeper in Mosul, in Iraq, said 12 civilians died when bombs hit his street, as jets struck "
                + "again and again, and the talk of Syria went on.");
        assertEquals(FixtureGazetteer.MOSUL, e.place().geonamesId());
    }
}
