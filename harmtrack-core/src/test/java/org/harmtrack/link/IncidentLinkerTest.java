package org.harmtrack.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.harmtrack.extract.IncidentExtractor;
import org.harmtrack.gazetteer.FixtureGazetteer;
import org.harmtrack.model.Document;
import org.junit.jupiter.api.Test;

/** Linking reports into incidents, on the project's own short reports and the fixture gazetteer. */
class IncidentLinkerTest {
    private static final IncidentExtractor EXTRACTOR = new IncidentExtractor(FixtureGazetteer.geoparser());
    private static final LocalDate DAY = LocalDate.of(2012, 5, 10);

    private static List<ReportedEvent> events(Document... documents) {
        List<ReportedEvent> events = new ArrayList<>();
        for (Document d : documents) {
            events.addAll(IncidentLinker.reportedEvents(d, EXTRACTOR.extract(d)));
        }
        return events;
    }

    /** The incidents as sets of report ids, for comparison regardless of order. */
    private static Set<Set<String>> groups(List<Incident> incidents) {
        Set<Set<String>> groups = new java.util.HashSet<>();
        incidents.forEach(i -> groups.add(new TreeSet<>(i.articleIds())));
        return groups;
    }

    private static Document doc(String id, String text, LocalDate published) {
        return Document.of(id, text, published);
    }

    @Test
    void twoTellingsOfOneStrikeAreOneIncident() {
        List<Incident> incidents = new IncidentLinker().link(events(
                doc("a", "Two missiles from a US drone struck a house in Mir Ali, killing 4 people.", DAY),
                doc("b", "Four alleged militants were killed in a strike on a house in Mir Ali, North Waziristan.", DAY)));
        assertEquals(Set.of(Set.of("a", "b")), groups(incidents));
    }

    @Test
    void aVillageTheGazetteerLacksLinksItsReportsByName() {
        List<Incident> incidents = new IncidentLinker().link(events(
                doc("a", "A drone struck a car in Shalam Raghzai, killing 3 people.", DAY),
                doc("b", "Three killed in strike on vehicle in Shalam Ragzhai, South Waziristan.", DAY)));
        assertEquals(Set.of(Set.of("a", "b")), groups(incidents));
    }

    @Test
    void reportsLinkedEarlierStayOneIncidentAndAreNotComparedAgain() {
        List<ReportedEvent> earlier = events(
                doc("a", "A drone strike on a car in Qutab Khel killed 5 people.", DAY),
                doc("b", "A drone strike on a car in Khaso Khel killed 5 people.", DAY));
        // on their own the two are apart; held together as one earlier incident, they are not compared again
        assertEquals(Set.of(Set.of("a"), Set.of("b")), groups(new IncidentLinker().link(earlier)));
        Map<String, String> held = Map.of(earlier.get(0).key(), "inc:a.1", earlier.get(1).key(), "inc:a.1");
        assertEquals(Set.of(Set.of("a", "b")), groups(new IncidentLinker().link(earlier, held)));

        List<ReportedEvent> withNew = new ArrayList<>(earlier);
        withNew.addAll(events(doc("c", "Two missiles from a US drone struck a house in Mir Ali, killing 4 people.",
                DAY), doc("d", "Four alleged militants were killed in a strike on a house in Mir Ali.", DAY)));
        assertEquals(Set.of(Set.of("a", "b"), Set.of("c", "d")), groups(new IncidentLinker().link(withNew, held)));
    }

    @Test
    void twoStrikesOnOneDayInTwoVillagesStayApart() {
        List<Incident> incidents = new IncidentLinker().link(events(
                doc("a", "A drone strike on a car in Qutab Khel killed 5 people.", DAY),
                doc("b", "A drone strike on a car in Khaso Khel killed 5 people.", DAY)));
        assertEquals(Set.of(Set.of("a"), Set.of("b")), groups(incidents));
    }

    @Test
    void theFirstAndTheSecondStrikeOfADayStayApart() {
        List<Incident> incidents = new IncidentLinker().link(events(
                doc("a", "The first drone strike of the day killed 4 people in North Waziristan.", DAY),
                doc("b", "The second strike of the day killed 4 people in North Waziristan.", DAY)));
        assertEquals(2, incidents.size());
    }

    @Test
    void reportsDaysApartAreNotOneIncident() {
        List<Incident> incidents = new IncidentLinker().link(events(
                doc("a", "A drone strike on a house in Mir Ali killed 4 people.", DAY),
                doc("b", "A drone strike on a house in Mir Ali killed 4 people.", DAY.plusDays(5))));
        assertEquals(2, incidents.size());
    }

    @Test
    void twoEventsOfOneReportAreNeverJoined() {
        List<Incident> incidents = new IncidentLinker().link(events(
                doc("a", "A drone strike on a house in Mir Ali on Monday killed 4 people. "
                        + "On Tuesday, a second drone strike hit a house in Mir Ali, killing 4 people.", DAY)));
        assertEquals(2, incidents.size());
    }

    @Test
    void aThirdReportCannotChainTwoIncidentsIntoOne() {
        List<Incident> incidents = new IncidentLinker().link(events(
                doc("a", "A drone strike on a car in Qutab Khel killed 5 people.", DAY),
                doc("b", "A drone strike on a car in Khaso Khel killed 5 people.", DAY),
                doc("c", "A drone strike on a car in North Waziristan killed 5 people.", DAY)));
        assertEquals(3, incidents.stream().mapToInt(i -> i.articleIds().size()).sum());
        assertEquals(true, incidents.stream().noneMatch(
                i -> i.articleIds().contains("a") && i.articleIds().contains("b")), incidents::toString);
    }

    @Test
    void theIncidentsAndTheirIdsDoNotDependOnTheOrderOfTheReports() {
        List<ReportedEvent> events = events(
                doc("a", "Two missiles from a US drone struck a house in Mir Ali, killing 4 people.", DAY),
                doc("b", "Four alleged militants were killed in a strike on a house in Mir Ali.", DAY),
                doc("c", "A drone strike on a car in Khaso Khel killed 5 people.", DAY),
                doc("d", "Five killed in strike on vehicle in Khaso Khel, North Waziristan.", DAY),
                doc("e", "Artillery shelling on Saraqib killed 2 people.", DAY.plusDays(40)));
        List<Incident> expected = new IncidentLinker().link(events);
        Random random = new Random(7);
        for (int round = 0; round < 5; round++) {
            List<ReportedEvent> shuffled = new ArrayList<>(events);
            Collections.shuffle(shuffled, random);
            assertEquals(expected, new IncidentLinker().link(shuffled));
        }
        assertEquals(3, expected.size(), expected::toString);
    }

    /** Twenty undated reports of other strikes, to give the words of such reports their weight. */
    private static List<Document> otherUndatedReports() {
        String[] towns = {"Idlib", "Hama", "Douma", "Quneitra", "Sinjar", "Mosul", "Khan Yunis"};
        String[] targets = {"a market", "a mosque", "a farm", "a clinic", "a road"};
        List<Document> reports = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            reports.add(doc("other" + i, "Shelling on " + targets[i % targets.length] + " in " + towns[i % towns.length]
                    + " killed " + (i + 2) + " people, activists said.", null));
        }
        return reports;
    }

    @Test
    void undatedReportsThatReadAlikeAreOneIncident() {
        List<Document> reports = new ArrayList<>(otherUndatedReports());
        reports.add(doc("a", "Before dawn, shells fell on the bread queue outside the bakery in Saraqib, killing 6 people "
                + "waiting for flour.", null));
        reports.add(doc("b", "Eight people queuing for flour outside the town's bakery died when shells fell before dawn, "
                + "medics said.", null));
        reports.add(doc("c", "Shelling on a school in Saraqib killed 3 pupils, activists said.", null));
        Set<Set<String>> groups = groups(new IncidentLinker().link(events(reports.toArray(new Document[0]))));
        assertEquals(true, groups.contains(Set.of("a", "b")), groups::toString);
        assertEquals(true, groups.contains(Set.of("c")), groups::toString);
    }

    @Test
    void reportsThatReadAlikeAreNotJoinedAcrossTheirDays() {
        List<Document> reports = new ArrayList<>(otherUndatedReports());
        String text = "Shells fell on the bread queue outside the bakery in Saraqib, killing 6 people waiting for flour.";
        reports.add(doc("a", text, DAY));
        reports.add(doc("b", text, DAY.plusDays(9)));
        Set<Set<String>> groups = groups(new IncidentLinker().link(events(reports.toArray(new Document[0]))));
        assertEquals(true, groups.contains(Set.of("a")) && groups.contains(Set.of("b")), groups::toString);
    }
}
