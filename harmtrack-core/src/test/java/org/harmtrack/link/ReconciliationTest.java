package org.harmtrack.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.harmtrack.model.Event;
import org.harmtrack.model.EventType;
import org.harmtrack.model.Figure;
import org.harmtrack.model.Measure;
import org.harmtrack.model.Range;
import org.harmtrack.model.Span;
import org.harmtrack.model.VictimCategory;
import org.junit.jupiter.api.Test;

/** Reconciling the figures of an incident's reports: the arithmetic and the explanation. */
class ReconciliationTest {

    private static Figure killed(VictimCategory category, long min, long max, String source, Figure.Stance stance) {
        return new Figure(Measure.KILLED, category, new Range(min, max), false, source, stance, new Span(0, 1));
    }

    private static Figure vague(VictimCategory category, long min, long max, String source) {
        return new Figure(Measure.KILLED, category, new Range(min, max), true, source, Figure.Stance.REPORTED,
                new Span(0, 1));
    }

    private static ReportedEvent report(String id, Figure... figures) {
        Event e = new Event(EventType.AIRSTRIKE, null, null, List.of(), null, null, null, null, null, null,
                List.of(figures), List.of(), List.of(), 1.0);
        return new ReportedEvent(id, 0, e, Set.of(), Set.of(), Set.of(), 0);
    }

    private static Reconciliation.Reconciled only(Incident incident, VictimCategory category) {
        return Reconciliation.reconcile(incident).stream()
                .filter(r -> r.measure() == Measure.KILLED && r.category() == category).findFirst().orElseThrow();
    }

    @Test
    void theRangeRunsFromTheLowestMinimumToTheHighestMaximumAndSaysWhoGaveEach() {
        Incident incident = new Incident("inc:a.0", List.of(
                report("a", killed(VictimCategory.ALL, 17, 17, "SANA", Figure.Stance.REPORTED)),
                report("b", killed(VictimCategory.ALL, 17, 23, "AFP", Figure.Stance.REPORTED)),
                report("c", killed(VictimCategory.ALL, 20, 20, null, Figure.Stance.REPORTED))));
        Reconciliation.Reconciled r = only(incident, VictimCategory.ALL);
        assertEquals(new Range(17, 23), r.range());
        assertEquals("min 17 from SANA and AFP; max 23 from AFP", r.explanation());
        assertEquals(3, r.claims().size());
        assertEquals("article c", r.claims().get(2).source());
    }

    @Test
    void aDenialWidensTheRangeToZeroAndKeepsTheReports() {
        Incident incident = new Incident("inc:a.0", List.of(
                report("a", killed(VictimCategory.CIVILIANS, 12, 15, "civil defence", Figure.Stance.REPORTED)),
                report("b", killed(VictimCategory.CIVILIANS, 0, 0, "defence ministry", Figure.Stance.DENIED))));
        Reconciliation.Reconciled r = only(incident, VictimCategory.CIVILIANS);
        assertEquals(new Range(0, 15), r.range());
        assertEquals("min 0 from defence ministry; max 15 from civil defence; denied by defence ministry",
                r.explanation());
    }

    @Test
    void categoriesAreReconciledApart() {
        Incident incident = new Incident("inc:a.0", List.of(
                report("a", killed(VictimCategory.ALL, 9, 9, "medics", Figure.Stance.REPORTED),
                        killed(VictimCategory.CHILDREN, 3, 3, "medics", Figure.Stance.REPORTED)),
                report("b", killed(VictimCategory.CHILDREN, 4, 4, "residents", Figure.Stance.REPORTED))));
        assertEquals(new Range(9, 9), only(incident, VictimCategory.ALL).range());
        assertEquals(new Range(3, 4), only(incident, VictimCategory.CHILDREN).range());
    }

    @Test
    void aVagueWordDoesNotPullTheMinimumBelowACountButItsMaximumStillCounts() {
        Incident incident = new Incident("inc:a.0", List.of(
                report("a", killed(VictimCategory.CHILDREN, 14, 14, "residents", Figure.Stance.REPORTED)),
                report("b", vague(VictimCategory.CHILDREN, 2, 60, null))));
        Reconciliation.Reconciled r = only(incident, VictimCategory.CHILDREN);
        assertEquals(new Range(14, 60), r.range());
        assertEquals("min 14 from residents; max 60 from article b; vague figures of article b not used for the"
                + " minimum", r.explanation());
    }

    @Test
    void vagueFiguresAloneGiveTheirOwnLowestMinimum() {
        Incident incident = new Incident("inc:a.0", List.of(
                report("a", vague(VictimCategory.ALL, 24, 99, "medics")),
                report("b", vague(VictimCategory.ALL, 20, 60, "residents"))));
        assertEquals(new Range(20, 99), only(incident, VictimCategory.ALL).range());
    }

    @Test
    void fightersInOneSourceAndCiviliansInAnotherContestTheCivilianStatus() {
        Incident incident = new Incident("inc:a.0", List.of(
                report("a", killed(VictimCategory.CIVILIANS, 6, 6, "villagers", Figure.Stance.REPORTED)),
                report("b", killed(VictimCategory.FIGHTERS, 6, 6, "security officials", Figure.Stance.REPORTED))));
        Reconciliation.Reconciled r = only(incident, VictimCategory.CIVILIANS);
        assertEquals(new Range(0, 6), r.range());
        assertEquals("min 0 (civilian status contested by security officials; lowest civilian count 6 from"
                + " villagers); max 6 from villagers", r.explanation());
        assertEquals(new Range(6, 6), only(incident, VictimCategory.FIGHTERS).range());
    }

    @Test
    void aSourceThatBreaksTheTollDownDoesNotContestIt() {
        Incident incident = new Incident("inc:a.0", List.of(
                report("a", killed(VictimCategory.CIVILIANS, 3, 3, "officials", Figure.Stance.REPORTED),
                        killed(VictimCategory.FIGHTERS, 5, 5, "officials", Figure.Stance.REPORTED)),
                report("b", killed(VictimCategory.CIVILIANS, 4, 4, "residents", Figure.Stance.REPORTED))));
        assertEquals(new Range(3, 4), only(incident, VictimCategory.CIVILIANS).range());
    }

    @Test
    void aDeniedTotalBesideCountedCiviliansIsRaisedToThemAndTheRuleSaysWhy() {
        // a ministry's "no one was killed", a father's count of 47 civilians and a vague "dozens" up to 60
        Incident incident = new Incident("inc:a.0", List.of(report("a",
                killed(VictimCategory.ALL, 0, 0, "ministry", Figure.Stance.DENIED),
                killed(VictimCategory.CIVILIANS, 47, 47, "a father", Figure.Stance.REPORTED),
                vague(VictimCategory.CIVILIANS, 24, 60, "residents"))));
        IncidentSummary s = IncidentSummary.of(incident);
        assertEquals(new Range(0, 47), s.killed());
        Reconciliation.Reconciled all = s.figures().get(IncidentSummary.key(Measure.KILLED, VictimCategory.ALL));
        assertEquals(new Range(0, 47), all.range(), "the figures an incident page and export show agree with it");
        assertEquals("min 0 from ministry; max 0 from ministry; denied by ministry; max raised to 47: a father counts"
                + " 47 civilians killed, and a total is never below its part", all.explanation());
    }

    @Test
    void aVaguePartDoesNotRaiseTheTotalItIsPartOf() {
        // "14 killed, many of them children": the children are at most the 14, whatever "many" may mean alone
        Incident incident = new Incident("inc:a.0", List.of(report("a",
                killed(VictimCategory.ALL, 14, 14, "residents", Figure.Stance.REPORTED),
                vague(VictimCategory.CHILDREN, 20, 60, "residents"))));
        assertEquals(new Range(14, 14), IncidentSummary.of(incident).killed());
    }
}
