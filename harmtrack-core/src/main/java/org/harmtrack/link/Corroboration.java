package org.harmtrack.link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.harmtrack.model.Figure;
import org.harmtrack.model.Perpetrator;

/**
 * How well an incident is corroborated, in the spirit of Airwars' grading, counting independent sources only.
 *
 * <p><b>Independent sources.</b> Reports that are copies of one story (their sentences' {@link TextSketch}es
 * resemble from {@link TextSketch#COPY}) or come from one publisher form one group. Each named source a group
 * cites ("SANA", "residents") is one source, however many groups cite it; a group whose figures are its own
 * (unattributed), or that gives none, is one source by itself. So an agency story reprinted by twenty outlets
 * counts once, and two outlets both quoting the state news agency count as the agency alone.
 *
 * <p><b>Grades</b>, first that applies:
 * <ol>
 *   <li>{@link Grade#ACKNOWLEDGED}: a belligerent admits the harm (a figure with stance ADMITTED);</li>
 *   <li>{@link Grade#CONTESTED}: reports blame different perpetrators (competing claims of responsibility:
 *       two reports each name perpetrators, and none in common);</li>
 *   <li>{@link Grade#CORROBORATED}: two or more independent sources;</li>
 *   <li>{@link Grade#SINGLE_SOURCE}: one source.</li>
 * </ol>
 * A denial does not lower the grade: it is kept as a claim and widens the range ({@link Reconciliation}).
 * Stateless.
 */
public final class Corroboration {

    /** The corroboration grades, from Airwars' confirmed / contested / fair / weak. */
    public enum Grade {
        SINGLE_SOURCE, CORROBORATED, CONTESTED, ACKNOWLEDGED;

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * An incident's grade with its reasons.
     *
     * @param sources     the independent sources, named ("SANA") or by report ("article a1")
     * @param copies      groups of two or more reports taken for copies of one story or one publisher's, by id
     * @param explanation why the grade, in words
     */
    public record Assessment(Grade grade, List<String> sources, List<List<String>> copies, String explanation) {
        public Assessment {
            Objects.requireNonNull(grade, "grade");
            sources = List.copyOf(sources);
            copies = copies.stream().map(List::copyOf).toList();
        }
    }

    private Corroboration() {
    }

    /** Grades an incident. */
    public static Assessment assess(Incident incident) {
        List<ReportedEvent> reports = incident.events();
        int n = reports.size();
        int[] group = sameStories(reports);
        Set<String> sources = new LinkedHashSet<>();
        List<List<String>> copies = new ArrayList<>();
        Map<Integer, List<Integer>> byGroup = new java.util.TreeMap<>();
        for (int i = 0; i < n; i++) {
            byGroup.computeIfAbsent(find(group, i), k -> new ArrayList<>()).add(i);
        }
        for (List<Integer> story : byGroup.values()) {
            Set<String> members = new TreeSet<>();
            boolean ownFigures = false;
            for (int i : story) {
                ReportedEvent r = reports.get(i);
                members.add(r.documentId());
                List<Figure> figures = r.event().figures();
                ownFigures |= figures.isEmpty() || figures.stream().anyMatch(f -> f.attributedTo() == null);
                figures.stream().filter(f -> f.attributedTo() != null).forEach(f -> sources.add(f.attributedTo()));
            }
            if (ownFigures) {
                sources.add("article " + members.iterator().next());
            }
            if (members.size() > 1) {
                copies.add(new ArrayList<>(members));
            }
        }
        Set<String> admittedBy = new LinkedHashSet<>();
        for (ReportedEvent r : reports) {
            r.event().figures().stream().filter(f -> f.stance() == Figure.Stance.ADMITTED)
                    .forEach(f -> admittedBy.add(Reconciliation.sourceOf(f, r)));
        }
        List<String> blamed = competingPerpetrators(reports);
        Grade grade;
        String why;
        if (!admittedBy.isEmpty()) {
            grade = Grade.ACKNOWLEDGED;
            why = "harm acknowledged by " + String.join(" and ", admittedBy);
        } else if (!blamed.isEmpty()) {
            grade = Grade.CONTESTED;
            why = "reports blame different perpetrators: " + String.join(" versus ", blamed);
        } else if (sources.size() >= 2) {
            grade = Grade.CORROBORATED;
            why = sources.size() + " independent sources";
        } else {
            grade = Grade.SINGLE_SOURCE;
            why = "a single source";
        }
        if (!copies.isEmpty()) {
            why += "; counted once: " + String.join(", ", copies.stream().map(c -> String.join(" = ", c)).toList());
        }
        return new Assessment(grade, new ArrayList<>(sources), copies, why);
    }

    /**
     * Groups the reports that are one story (see {@link #sameStory}) with union-find: reports of one article or one
     * publisher are joined through a map; copies are looked for only between reports whose sketches share a hash
     * (an inverted index), and only between reports not already in one group, so that an incident of hundreds of
     * reports is not compared pair by pair. Returns each report's group representative array.
     */
    private static int[] sameStories(List<ReportedEvent> reports) {
        int n = reports.size();
        int[] group = new int[n];
        for (int i = 0; i < n; i++) {
            group[i] = i;
        }
        Map<String, Integer> firstOfKey = new HashMap<>();
        Map<Integer, List<Integer>> withHash = new HashMap<>();
        int[][] sketches = new int[n][];
        for (int i = 0; i < n; i++) {
            ReportedEvent r = reports.get(i);
            union(group, i, firstOfKey.merge("d:" + r.documentId(), i, Math::min));
            if (r.publisher() != null) {
                union(group, i, firstOfKey.merge("p:" + r.publisher().toLowerCase(java.util.Locale.ROOT), i,
                        Math::min));
            }
            sketches[i] = TextSketch.sorted(r.sketch());
            for (int h : sketches[i]) {
                withHash.computeIfAbsent(h, k -> new ArrayList<>()).add(i);
            }
        }
        for (List<Integer> sharing : withHash.values()) {
            if (sharing.stream().map(i -> find(group, i)).distinct().count() == 1) {
                continue; // already one story: the common case once copies have been joined
            }
            for (int x = 0; x < sharing.size(); x++) {
                for (int y = x + 1; y < sharing.size(); y++) {
                    int i = sharing.get(x);
                    int j = sharing.get(y);
                    if (find(group, i) != find(group, j)
                            && TextSketch.resemblance(sketches[i], sketches[j]) >= TextSketch.COPY) {
                        union(group, i, j);
                    }
                }
            }
        }
        return group;
    }

    /** Whether two reports are one story: one publisher's, or copies of each other's sentences. */
    static boolean sameStory(ReportedEvent a, ReportedEvent b) {
        if (a.documentId().equals(b.documentId())) {
            return true;
        }
        if (a.publisher() != null && b.publisher() != null && a.publisher().equalsIgnoreCase(b.publisher())) {
            return true;
        }
        return TextSketch.resemblance(a.sketch(), b.sketch()) >= TextSketch.COPY;
    }

    /** Two perpetrator lists, as "A / B", when two reports name perpetrators with none in common; else empty. */
    private static List<String> competingPerpetrators(List<ReportedEvent> reports) {
        Set<Set<String>> distinct = new LinkedHashSet<>(); // few distinct lists however many reports
        for (ReportedEvent r : reports) {
            Set<String> names = new TreeSet<>();
            for (Perpetrator p : r.event().perpetrators()) {
                if (p.kind() != Perpetrator.ActorKind.UNKNOWN) {
                    names.add(p.name());
                }
            }
            if (!names.isEmpty()) {
                distinct.add(names);
            }
        }
        List<Set<String>> named = new ArrayList<>(distinct);
        for (int i = 0; i < named.size(); i++) {
            for (int j = i + 1; j < named.size(); j++) {
                if (named.get(i).stream().noneMatch(named.get(j)::contains)) {
                    return List.of(String.join(" / ", named.get(i)), String.join(" / ", named.get(j)));
                }
            }
        }
        return List.of();
    }

    private static int find(int[] group, int i) {
        while (group[i] != i) {
            group[i] = group[group[i]];
            i = group[i];
        }
        return i;
    }

    private static void union(int[] group, int i, int j) {
        group[Math.max(find(group, i), find(group, j))] = Math.min(find(group, i), find(group, j));
    }
}
