package org.harmtrack.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PersistenceTest {
    @TempDir
    Path dir;

    @Test
    void reopeningTheDatabaseFolderKeepsArticlesIncidentsAndAggregates() {
        try (IncidentStore store = TestStores.open(dir)) {
            store.ingest(Fixtures.marketDocument(), Fixtures.marketExtraction());
        }

        try (IncidentStore reopened = TestStores.open(dir)) {
            assertEquals(1, reopened.articleCount());
            assertEquals(3, reopened.incidentCount());
            assertEquals(Fixtures.fullyPopulatedEvent(), reopened.incidents(IncidentQuery.all()).get(0).event());
            assertEquals(2, reopened.aggregates("market-2019").size());
            assertEquals(IngestOutcome.UNCHANGED,
                    reopened.ingest(Fixtures.marketDocument(), Fixtures.marketExtraction()),
                    "the text hash survives too");
        }
    }

    @Test
    void theDatabaseIsCreatedInsideTheGivenFolderEvenIfItDoesNotExistYet() {
        Path folder = dir.resolve("nested/data");
        TestStores.quiet();
        try (IncidentStore store = IncidentStore.openH2(folder)) {
            assertEquals(0, store.articleCount());
        }
        assertTrue(Files.exists(folder.resolve(H2IncidentStore.DATABASE_NAME + ".mv.db")));
    }

    @Test
    void storesInDifferentFoldersAreIndependent() {
        try (IncidentStore a = TestStores.open(dir.resolve("a"));
             IncidentStore b = TestStores.open(dir.resolve("b"))) {
            a.ingest(Fixtures.marketDocument(), Fixtures.marketExtraction());
            assertEquals(1, a.articleCount());
            assertEquals(0, b.articleCount());
        }
    }
}
