package org.harmtrack.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class IncidentQueryTest {
    private static void rejected(String parameter, String value, Executable build) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, build);
        assertTrue(e.getMessage().contains(parameter) && e.getMessage().contains(value),
                "message should name " + parameter + " and " + value + ": " + e.getMessage());
    }

    @Test
    void theDefaultQueryHasNoFiltersAndALimitOf1000() {
        IncidentQuery q = IncidentQuery.all();
        assertNull(q.country());
        assertNull(q.near());
        assertNull(q.minKilled());
        assertEquals(1000, q.limit());
    }

    @Test
    void withMethodsChangeOneFilterAndKeepTheOthers() {
        IncidentQuery q = IncidentQuery.all().withCountry("ye").withMinKilled(5L).withLimit(7);
        assertEquals("YE", q.country());
        assertEquals(5L, q.minKilled());
        assertEquals(7, q.limit());
        assertEquals(new IncidentQuery.Near(1, 2, 3), q.withNear(1, 2, 3).near());
    }

    @Test
    void aRadiusOfZeroOrLessOrNotANumberIsRejectedNamingTheRadius() {
        rejected("radiusKm", "0.0", () -> IncidentQuery.all().withNear(0, 0, 0));
        rejected("radiusKm", "-5.0", () -> IncidentQuery.all().withNear(0, 0, -5));
        rejected("radiusKm", "NaN", () -> IncidentQuery.all().withNear(0, 0, Double.NaN));
        rejected("radiusKm", "Infinity", () -> IncidentQuery.all().withNear(0, 0, Double.POSITIVE_INFINITY));
    }

    @Test
    void aLatitudeOutsideMinus90To90IsRejectedNamingIt() {
        rejected("lat", "90.5", () -> IncidentQuery.all().withNear(90.5, 0, 1));
        rejected("lat", "-91.0", () -> IncidentQuery.all().withNear(-91, 0, 1));
    }

    @Test
    void aLongitudeOutsideMinus180To180IsRejectedNamingIt() {
        rejected("lon", "180.1", () -> IncidentQuery.all().withNear(0, 180.1, 1));
        rejected("lon", "-200.0", () -> IncidentQuery.all().withNear(0, -200, 1));
    }

    @Test
    void aStartAfterTheEndIsRejectedNamingBoth() {
        rejected("from", "2024-03-02", () -> IncidentQuery.all().withDates(LocalDate.of(2024, 3, 2),
                LocalDate.of(2024, 3, 1)));
        rejected("to", "2024-03-01", () -> IncidentQuery.all().withTo(LocalDate.of(2024, 3, 1))
                .withFrom(LocalDate.of(2024, 3, 2)));
    }

    @Test
    void aSingleDayRangeIsAccepted() {
        LocalDate d = LocalDate.of(2024, 3, 1);
        assertEquals(d, IncidentQuery.all().withDates(d, d).to());
    }

    @Test
    void aLimitOfZeroOrLessIsRejectedNamingIt() {
        rejected("limit", "0", () -> IncidentQuery.all().withLimit(0));
        rejected("limit", "-3", () -> IncidentQuery.all().withLimit(-3));
    }

    @Test
    void aNegativeMinKilledIsRejectedNamingIt() {
        rejected("minKilled", "-1", () -> IncidentQuery.all().withMinKilled(-1L));
    }

    @Test
    void aCountryThatIsNotTwoLettersIsRejectedNamingIt() {
        rejected("country", "SYR", () -> IncidentQuery.all().withCountry("SYR"));
        rejected("country", "S1", () -> IncidentQuery.all().withCountry("S1"));
    }
}
