package org.harmtrack.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Campaign figures by period, for comparing official and other claims with the incidents. */
class AggregateWindowTest {
    @TempDir
    Path dir;

    private static List<String> measures(List<StoredAggregate> aggregates) {
        return aggregates.stream().map(a -> a.aggregate().measure()).toList();
    }

    @Test
    void aPeriodOverlappingTheWindowCountsAndOneWithoutAPeriodIsAlwaysBeside() {
        try (IncidentStore store = TestStores.open(dir)) {
            store.ingest(Fixtures.marketDocument(), Fixtures.marketExtraction());
            // the coalition's 2015..2019-07-24 count, and "100 to 200 bombs" with no period
            assertEquals(List.of("airstrikes", "bombs"), measures(store.aggregates(LocalDate.of(2019, 7, 1), null)));
            assertEquals(List.of("airstrikes", "bombs"), measures(store.aggregates(null, LocalDate.of(2015, 1, 1))));
            assertEquals(List.of("bombs"), measures(store.aggregates(LocalDate.of(2019, 7, 25), null)));
            assertEquals(List.of("bombs"), measures(store.aggregates(null, LocalDate.of(2014, 12, 31))));
            StoredAggregate strikes = store.aggregates(null, null).get(0);
            assertEquals("market-2019", strikes.documentId());
            assertEquals(List.of("Syria", "Iraq"), strikes.aggregate().places());
            assertEquals("US-led coalition", strikes.aggregate().perpetrators().get(0).name());
        }
    }

    @Test
    void aWindowEndingBeforeItStartsIsRefused() {
        try (IncidentStore store = TestStores.open(dir)) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> store.aggregates(LocalDate.of(2020, 1, 2), LocalDate.of(2020, 1, 1)));
            assertEquals("from must not be after to: from=2020-01-02 to=2020-01-01", e.getMessage());
        }
    }
}
