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
 * An incident's figures reconciled the way monitors do: every claim kept, and per measure and category the range
 * from the lowest minimum any source gives to the highest maximum. A denial ("no civilians were harmed") is a
 * claim like the others, so it widens the range down to its count (0) rather than erasing the reports. Each
 * range says where its ends come from ("min 17 from SANA and AFP; max 23 from SANA"). Stateless.
 */
public final class Reconciliation {

    /**
     * One source's figure in one report.
     *
     * @param source who gave it: the named source, or "article ID" when the report does not say
     */
    public record Claim(String articleId, String source, Measure measure, VictimCategory category, Range count,
                        Figure.Stance stance) {
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
                String source = f.attributedTo() != null ? f.attributedTo() : "article " + e.documentId();
                claims.add(new Claim(e.documentId(), source, f.measure(), f.category(), f.count(), f.stance()));
            }
        }
        return claims;
    }

    /** The incident's ranges, one per measure and category that any claim speaks of. */
    public static List<Reconciled> reconcile(Incident incident) {
        Map<String, List<Claim>> byKind = new TreeMap<>();
        for (Claim c : claims(incident)) {
            byKind.computeIfAbsent(c.measure().ordinal() + ":" + c.category().ordinal(), k -> new ArrayList<>()).add(c);
        }
        List<Reconciled> out = new ArrayList<>();
        for (List<Claim> claims : byKind.values()) {
            long min = claims.stream().mapToLong(c -> c.count().min()).min().orElseThrow();
            long max = claims.stream().mapToLong(c -> c.count().max()).max().orElseThrow();
            Claim first = claims.get(0);
            out.add(new Reconciled(first.measure(), first.category(), new Range(min, max),
                    explain(claims, min, max), claims));
        }
        return out;
    }

    private static String explain(List<Claim> claims, long min, long max) {
        Set<String> minFrom = new LinkedHashSet<>();
        Set<String> maxFrom = new LinkedHashSet<>();
        Set<String> denials = new LinkedHashSet<>();
        for (Claim c : claims) {
            if (c.count().min() == min) {
                minFrom.add(c.source());
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
        return denials.isEmpty() ? text : text + "; denied by " + String.join(" and ", denials);
    }
}
