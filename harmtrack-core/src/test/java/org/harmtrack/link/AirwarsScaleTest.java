package org.harmtrack.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.harmtrack.model.Assessment;
import org.harmtrack.model.Event;
import org.harmtrack.model.EventType;
import org.harmtrack.model.Figure;
import org.harmtrack.model.Measure;
import org.harmtrack.model.Perpetrator;
import org.harmtrack.model.Range;
import org.harmtrack.model.Span;
import org.harmtrack.model.Target;
import org.harmtrack.model.TargetKind;
import org.harmtrack.model.Victim;
import org.harmtrack.model.VictimCategory;
import org.harmtrack.model.Weapon;
import org.harmtrack.model.WeaponKind;
import org.junit.jupiter.api.Test;

/** The Airwars-scale grade derived beside harmtrack's own, and the details gathered over an incident's reports. */
class AirwarsScaleTest {
    private static final Span AT = new Span(0, 4);

    private static Figure figure(VictimCategory category, long n, String source, Figure.Stance stance) {
        return new Figure(Measure.KILLED, category, new Range(n, n), false, source, stance, AT);
    }

    private static Perpetrator actor(String name) {
        return new Perpetrator(name, Perpetrator.ActorKind.STATE_MILITARY, null, name, null);
    }

    private static ReportedEvent report(String id, List<Perpetrator> by, List<Figure> figures, List<Target> targets,
                                        List<Weapon> weapons, List<Assessment> assessments, List<Victim> victims) {
        Event e = new Event(EventType.AIRSTRIKE, null, null, by, null, null, null, null, null, null, figures,
                List.of(), List.of(), 1.0, targets, weapons, assessments, victims);
        // distinct words per report, so no two reports are taken for copies of one story
        return new ReportedEvent(id, 0, e, Set.of(), Set.of(), Set.of(), 0, "publisher " + id,
                TextSketch.of("report " + id + " tells its own story of the raid in words nobody else used " + id));
    }

    private static ReportedEvent report(String id, List<Perpetrator> by, Figure... figures) {
        return report(id, by, List.of(figures), List.of(), List.of(), List.of(), List.of());
    }

    private static AirwarsScale.Graded grade(ReportedEvent... reports) {
        IncidentSummary s = IncidentSummary.of(new Incident("inc:x", List.of(reports)));
        return AirwarsScale.of(s, IncidentDetails.of(s.incident()));
    }

    private static Assessment said(String belligerent, Assessment.Position position, Range killed, LocalDate day) {
        return new Assessment(belligerent, position, killed, null, day, belligerent + " spokesman", AT);
    }

    @Test
    void twoIndependentSourcesAndABelligerentAreFair() {
        AirwarsScale.Graded g = grade(
                report("a", List.of(actor("Russia")), figure(VictimCategory.CIVILIANS, 6, "SOHR", Figure.Stance.REPORTED)),
                report("b", List.of(actor("Russia")), figure(VictimCategory.CIVILIANS, 7, "civil defence",
                        Figure.Stance.REPORTED)));
        assertEquals(AirwarsScale.Grade.FAIR, g.grade());
        assertEquals("Fair: reported by 2 independent sources and attributed to Russia; no report gives an"
                + " assessment by Russia.", g.explanation());
    }

    @Test
    void oneSourceOrNoBelligerentIsWeak() {
        assertEquals(AirwarsScale.Grade.WEAK, grade(report("a", List.of(actor("Russia")),
                figure(VictimCategory.CIVILIANS, 6, "SOHR", Figure.Stance.REPORTED))).grade());
        AirwarsScale.Graded nobody = grade(
                report("a", List.of(), figure(VictimCategory.ALL, 6, "SOHR", Figure.Stance.REPORTED)),
                report("b", List.of(), figure(VictimCategory.ALL, 6, "residents", Figure.Stance.REPORTED)));
        assertEquals(AirwarsScale.Grade.WEAK, nobody.grade());
        assertTrue(nobody.explanation().contains("none names the belligerent"), nobody.explanation());
    }

    @Test
    void aBelligerentsAdmissionConfirmsAndItsLatestStatementComesFirst() {
        Assessment earlier = said("Dutch military", Assessment.Position.UNDER_REVIEW, null, LocalDate.of(2016, 1, 5));
        Assessment later = said("Dutch military", Assessment.Position.ADMITS, new Range(4, 4), LocalDate.of(2019, 11, 4));
        IncidentSummary s = IncidentSummary.of(new Incident("inc:x", List.of(
                report("a", List.of(actor("Netherlands")), List.of(figure(VictimCategory.CIVILIANS, 4, null,
                        Figure.Stance.REPORTED)), List.of(), List.of(), List.of(earlier), List.of()),
                report("b", List.of(actor("Netherlands")), List.of(), List.of(), List.of(),
                        List.of(later, said("Iraqi army", Assessment.Position.DENIES, null, null)), List.of()))));
        IncidentDetails d = IncidentDetails.of(s.incident());
        assertEquals(List.of("Dutch military", "Iraqi army"),
                d.assessments().stream().map(IncidentDetails.BelligerentView::belligerent).toList());
        IncidentDetails.BelligerentView dutch = d.assessments().get(0);
        assertEquals(List.of(later, earlier), dutch.statements().stream().map(IncidentDetails.Told::item).toList());
        assertEquals("b", dutch.statements().get(0).documentId());
        AirwarsScale.Graded g = AirwarsScale.of(s, d);
        assertEquals(AirwarsScale.Grade.CONFIRMED, g.grade());
        assertEquals("Confirmed: Dutch military admits 4 civilian deaths (Dutch military spokesman); Iraqi army denies"
                + " civilian harm.", g.explanation());
    }

    @Test
    void competingClaimsAreContestedAndADenialDoesNotLowerTheGrade() {
        AirwarsScale.Graded contested = grade(
                report("a", List.of(actor("Russia")), figure(VictimCategory.CIVILIANS, 6, "SOHR", Figure.Stance.REPORTED)),
                report("b", List.of(actor("Turkey")), figure(VictimCategory.CIVILIANS, 6, "residents",
                        Figure.Stance.REPORTED)));
        assertEquals(AirwarsScale.Grade.CONTESTED, contested.grade());
        IncidentSummary s = IncidentSummary.of(new Incident("inc:x", List.of(
                report("a", List.of(actor("Russia")), figure(VictimCategory.CIVILIANS, 6, "SOHR", Figure.Stance.REPORTED)),
                report("b", List.of(actor("Russia")), List.of(figure(VictimCategory.CIVILIANS, 5, "medics",
                        Figure.Stance.REPORTED)), List.of(), List.of(), List.of(said("Russia",
                        Assessment.Position.NOT_CREDIBLE, null, null)), List.of()))));
        AirwarsScale.Graded denied = AirwarsScale.of(s, IncidentDetails.of(s.incident()));
        assertEquals(AirwarsScale.Grade.FAIR, denied.grade());
        assertTrue(denied.explanation().endsWith("Russia deems the allegation not credible."), denied.explanation());
    }

    @Test
    void figuresOfFightersOnlyAreDiscounted() {
        AirwarsScale.Graded g = grade(report("a", List.of(actor("Russia")),
                figure(VictimCategory.FIGHTERS, 12, "SOHR", Figure.Stance.REPORTED),
                figure(VictimCategory.CIVILIANS, 0, "Russia", Figure.Stance.DENIED)));
        assertEquals(AirwarsScale.Grade.DISCOUNTED, g.grade());
        // a denial of civilian deaths is an allegation someone made: not discounted
        AirwarsScale.Graded denied = grade(report("a", List.of(actor("Russia")),
                figure(VictimCategory.CIVILIANS, 12, "Russia", Figure.Stance.DENIED)));
        assertEquals(AirwarsScale.Grade.WEAK, denied.grade());
    }

    @Test
    void detailsAreGatheredOnceAcrossReports() {
        Victim omarA = new Victim("Omar  Haddad", 1, null, null, null, Measure.KILLED, null, AT);
        Victim omarB = new Victim("omar haddad", 1, 12, Victim.AgeGroup.CHILD, Victim.Gender.MALE, Measure.KILLED,
                null, AT);
        Weapon alleged = new Weapon(WeaponKind.CLUSTER_MUNITIONS, "cluster bombs", AT, "local council");
        Weapon fact = new Weapon(WeaponKind.CLUSTER_MUNITIONS, "cluster munitions", AT, null);
        Target home = new Target(TargetKind.RESIDENTIAL, "home", AT);
        IncidentDetails d = IncidentDetails.of(new Incident("inc:x", List.of(
                report("a", List.of(), List.of(), List.of(home), List.of(alleged), List.of(), List.of(omarA)),
                report("b", List.of(), List.of(), List.of(new Target(TargetKind.RESIDENTIAL, "houses", AT)),
                        List.of(fact), List.of(), List.of(omarB)))));
        assertEquals(1, d.targets().size());
        assertEquals("home", d.targets().get(0).item().text());
        assertEquals(List.of("a", "b"), d.targets().get(0).reports());
        Weapon w = d.weapons().get(0).item();
        assertEquals(null, w.allegedBy()); // one report tells it as fact
        assertEquals("b", d.weapons().get(0).documentId());
        assertEquals(1, d.victims().size());
        Victim omar = d.victims().get(0).item();
        assertEquals("Omar  Haddad", omar.name());
        assertEquals(12, omar.age()); // only the later report gives the age
    }
}
