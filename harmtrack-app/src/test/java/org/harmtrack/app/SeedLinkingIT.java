package org.harmtrack.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.harmtrack.app.cli.Databases;
import org.harmtrack.extract.IncidentExtractor;
import org.harmtrack.gazetteer.GeoBias;
import org.harmtrack.link.ReportedEvent;
import org.harmtrack.model.Document;
import org.harmtrack.model.Range;
import org.harmtrack.store.Comparison;
import org.harmtrack.store.IncidentQuery;
import org.harmtrack.store.IncidentStore;
import org.harmtrack.store.IngestOutcome;
import org.harmtrack.store.LinkedIncident;
import org.harmtrack.store.StoredAggregate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seed articles stored twice, in either order: the same incidents; and the coalition's campaign totals
 * beside them in {@code compare}. The articles carry no publication date; each is given the same one here, so
 * that their weekdays resolve and the linker has dated reports to compare. Skipped where the shared material is
 * not beside the repository.
 */
class SeedLinkingIT {
    private static final LocalDate PUBLISHED = LocalDate.of(2019, 9, 30);
    private static final List<Document> DOCUMENTS = new ArrayList<>();
    private static Resources resources;

    @TempDir
    Path dir;

    @BeforeAll
    static void readSeedArticles() throws IOException {
        Path folder = Path.of(System.getProperty("harmtrack.shared", "../../shared"), "samples", "seed-articles");
        assumeTrue(Files.isDirectory(folder), "no seed articles at " + folder);
        try (Stream<Path> files = Files.list(folder)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                String text = Files.readString(p, StandardCharsets.UTF_8);
                DOCUMENTS.add(new Document(p.getFileName().toString(), text, PUBLISHED, null, null, null));
            }
        }
        resources = new Resources();
    }

    private IncidentStore ingest(String name, List<Document> order, List<Document> again) {
        IncidentExtractor extractor = resources.extractor(GeoBias.NONE);
        IncidentStore store = Databases.openOrCreate(dir.resolve(name));
        order.forEach(d -> store.ingest(d, extractor.extract(d)));
        for (Document d : again) {
            assertEquals(IngestOutcome.UNCHANGED, store.ingest(d, extractor.extract(d)), d.id());
        }
        return store;
    }

    /** Each incident as the set of its reports' keys ("doc#0"). */
    private static Set<Set<String>> grouping(IncidentStore store) {
        return store.linkedIncidents(IncidentQuery.all().withLimit(Integer.MAX_VALUE)).stream()
                .map(i -> i.incident().events().stream().map(ReportedEvent::key)
                        .collect(Collectors.toCollection(TreeSet::new)))
                .collect(Collectors.toSet());
    }

    @Test
    void theSeedArticlesTwiceInEitherOrderGiveTheSameIncidents() {
        List<Document> reversed = new ArrayList<>(DOCUMENTS);
        Collections.reverse(reversed);
        try (IncidentStore forward = ingest("forward", DOCUMENTS, DOCUMENTS);
             IncidentStore backward = ingest("backward", reversed, DOCUMENTS)) {
            Set<Set<String>> incidents = grouping(forward);
            assertEquals(incidents, grouping(backward));
            assertEquals(forward.incidentCount(), incidents.stream().mapToInt(Set::size).sum(),
                    "every report in exactly one incident");
            for (LinkedIncident i : forward.linkedIncidents(IncidentQuery.all())) {
                // an incident's id names one of its own reports
                String named = i.id().substring("inc:".length(), i.id().lastIndexOf('.'));
                assertTrue(i.incident().articleIds().contains(named), i.id());
            }
        }
    }

    @Test
    void theCoalitionsCampaignTotalsAreOfficialClaimsBesideTheIncidents() {
        try (IncidentStore store = ingest("compare", DOCUMENTS, List.of())) {
            Comparison.Result syria = new Comparison(store, resources.gazetteer())
                    .compare("SY", LocalDate.of(2014, 8, 1), LocalDate.of(2019, 8, 31));
            Set<String> official = new TreeSet<>();
            for (StoredAggregate a : syria.official()) {
                official.add(a.aggregate().measure() + " " + a.aggregate().count() + " " + a.aggregate().attributedTo());
            }
            assertTrue(official.contains("airstrikes " + new Range(34_573, 34_573) + " coalition"), official::toString);
            assertTrue(official.contains("civilians_killed " + new Range(1_335, 1_335) + " coalition"),
                    official::toString);
            // the local sources' tens of thousands are beside them, though they give no period
            assertTrue(syria.withoutPeriod().stream().anyMatch(a -> "local sources".equals(a.aggregate().attributedTo())
                    && a.aggregate().count().max() >= 10_000), syria::toString);
            assertTrue(syria.official().stream().noneMatch(a -> "local sources".equals(a.aggregate().attributedTo())));
        }
    }
}
