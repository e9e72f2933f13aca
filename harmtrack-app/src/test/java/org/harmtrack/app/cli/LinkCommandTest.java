package org.harmtrack.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.harmtrack.app.Cli;
import org.harmtrack.app.Resources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code harmtrack link} on the demo corpus, whose answer key (expected.md) says which reports are one strike. */
class LinkCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private List<Set<String>> link() throws IOException {
        Path input = dir.resolve("reports.jsonl");
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("org/harmtrack/demo/reports.jsonl")) {
            Files.copy(in, input);
        }
        Path output = dir.resolve("links.jsonl");
        Cli.Result r = Cli.run("link", "--input", input.toString(), "--output", output.toString());
        assertEquals(0, r.exitCode(), r::toString);
        List<Set<String>> groups = new ArrayList<>();
        for (String line : Files.readAllLines(output)) {
            JsonNode node = JSON.readTree(line);
            assertTrue(node.get("incident_id").asText().startsWith("inc:"), line);
            Set<String> ids = new TreeSet<>();
            node.get("article_ids").forEach(a -> ids.add(a.asText()));
            groups.add(ids);
            for (JsonNode f : node.get("figures")) {
                // every reconciled range says where its ends come from, and keeps its claims
                assertTrue(f.get("explanation").asText().startsWith("min " + f.get("min").asLong() + " "), line);
                assertTrue(f.get("claims").size() > 0, line);
            }
        }
        return groups;
    }

    private static Set<String> groupOf(List<Set<String>> groups, String id) {
        return groups.stream().filter(g -> g.contains(id)).findFirst().orElse(Set.of());
    }

    @Test
    void reportsOfOneStrikeAreLinkedAndOthersAreNot() throws IOException {
        List<Set<String>> groups = link();
        assertEquals(Set.of("demo-002", "demo-003", "demo-004"), groupOf(groups, "demo-002"));
        assertEquals(Set.of("demo-016", "demo-017", "demo-018"), groupOf(groups, "demo-016"));
        assertEquals(Set.of("demo-021", "demo-022"), groupOf(groups, "demo-021"));
        assertEquals(Set.of("demo-033", "demo-034"), groupOf(groups, "demo-033"));
        // aggregates only: no incident to link
        assertEquals(Set.of(), groupOf(groups, "demo-007"));
        // two events of one report (two strikes in two towns) stay two incidents
        assertEquals(2, groups.stream().filter(g -> g.contains("demo-020")).count());
    }

    @Test
    void aDocumentThatMakesExtractionThrowIsNamedAndTheOthersAreStillLinked() throws IOException {
        Path input = dir.resolve("reports.jsonl");
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("org/harmtrack/demo/reports.jsonl")) {
            Files.copy(in, input);
        }
        Resources resources = new Resources();
        resources.wrapExtraction(extract -> doc -> {
            if (doc.id().equals("demo-003")) {
                throw new IllegalArgumentException("broken on purpose");
            }
            return extract.apply(doc);
        });

        Cli.Result r = Cli.run(resources, "link", "--input", input.toString());

        assertEquals(ExitCodes.SOME_INPUT_SKIPPED, r.exitCode(), r::toString);
        assertTrue(r.err().contains("demo-003") && r.err().contains("broken on purpose"), r::toString);
        assertTrue(r.out().contains("\"demo-002\"") && r.out().contains("\"demo-004\""), r::toString);
        assertFalse(r.out().contains("\"demo-003\""), r::toString);
    }

    @Test
    void aMissingInputIsNamedAndFails() {
        Cli.Result r = Cli.run("link", "--input", dir.resolve("nothing.jsonl").toString());
        assertTrue(r.exitCode() != 0, r::toString);
        assertTrue(r.err().contains("nothing.jsonl"), r::toString);
    }
}
