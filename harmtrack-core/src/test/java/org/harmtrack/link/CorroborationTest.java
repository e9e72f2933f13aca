package org.harmtrack.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.harmtrack.model.Event;
import org.harmtrack.model.EventType;
import org.harmtrack.model.Figure;
import org.harmtrack.model.Measure;
import org.harmtrack.model.Perpetrator;
import org.harmtrack.model.Range;
import org.harmtrack.model.Span;
import org.harmtrack.model.VictimCategory;
import org.junit.jupiter.api.Test;

/** Grading incidents by their independent sources. */
class CorroborationTest {
    private static final String WIRE = "Jets bombed the main market of Kafr Batna on Sunday, killing eleven people"
            + " including four children, rescuers said, as crews searched the rubble of two buildings for more.";

    private static Figure killed(long n, String source, Figure.Stance stance) {
        return new Figure(Measure.KILLED, VictimCategory.ALL, new Range(n, n), false, source, stance, new Span(0, 1));
    }

    private static ReportedEvent report(String id, String publisher, String text, List<Perpetrator> perpetrators,
                                        Figure... figures) {
        Event e = new Event(EventType.AIRSTRIKE, null, null, perpetrators, null, null, null, null, null, null,
                List.of(figures), List.of(), List.of(), 1.0);
        return new ReportedEvent(id, 0, e, Set.of(), Set.of(), Set.of(), 0, publisher, TextSketch.of(text));
    }

    private static ReportedEvent report(String id, String publisher, String text, Figure... figures) {
        return report(id, publisher, text, List.of(), figures);
    }

    private static Perpetrator actor(String name) {
        return new Perpetrator(name, Perpetrator.ActorKind.STATE_MILITARY, null, name, null);
    }

    private static Corroboration.Assessment assess(ReportedEvent... reports) {
        return Corroboration.assess(new Incident("inc:x", List.of(reports)));
    }

    @Test
    void oneReportIsASingleSource() {
        Corroboration.Assessment a = assess(report("a", "Daily A", WIRE, killed(11, null, Figure.Stance.REPORTED)));
        assertEquals(Corroboration.Grade.SINGLE_SOURCE, a.grade());
        assertEquals(List.of("article a"), a.sources());
    }

    @Test
    void copiesOfOneWireStoryInThreeOutletsCountOnce() {
        Corroboration.Assessment a = assess(
                report("a", "Daily A", WIRE, killed(11, null, Figure.Stance.REPORTED)),
                report("b", "Herald B", "BEIRUT (Wire) - " + WIRE, killed(11, null, Figure.Stance.REPORTED)),
                report("c", "Post C", WIRE.replace("on Sunday", "on Sunday morning"),
                        killed(11, null, Figure.Stance.REPORTED)));
        assertEquals(Corroboration.Grade.SINGLE_SOURCE, a.grade());
        assertEquals(List.of(List.of("a", "b", "c")), a.copies());
        assertEquals("a single source; counted once: a = b = c", a.explanation());
    }

    @Test
    void twoOutletsQuotingOneAgencyAreThatAgencyOnly() {
        Corroboration.Assessment a = assess(
                report("a", "Daily A", "The agency said eleven died at the market in the town.",
                        killed(11, "SANA", Figure.Stance.REPORTED)),
                report("b", "Herald B", "A state news agency put the toll from Sunday's raid at eleven people.",
                        killed(11, "SANA", Figure.Stance.REPORTED)));
        assertEquals(Corroboration.Grade.SINGLE_SOURCE, a.grade());
        assertEquals(List.of("SANA"), a.sources());
    }

    @Test
    void twoIndependentSourcesCorroborate() {
        Corroboration.Assessment a = assess(
                report("a", "Daily A", WIRE, killed(11, "rescuers", Figure.Stance.REPORTED)),
                report("b", "Herald B", "Residents of the town told our reporter that twelve people were killed.",
                        killed(12, "residents", Figure.Stance.REPORTED)));
        assertEquals(Corroboration.Grade.CORROBORATED, a.grade());
        assertEquals(List.of("rescuers", "residents"), a.sources());
        assertEquals("2 independent sources", a.explanation());
    }

    @Test
    void oneOutletsTwoArticlesAreOneSource() {
        Corroboration.Assessment a = assess(
                report("a", "Daily A", WIRE, killed(11, null, Figure.Stance.REPORTED)),
                report("b", "daily a", "Our correspondent counted twelve bodies at the hospital the next day.",
                        killed(12, null, Figure.Stance.REPORTED)));
        assertEquals(Corroboration.Grade.SINGLE_SOURCE, a.grade());
    }

    @Test
    void anAdmissionByABelligerentIsAcknowledgedEvenBesideADenial() {
        Corroboration.Assessment a = assess(
                report("a", "Daily A", WIRE, killed(11, "rescuers", Figure.Stance.REPORTED)),
                report("b", "Herald B", "The ministry denied that any civilians were killed in the raid.",
                        killed(0, "defence ministry", Figure.Stance.DENIED)),
                report("c", "Post C", "The coalition said it had unintentionally killed two civilians there.",
                        killed(2, "coalition", Figure.Stance.ADMITTED)));
        assertEquals(Corroboration.Grade.ACKNOWLEDGED, a.grade());
        assertEquals("harm acknowledged by coalition", a.explanation());
    }

    @Test
    void reportsBlamingDifferentForcesAreContested() {
        Corroboration.Assessment a = assess(
                report("a", "Daily A", WIRE, List.of(actor("Russian military")),
                        killed(11, "rescuers", Figure.Stance.REPORTED)),
                report("b", "Herald B", "Monitors said the coalition carried out the raid that killed ten.",
                        List.of(actor("US-led coalition")), killed(10, "monitors", Figure.Stance.REPORTED)));
        assertEquals(Corroboration.Grade.CONTESTED, a.grade());
        assertEquals("reports blame different perpetrators: Russian military versus US-led coalition",
                a.explanation());
    }

    @Test
    void copiesFoundThroughSharedHashesAreThoseEveryPairWouldFind() {
        // three stories, each retold by many outlets with a word changed, plus stories of their own: the groups
        // found without comparing every pair must be the groups the pairwise definition gives
        java.util.Random random = new java.util.Random(3);
        String[] stories = {WIRE, "Shelling hit the eastern edge of Ariha at dawn on Monday and killed six farmers"
                + " working in their olive groves, a local rescue group said later that morning.",
                "A drone struck a car on the road between Hajin and Susah on Tuesday, killing the three men inside it,"
                        + " according to residents who reached the burning wreck afterwards."};
        List<ReportedEvent> reports = new java.util.ArrayList<>();
        for (int i = 0; i < 240; i++) {
            String text = i % 8 == 7 ? "A report of its own, number " + i + ", about a quiet day in town " + i
                    + " where nothing at all was struck" : stories[i % 3].replace("killed", i % 2 == 0 ? "killed"
                    : "left dead").replace(" on ", random.nextBoolean() ? " on " : " late on ");
            reports.add(new ReportedEvent("r" + i, 0, new Event(EventType.AIRSTRIKE, null, null, List.of(), null,
                    null, null, null, null, null, List.of(), List.of(), List.of(), 1.0), Set.of(), Set.of(), Set.of(),
                    0, null, TextSketch.of(text)));
        }
        Corroboration.Assessment a = Corroboration.assess(new Incident("inc:many", reports));

        java.util.Map<String, Set<String>> pairwise = new java.util.HashMap<>();
        reports.forEach(r -> pairwise.put(r.documentId(), new java.util.TreeSet<>(Set.of(r.documentId()))));
        for (int i = 0; i < reports.size(); i++) {
            for (int j = i + 1; j < reports.size(); j++) {
                Set<String> gi = pairwise.get(reports.get(i).documentId());
                Set<String> gj = pairwise.get(reports.get(j).documentId());
                if (gi != gj && Corroboration.sameStory(reports.get(i), reports.get(j))) {
                    gi.addAll(gj);
                    gj.forEach(id -> pairwise.put(id, gi));
                }
            }
        }
        Set<Set<String>> expected = new java.util.HashSet<>();
        pairwise.values().stream().filter(g -> g.size() > 1).forEach(expected::add);
        Set<Set<String>> found = new java.util.HashSet<>();
        a.copies().forEach(c -> found.add(new java.util.TreeSet<>(c)));
        assertEquals(expected, found);
        assertEquals(3, found.size());
    }
}
