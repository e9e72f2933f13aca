package org.harmtrack.link;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.harmtrack.model.Figure;
import org.harmtrack.model.Measure;
import org.harmtrack.model.Range;
import org.harmtrack.model.VictimCategory;

/**
 * An incident's figures reconciled the way monitors do (Iraq Body Count's lowest and highest credible reports,
 * Airwars' ranges): every claim is kept, and per measure and category the range runs from the lowest
 * <em>credible</em> minimum to the highest maximum any source gives.
 * <ul>
 *   <li>A minimum is credible when the claim gives a count rather than a vague word: where some source counts
 *       ("17 killed"), the lower end a vague word allows ("dozens": 24) does not pull the range down, though
 *       its maximum still widens it. With vague claims only, their lowest minimum is used.</li>
 *   <li>A denial ("no civilians were harmed") is a claim like the others: it widens the range down to its
 *       count (0) rather than erasing the reports.</li>
 *   <li>Contested civilian status: when one source counts the dead as civilians and another, giving no civilian
 *       figure, as fighters, the civilian range runs down to 0.</li>
 * </ul>
 * Each range says where its ends come from ("min 17 from SANA and AFP; max 23 from SANA"). Stateless.
 */
public final class Reconciliation {

    /**
     * One source's figure in one report.
     *
     * @param source      who gave it: the named source, or "article ID" when the report does not say
     * @param approximate whether the figure is a vague word or hedged count ("dozens", "nearly 30")
     */
    public record Claim(String articleId, String source, Measure measure, VictimCategory category, Range count,
                        boolean approximate, Figure.Stance stance) {
        public Claim {
            Objects.requireNonNull(articleId, "articleId");
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(count, "count");
        }
    }

    /** The reconciled range of one measure and category, with the claims behind it and where its ends come from. */
    public record Reconciled(Measure measure, VictimCategory category, Range range, String explanation,
                             List<Claim> claims) {
        public Reconciled {
            claims = List.copyOf(claims);
        }
    }

    private Reconciliation() {
    }

    /** Every claim of the incident's reports, in report order. */
    public static List<Claim> claims(Incident incident) {
        List<Claim> claims = new ArrayList<>();
        for (ReportedEvent e : incident.events()) {
            for (Figure f : e.event().figures()) {
                claims.add(new Claim(e.documentId(), sourceOf(f, e), f.measure(), f.category(), f.count(),
                        f.approximate(), f.stance()));
            }
        }
        return claims;
    }

    /** Who gave a figure: the named source, or the report itself. */
    static String sourceOf(Figure f, ReportedEvent e) {
        return f.attributedTo() != null ? f.attributedTo() : "article " + e.documentId();
    }

    /** The incident's ranges, one per measure and category that any claim speaks of. */
    public static List<Reconciled> reconcile(Incident incident) {
        List<Claim> all = claims(incident);
        Map<String, List<Claim>> byKind = new TreeMap<>();
        for (Claim c : all) {
            byKind.computeIfAbsent(c.measure().ordinal() + ":" + c.category().ordinal(), k -> new ArrayList<>()).add(c);
        }
        Set<String> contestedBy = civilianStatusContestedBy(all);
        List<Reconciled> out = new ArrayList<>();
        for (List<Claim> claims : byKind.values()) {
            Claim first = claims.get(0);
            boolean anyCount = claims.stream().anyMatch(c -> !c.approximate() || c.stance() == Figure.Stance.DENIED);
            long min = claims.stream().filter(c -> !anyCount || !c.approximate() || c.stance() == Figure.Stance.DENIED)
                    .mapToLong(c -> c.count().min()).min().orElseThrow();
            long max = claims.stream().mapToLong(c -> c.count().max()).max().orElseThrow();
            String explanation = explain(claims, min, max, anyCount);
            if (first.measure() == Measure.KILLED && first.category() == VictimCategory.CIVILIANS
                    && !contestedBy.isEmpty() && min > 0) {
                // "min 0 (civilian status contested by X; lowest civilian count 2 from Y); max ..."
                int end = explanation.indexOf("; max ");
                explanation = "min 0 (civilian status contested by " + String.join(" and ", contestedBy)
                        + "; lowest civilian count " + explanation.substring("min ".length(), end) + ")"
                        + explanation.substring(end);
                min = 0;
            }
            out.add(new Reconciled(first.measure(), first.category(), new Range(min, max), explanation, claims));
        }
        return out;
    }

    /**
     * The sources that count the dead as fighters while giving no civilian figure, when another source gives
     * civilians killed; empty when the civilian status is not contested. A source that gives both ("3 civilians
     * and 5 militants") breaks the toll down; it does not contest it.
     */
    private static Set<String> civilianStatusContestedBy(List<Claim> claims) {
        Set<String> civilians = new LinkedHashSet<>();
        Set<String> fighters = new LinkedHashSet<>();
        for (Claim c : claims) {
            if (c.measure() != Measure.KILLED || c.count().max() == 0) {
                continue;
            }
            if (c.category() == VictimCategory.CIVILIANS) {
                civilians.add(c.source());
            } else if (c.category() == VictimCategory.FIGHTERS) {
                fighters.add(c.source());
            }
        }
        if (civilians.isEmpty()) {
            return Set.of();
        }
        Set<String> contesting = new LinkedHashSet<>(fighters);
        contesting.removeAll(civilians);
        Set<String> civilianOnly = new LinkedHashSet<>(civilians);
        civilianOnly.removeAll(fighters);
        return civilianOnly.isEmpty() ? Set.of() : contesting;
    }

    private static String explain(List<Claim> claims, long min, long max, boolean anyCount) {
        Set<String> minFrom = new LinkedHashSet<>();
        Set<String> maxFrom = new LinkedHashSet<>();
        Set<String> denials = new LinkedHashSet<>();
        Set<String> vague = new LinkedHashSet<>();
        for (Claim c : claims) {
            boolean credibleMin = !anyCount || !c.approximate() || c.stance() == Figure.Stance.DENIED;
            if (credibleMin && c.count().min() == min) {
                minFrom.add(c.source());
            }
            if (!credibleMin && c.count().min() < min) {
                vague.add(c.source());
            }
            if (c.count().max() == max) {
                maxFrom.add(c.source());
            }
            if (c.stance() == Figure.Stance.DENIED) {
                denials.add(c.source());
            }
        }
        String text = "min " + min + " from " + String.join(" and ", minFrom) + "; max " + max + " from "
                + String.join(" and ", maxFrom);
        if (!vague.isEmpty()) {
            text += "; vague figures of " + String.join(" and ", vague) + " not used for the minimum";
        }
        return denials.isEmpty() ? text : text + "; denied by " + String.join(" and ", denials);
    }
}
