package org.harmtrack.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.harmtrack.link.Corroboration;
import org.harmtrack.model.EventType;
import org.harmtrack.model.TargetKind;
import org.harmtrack.model.WeaponKind;
import org.junit.jupiter.api.Test;

class IncidentFiltersTest {
    private final List<String> lookedUp = new ArrayList<>();
    private final Function<String, Optional<String>> countries = name -> {
        lookedUp.add(name);
        return name.equalsIgnoreCase("Syria") ? Optional.of("SY") : Optional.empty();
    };

    private IncidentSearch read(Map<String, String> values) {
        return IncidentFilters.read(values::get, countries, 50);
    }

    @Test
    void everyFilterIsReadIntoTheSearch() {
        IncidentSearch s = read(Map.ofEntries(Map.entry("country", "Syria"), Map.entry("from", "2017-01-01"),
                Map.entry("to", " 2017-12-31 "), Map.entry("bbox", "30,35,38,43"), Map.entry("near", "36.2, 37.16"),
                Map.entry("within", "10"), Map.entry("perpetrator", "Russia"), Map.entry("min_killed", "5"),
                Map.entry("text", "market"), Map.entry("target", "hospital"), Map.entry("weapon", "cluster bombs"),
                Map.entry("type", "drone-strike"), Map.entry("grade", "Single Source"), Map.entry("sort", "-killed")));
        IncidentQuery q = s.filters();
        assertEquals("SY", q.country());
        assertEquals(LocalDate.of(2017, 1, 1), q.from());
        assertEquals(LocalDate.of(2017, 12, 31), q.to());
        assertEquals(new IncidentSearch.Box(30, 35, 38, 43), s.box());
        assertEquals(new IncidentQuery.Near(36.2, 37.16, 10), q.near());
        assertEquals("Russia", q.perpetrator());
        assertEquals(5L, q.minKilled());
        assertEquals("market", q.text());
        assertEquals(TargetKind.HEALTHCARE, q.target());
        assertEquals(WeaponKind.CLUSTER_MUNITIONS, q.weapon());
        assertEquals(EventType.DRONE_STRIKE, s.type());
        assertEquals(Corroboration.Grade.SINGLE_SOURCE, s.grade());
        assertEquals(IncidentSearch.Sort.KILLED_DESC, s.sort());
        assertEquals(50, q.limit());
    }

    @Test
    void aCodeIsTakenAsItIsAndOnlyANameIsLookedUp() {
        assertEquals("PS", read(Map.of("country", "ps")).filters().country());
        assertEquals(List.of(), lookedUp);
        IncidentSearch none = read(Map.of());
        assertNull(none.filters().country());
        assertNull(none.box());
        assertEquals(IncidentSearch.Sort.DATE, none.sort());
    }

    @Test
    void aValueAFilterDoesNotTakeIsNamedWithWhatItTakes() {
        Map<Map<String, String>, String> bad = Map.of(
                Map.of("country", "Atlantis"), "country",
                Map.of("from", "2017-13-01"), "from",
                Map.of("from", "2018-01-01", "to", "2017-01-01"), "from",
                Map.of("within", "5"), "within",
                Map.of("near", "95,10"), "near",
                Map.of("near", "1,2", "within", "-3"), "within",
                Map.of("bbox", "50,0,40,10"), "bbox",
                Map.of("min_killed", "-1"), "min_killed",
                Map.of("weapon", "ray gun"), "weapon",
                Map.of("text", "  "), "text");
        bad.forEach((values, filter) -> {
            IncidentFilters.BadFilter e = assertThrows(IncidentFilters.BadFilter.class, () -> read(values));
            assertEquals(filter, e.filter(), e::getMessage);
            assertTrue(e.getMessage().startsWith(filter + " "), e::getMessage);
        });
        IncidentFilters.BadFilter type = assertThrows(IncidentFilters.BadFilter.class,
                () -> read(Map.of("type", "earthquake")));
        assertTrue(type.expected().contains("airstrike") && type.value().equals("earthquake"), type::getMessage);
    }
}
