package org.harmtrack.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class DetailWordsTest {
    @Test
    void spellingsOfOneThingShareAKey() {
        assertEquals(Set.of("house", "vehicle", "madrassa"),
                DetailWords.of("Missiles hit a home, two cars and a madrasa."));
    }

    @Test
    void spellingsOfOneVillageShareASkeleton() {
        assertTrue(DetailWords.names("a strike in Shalam Raghzai").contains("slmrgz"));
        assertTrue(DetailWords.names("killed in Shalam Ragzhai, South Waziristan").contains("slmrgz"));
        assertTrue(DetailWords.names("a house in Janikhel").stream()
                .anyMatch(DetailWords.names("killed in Janni Khel")::contains));
    }

    @Test
    void sentenceStartsAndCommonWordsAreNotNames() {
        assertEquals(Set.of(), DetailWords.names("Taliban fighters were killed in North Waziristan on Monday."));
    }

    @Test
    void onlyNamesAPlaceWordLeadsToArePlaceNames() {
        assertEquals(Set.of("spnwm"), DetailWords.placeNames("a car owned by Hazrat Gul near Spinwam"));
    }

    @Test
    void theOrdinalOfAStrikeIsRead() {
        assertEquals(2, DetailWords.ordinal("The second strike of the day killed 4 people."));
        assertEquals(1, DetailWords.ordinal("In the first of 3 strikes, a drone destroyed a car."));
        assertEquals(0, DetailWords.ordinal("A strike killed 4 people."));
    }
}
