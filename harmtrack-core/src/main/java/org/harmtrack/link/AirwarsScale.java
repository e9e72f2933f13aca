package org.harmtrack.link;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.harmtrack.model.Assessment;
import org.harmtrack.model.Figure;
import org.harmtrack.model.VictimCategory;

/**
 * An incident's grade on the scale Airwars publishes, derived beside harmtrack's own {@link Corroboration} grade
 * (which stays as it is), with one sentence saying why. The mapping, first that applies:
 * <ol>
 *   <li>{@link Grade#CONFIRMED}: a belligerent has accepted responsibility for civilian harm: harmtrack's grade is
 *       acknowledged (a figure a belligerent admits), or a belligerent's assessment admits harm;</li>
 *   <li>{@link Grade#CONTESTED}: competing claims of responsibility: harmtrack's grade is contested (reports blame
 *       different perpetrators with none in common);</li>
 *   <li>{@link Grade#DISCOUNTED}: the reports give casualty figures and none of them alleges harm to anyone but
 *       fighters (every figure counts fighters, or no one); Airwars' own definition of the grade was not checked,
 *       so this is harmtrack's reading of it: no civilian harm is alleged;</li>
 *   <li>{@link Grade#FAIR}: two or more independent sources (as {@link Corroboration} counts them) and a
 *       belligerent named as the one that struck;</li>
 *   <li>{@link Grade#WEAK}: otherwise: a single source, or no belligerent named.</li>
 * </ol>
 * A belligerent's denial or "not credible" does not lower the grade, as in Airwars' practice: it is said in the
 * sentence beside the grade. Stateless.
 */
public final class AirwarsScale {

    /** Airwars' grades. */
    public enum Grade {
        CONFIRMED, FAIR, WEAK, CONTESTED, DISCOUNTED;

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** As a sentence starts with it: "Fair". */
        public String label() {
            return name().charAt(0) + name().substring(1).toLowerCase(Locale.ROOT);
        }
    }

    /**
     * A grade and its one-sentence reason ("Fair: reported by 2 independent sources and attributed to Russia; no
     * report gives Russia's own assessment.").
     */
    public record Graded(Grade grade, String explanation) {
        public Graded {
            Objects.requireNonNull(grade, "grade");
            Objects.requireNonNull(explanation, "explanation");
        }
    }

    private AirwarsScale() {
    }

    /** The incident's grade on Airwars' scale. */
    public static Graded of(IncidentSummary summary, IncidentDetails details) {
        Corroboration.Assessment own = summary.grade();
        List<String> perpetrators = summary.perpetrators();
        IncidentDetails.BelligerentView admitting = details.assessments().stream()
                .filter(b -> b.latest().position() == Assessment.Position.ADMITS).findFirst().orElse(null);
        Grade grade;
        String why;
        if (own.grade() == Corroboration.Grade.ACKNOWLEDGED || admitting != null) {
            grade = Grade.CONFIRMED;
            why = admitting != null ? admission(admitting.latest()) : own.explanation().replaceFirst(";.*", "");
        } else if (own.grade() == Corroboration.Grade.CONTESTED) {
            grade = Grade.CONTESTED;
            why = own.explanation().replaceFirst(";.*", "");
        } else if (noCivilianHarmAlleged(summary.incident())) {
            grade = Grade.DISCOUNTED;
            why = "no report alleges harm to civilians (its figures count fighters only)";
        } else if (own.sources().size() >= 2 && !perpetrators.isEmpty()) {
            grade = Grade.FAIR;
            why = "reported by " + own.sources().size() + " independent sources and attributed to "
                    + String.join(" and ", perpetrators);
        } else {
            grade = Grade.WEAK;
            why = own.sources().size() >= 2 ? "reported by " + own.sources().size()
                    + " independent sources, but none names the belligerent that struck"
                    : "a single source" + (perpetrators.isEmpty() ? ", naming no belligerent"
                    : " attributes it to " + String.join(" and ", perpetrators));
        }
        String others = positions(details, perpetrators, admitting);
        return new Graded(grade, grade.label() + ": " + why + (others.isEmpty() ? "" : "; " + others) + ".");
    }

    private static String admission(Assessment a) {
        String conceded = a.killed() == null ? "civilian harm" : deaths(a);
        return a.belligerent() + " admits " + conceded + (a.source().equals(a.belligerent()) ? ""
                : " (" + a.source() + ")");
    }

    private static String deaths(Assessment a) {
        long min = a.killed().min();
        long max = a.killed().max();
        String count = min == max ? String.valueOf(min) : min + "-" + max;
        return count + (max == 1 ? " civilian death" : " civilian deaths");
    }

    /**
     * What each belligerent but the one the grade already quotes says, by its latest statement; or that no report
     * gives the perpetrators' assessment.
     */
    private static String positions(IncidentDetails details, List<String> perpetrators,
                                     IncidentDetails.BelligerentView quoted) {
        List<String> said = new ArrayList<>();
        for (IncidentDetails.BelligerentView b : details.assessments()) {
            if (b == quoted) {
                continue;
            }
            Assessment a = b.latest();
            said.add(switch (a.position()) {
                case ADMITS -> a.belligerent() + " admits " + (a.killed() == null ? "civilian harm" : deaths(a));
                case DENIES -> a.belligerent() + " denies civilian harm";
                case NOT_CREDIBLE -> a.belligerent() + " deems the allegation not credible";
                case UNDER_REVIEW -> a.belligerent() + " is reviewing it";
                case NOT_ASSESSED -> a.belligerent() + " has not assessed it";
            });
        }
        if (!said.isEmpty() || quoted != null) {
            return String.join("; ", said);
        }
        return perpetrators.isEmpty() ? "no report gives a belligerent's assessment"
                : "no report gives an assessment by " + String.join(" or ", perpetrators);
    }

    private static boolean noCivilianHarmAlleged(Incident incident) {
        boolean any = false;
        for (ReportedEvent r : incident.events()) {
            for (Figure f : r.event().figures()) {
                any = true;
                // a denied figure is an allegation someone made: it counts as alleged harm
                boolean harmToOthers = f.category() != VictimCategory.FIGHTERS && f.count().max() > 0;
                if (harmToOthers) {
                    return false;
                }
            }
        }
        return any;
    }
}
