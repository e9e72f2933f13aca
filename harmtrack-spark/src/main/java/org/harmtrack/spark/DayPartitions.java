package org.harmtrack.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.harmtrack.link.Incident;
import org.harmtrack.link.IncidentLinker;
import org.harmtrack.link.ReportedEvent;
import org.harmtrack.model.EventDate;

/**
 * How the job links a corpus too large for one linker: by partitions of days with an overlap, then stitched.
 *
 * <p>A dated report's <i>home</i> is the partition of {@code span} days its first day falls in. It is linked in its
 * home and also in a neighbouring partition when its days come within {@value #OVERLAP_DAYS} days of that
 * partition (the linker joins events at most a day apart; the store relinks the same two days around a new event),
 * so a strike reported over midnight, or two days later, is seen whole on both sides of an edge. Each partition is
 * linked by the same {@link IncidentLinker} as {@code harmtrack link} and the store; a report seen in two partitions
 * then joins the groups it was put in on each side ({@link Stitch}), and each report is finally counted in its home
 * only. Undated reports, and reports dated over more than {@value #LONGEST_DAYS} days, are incidents of their own,
 * as the store keeps them across articles.
 * <p>Immutable and thread-safe; pure (no Spark), so the rules are tested without a cluster.
 */
final class DayPartitions implements Serializable {
    private static final long serialVersionUID = 1L;
    /** Days a report reaches into a neighbouring partition. */
    static final int OVERLAP_DAYS = 2;
    /** Reports dated over more days than this are not linked across articles (as in the store). */
    static final int LONGEST_DAYS = 31;

    private final int span;

    /** @param span days in a partition; at least {@code 2 * OVERLAP_DAYS + 1} */
    DayPartitions(int span) {
        if (span <= 2 * OVERLAP_DAYS) {
            throw new IllegalArgumentException("a partition must span more than " + 2 * OVERLAP_DAYS
                    + " days, not " + span);
        }
        this.span = span;
    }

    /** Whether the report is an incident of its own, not linked with others. */
    static boolean alone(ReportedEvent r) {
        EventDate d = r.event().date();
        return d == null || d.start() == null || d.end() == null
                || d.end().isAfter(d.start().plusDays(LONGEST_DAYS));
    }

    /** The report's home partition (a dated report only). */
    long home(ReportedEvent r) {
        return Math.floorDiv(r.event().date().start().toEpochDay(), span);
    }

    /** The partitions a dated report is linked in: its home first, then the neighbours it reaches into. */
    List<Long> views(ReportedEvent r) {
        long home = home(r);
        long first = r.event().date().start().toEpochDay();
        long last = r.event().date().end().toEpochDay();
        List<Long> views = new ArrayList<>(3);
        views.add(home);
        if (first - home * span < OVERLAP_DAYS) {
            views.add(home - 1);
        }
        if ((home + 1) * span - 1 - last < OVERLAP_DAYS) {
            views.add(home + 1);
        }
        return views;
    }

    /**
     * Links the reports of one partition; each report's label names its group there ("partition/first report"),
     * so that labels of different partitions never coincide.
     */
    static Map<String, String> link(long view, List<ReportedEvent> reports) {
        Map<String, String> labels = new HashMap<>();
        for (Incident incident : new IncidentLinker().link(reports)) {
            String label = view + "/" + incident.events().get(0).key();
            incident.events().forEach(r -> labels.put(r.key(), label));
        }
        return labels;
    }

    /** The incident of a final group of reports: ordered by report key, with the id of the first (as the store). */
    static Incident incident(List<ReportedEvent> reports) {
        List<ReportedEvent> sorted = new ArrayList<>(reports);
        sorted.sort(java.util.Comparator.comparing(ReportedEvent::key));
        return new Incident(IncidentLinker.idFor(sorted.get(0)), sorted);
    }

    /**
     * Joins the labels that share a report (union-find), each group of labels named by its smallest, so the result
     * does not depend on the order the pairs come in.
     */
    static final class Stitch {
        private final Map<String, String> parent = new TreeMap<>();

        /** Records that two labels hold one report. */
        void join(String a, String b) {
            String ra = root(a);
            String rb = root(b);
            if (!ra.equals(rb)) {
                if (ra.compareTo(rb) < 0) {
                    parent.put(rb, ra);
                } else {
                    parent.put(ra, rb);
                }
            }
        }

        String root(String label) {
            String r = label;
            while (parent.containsKey(r)) {
                r = parent.get(r);
            }
            // shorten the path for later calls
            String l = label;
            while (!l.equals(r)) {
                String next = parent.get(l);
                parent.put(l, r);
                l = next;
            }
            return r;
        }

        /** Each joined label's group name (labels never joined are left out: they name themselves). */
        Map<String, String> roots() {
            Map<String, String> roots = new HashMap<>();
            for (String label : new ArrayList<>(parent.keySet())) {
                roots.put(label, root(label));
            }
            return roots;
        }
    }
}
