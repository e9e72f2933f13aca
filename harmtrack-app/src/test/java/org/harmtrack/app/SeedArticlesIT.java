package org.harmtrack.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.harmtrack.extract.IncidentExtractor;
import org.harmtrack.gazetteer.GeoBias;
import org.harmtrack.model.Aggregate;
import org.harmtrack.model.Assessment;
import org.harmtrack.model.Document;
import org.harmtrack.model.Event;
import org.harmtrack.model.Extraction;
import org.harmtrack.model.Figure;
import org.harmtrack.model.Measure;
import org.harmtrack.model.PlacePrecision;
import org.harmtrack.model.Range;
import org.harmtrack.model.Target;
import org.harmtrack.model.TargetKind;
import org.harmtrack.model.Victim;
import org.harmtrack.model.Weapon;
import org.harmtrack.model.WeaponKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The real reports in ../shared/samples/seed-articles, read with the default gazetteer: the incidents they tell of
 * come out with their place, toll and source, and the campaign totals as aggregates. Skipped where the shared
 * material is not beside the repository. The reports are read, never copied.
 */
class SeedArticlesIT {
    private static List<Extraction> extractions;
    private static java.util.Map<String, String> texts = new java.util.HashMap<>();

    @BeforeAll
    static void readSeedArticles() throws IOException {
        Path folder = Path.of(System.getProperty("harmtrack.shared", "../../shared"), "samples", "seed-articles");
        assumeTrue(Files.isDirectory(folder), "no seed articles at " + folder);
        IncidentExtractor extractor = new Resources().extractor(GeoBias.NONE);
        try (Stream<Path> files = Files.list(folder)) {
            extractions = files.filter(p -> p.toString().endsWith(".txt")).sorted().map(p -> {
                try {
                    String text = Files.readString(p, StandardCharsets.UTF_8);
                    texts.put(p.getFileName().toString(), text);
                    return extractor.extract(Document.of(p.getFileName().toString(), text));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
    }

    private static List<Event> events() {
        return extractions.stream().flatMap(x -> x.events().stream()).toList();
    }

    private static List<Aggregate> aggregates() {
        return extractions.stream().flatMap(x -> x.aggregates().stream()).toList();
    }

    @Test
    void theStrikeNearAlShaddadiIsPlacedInHasakahWithItsToll() {
        Event e = events().stream().filter(x -> Range.exactly(25).equals(x.killed())).findFirst().orElseThrow();
        assertNotNull(e.place());
        assertEquals("SY", e.place().country());
        assertEquals("Al-Hasakah", e.place().admin1());
        assertEquals(PlacePrecision.NEAR, e.place().precision(), "al-Fadhel is not in cities500; the town it is near is");
        assertNotNull(e.date());
        assertEquals("Tuesday", e.date().text(), "no publication date: the weekday stays unresolved, with its words");
    }

    @Test
    void theAttackOnTroopsIsARange() {
        assertTrue(events().stream().anyMatch(e -> new Range(62, 80).equals(e.killed())));
    }

    @Test
    void hajinHas26CiviliansIncluding14Children() {
        Event e = events().stream().filter(x -> x.place() != null && x.place().name().startsWith("Haj")).findFirst()
                .orElseThrow();
        assertEquals(Range.exactly(26), e.civiliansKilled());
        assertEquals(Range.exactly(14), e.childrenKilled());
        assertEquals("Deir ez-Zor", e.place().admin1());
    }

    @Test
    void theStrikeOnAlSousaIsSanasFigure() {
        Event e = events().stream().filter(x -> Range.exactly(23).equals(x.killed())).findFirst().orElseThrow();
        assertTrue(e.figures().stream().anyMatch(f -> "SANA".equals(f.attributedTo())));
        assertEquals("Deir ez-Zor", e.place().admin1());
    }

    @Test
    void campaignTotalsAreAggregatesAndNeverEvents() {
        List<Aggregate> aggregates = aggregates();
        assertTrue(aggregates.stream().anyMatch(a -> a.measure().equals("airstrikes") && a.count().min() == 34_573));
        assertTrue(aggregates.stream().anyMatch(a -> a.measure().equals("bombs") && a.count().min() == 3_700));
        assertTrue(aggregates.stream().anyMatch(a -> a.measure().equals("sorties") && a.count().min() == 2_100));
        for (Event e : events()) {
            for (Figure f : e.figures()) {
                assertFalse(f.count().max() == 34_573 || f.count().max() == 3_700 || f.count().max() == 2_100,
                        "a campaign total became an incident figure: " + f);
            }
        }
    }

    @Test
    void tanksTankersAndVehiclesAreNotCasualties() {
        for (Extraction x : extractions) {
            String text = texts.get(x.documentId());
            for (Event e : x.events()) {
                for (Figure f : e.figures()) {
                    String words = f.span().of(text);
                    assertFalse(words.matches("(?s).*\\b(?:tanks|tankers|vehicles)\\b.*"), "a count of things read as a toll: " + words);
                }
            }
        }
    }

    private static List<Event> eventsOf(String filePrefix) {
        return extractions.stream().filter(x -> x.documentId().startsWith(filePrefix))
                .flatMap(x -> x.events().stream()).toList();
    }

    @Test
    void theUsStrikesOnSirteAreAnEventOfTheirOwnAndTheRussianCountOfFightersIsARussianClaim() {
        List<Event> events = eventsOf("004");
        Event sirte = events.stream().filter(e -> e.place() != null && "LY".equals(e.place().country())).findFirst()
                .orElseThrow(() -> new AssertionError("no event in Libya: " + events));
        assertEquals("United States", sirte.perpetrators().get(0).name());
        assertEquals(null, sirte.killed(), "the report gives no toll for Sirte");
        Event fighters = events.stream().filter(e -> e.killed() != null && e.killed().max() == 800).findFirst()
                .orElseThrow(() -> new AssertionError("no event with the 800: " + events));
        assertTrue(fighters.perpetrators().stream().noneMatch(p -> p.name().equals("United States")), fighters::toString);
        Figure claim = fighters.figures().stream().filter(f -> f.count().max() == 800).findFirst().orElseThrow();
        assertEquals(Figure.Stance.CLAIMED, claim.stance());
        assertEquals("Russian Ministry of Defence", claim.attributedTo());
        assertEquals(Range.exactly(800), fighters.combatantsKilled());
    }

    @Test
    void theDutchStrikeOfAboutSeventyAndTheDutchBombOnAMosulHomeAreTwoAdmittedDutchStrikes() {
        List<Event> events = eventsOf("001");
        Event seventy = events.stream().filter(e -> Range.exactly(70).equals(e.killed())).findFirst()
                .orElseThrow(() -> new AssertionError("no event of some 70 killed: " + events));
        assertTrue(seventy.civiliansKilled().max() <= 70, "dozens of civilians among some 70: " + seventy);
        assertEquals(2015, seventy.date().start().getYear(), "the strike was in 2015, not on the day of the letter");
        assertEquals("Dutch military", seventy.perpetrators().get(0).name());
        Event mosul = events.stream().filter(e -> Range.exactly(4).equals(e.civiliansKilled())).findFirst()
                .orElseThrow(() -> new AssertionError("no event of four civilians: " + events));
        assertEquals("Dutch military", mosul.perpetrators().get(0).name());
        assertTrue(mosul.figures().stream().anyMatch(f -> "Dutch Ministry of Defence".equals(f.attributedTo())));
    }

    @Test
    void theFortySevenCiviliansOfOneStreetInMosulAreAnIncidentNotACampaignFigure() {
        assertTrue(eventsOf("000").stream().anyMatch(e -> Range.exactly(47).equals(e.civiliansKilled())), events()::toString);
        assertTrue(aggregates().stream().noneMatch(a -> a.count().max() == 47));
    }

    @Test
    void whatWasHitWithWhatTheVictimsAndTheBelligerentsOwnAssessments() {
        List<Event> dutch = eventsOf("001");
        Event seventy = dutch.stream().filter(e -> Range.exactly(70).equals(e.killed())).findFirst().orElseThrow();
        assertEquals(List.of(TargetKind.MILITARY), seventy.targets().stream().map(Target::kind).toList());
        assertEquals("IED factory", seventy.targets().get(0).text());
        assertTrue(seventy.assessments().stream().anyMatch(a -> a.position() == Assessment.Position.ADMITS
                && a.killed() != null && a.killed().max() == 70), seventy.assessments()::toString);
        Event home = dutch.stream().filter(e -> Range.exactly(4).equals(e.civiliansKilled())).findFirst().orElseThrow();
        assertEquals(List.of(TargetKind.RESIDENTIAL), home.targets().stream().map(Target::kind).toList());
        Assessment conceded = home.assessments().get(0);
        assertEquals(Assessment.Position.ADMITS, conceded.position());
        assertEquals(Range.exactly(4), conceded.killed());

        Event street = eventsOf("000").stream().filter(e -> Range.exactly(47).equals(e.civiliansKilled()))
                .findFirst().orElseThrow();
        assertTrue(street.targets().stream().anyMatch(t -> t.kind() == TargetKind.RESIDENTIAL));
        assertTrue(street.assessments().stream().anyMatch(a -> a.position() == Assessment.Position.DENIES
                && a.source().equals("Ministry of Defence")), street.assessments()::toString);
        Victim children = street.victims().get(0);
        assertEquals(5, children.count());
        assertEquals("children of Abdel Rahman Ali", children.relation());
        assertEquals(Measure.KILLED, children.outcome());

        List<Weapon> alleged = eventsOf("003").stream().flatMap(e -> e.weapons().stream()).filter(Weapon::alleged)
                .toList();
        assertEquals(List.of(WeaponKind.CLUSTER_MUNITIONS, WeaponKind.WHITE_PHOSPHORUS),
                alleged.stream().map(Weapon::kind).toList());
        assertTrue(alleged.stream().allMatch(w -> w.allegedBy().startsWith("Syrian government")), alleged::toString);
    }
}
