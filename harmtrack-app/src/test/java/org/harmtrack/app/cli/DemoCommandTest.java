package org.harmtrack.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.harmtrack.app.Cli;
import org.junit.jupiter.api.Test;

class DemoCommandTest {
    private static Set<Path> demoFolders() throws IOException {
        try (Stream<Path> s = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return s.filter(p -> p.getFileName().toString().startsWith("harmtrack-demo-")).collect(Collectors.toSet());
        }
    }

    @Test
    void demoIngestsTheBundledCorpusPrintsTheIncidentsSaysTheyAreSyntheticAndDeletesItsTemporaryDatabase()
            throws IOException {
        Set<Path> before = demoFolders();

        Cli.Result r = Cli.run("demo");

        assertEquals(ExitCodes.OK, r.exitCode(), r::toString);
        assertTrue(r.err().contains("35 documents: 35 stored"), r::toString);
        assertTrue(r.out().startsWith("incident "), r::toString);
        assertTrue(r.out().contains("inc:demo-001.1") && r.out().contains("Ar Raqqah, SY"), r::toString);
        // the three reports of the Mayadin strike are one incident
        assertTrue(r.out().lines().anyMatch(l -> l.contains("Al Mayādīn") && l.contains("acknowledged")
                && l.matches(".*\\s3\\s.*")), r::toString);
        assertTrue(r.out().lines().anyMatch(l -> l.matches("\\d+ incidents")), r::toString);
        assertTrue(r.out().contains("synthetic"), r::toString);
        assertTrue(before.containsAll(demoFolders()), "the temporary database is left behind");
    }
}
