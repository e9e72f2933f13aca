package org.harmtrack.link;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.harmtrack.model.Document;
import org.harmtrack.model.Event;
import org.harmtrack.model.Extraction;
import org.harmtrack.model.Span;

/**
 * Groups the events of many reports into incidents, statelessly and deterministically: the same reports give the
 * same incidents, with the same ids, in whatever order they come.
 *
 * <p>Every pair of events within a day of each other is scored by {@link LinkEvidence}. Pairs are then joined
 * best first, as long as the score reaches {@link LinkEvidence#LINK} and no two events of the joined groups
 * contradict each other (a score below {@link LinkEvidence#CONFLICT}): so two strikes in one town on one day stay
 * apart when their reports say different things, and a third report cannot chain two incidents into one. Weaker
 * pairs (from {@link LinkEvidence#MUTUAL_BEST}) are then joined in rounds when each event is the other's clear best
 * match among the groups it could still join, by a margin ({@link LinkEvidence#MARGIN}).
 * Immutable and thread-safe.
 */
public final class IncidentLinker {

    /** The events of one report, with the words of the sentences each came from. */
    public static List<ReportedEvent> reportedEvents(Document document, Extraction extraction) {
        return reportedEvents(document, extraction, true);
    }

    /**
     * As {@link #reportedEvents(Document, Extraction)}, with the report's word counts or without them: only undated
     * reports are compared by them, so a caller that links no undated report (the store) spares counting them.
     */
    public static List<ReportedEvent> reportedEvents(Document document, Extraction extraction, boolean withWords) {
        List<ReportedEvent> events = new ArrayList<>();
        Map<String, Integer> reportWords = extraction.events().isEmpty() || !withWords ? Map.of()
                : Map.copyOf(ReportCorpus.wordCounts(document.text()));
        for (int i = 0; i < extraction.events().size(); i++) {
            Event e = extraction.events().get(i);
            StringBuilder words = new StringBuilder();
            for (Span s : e.evidence()) {
                words.append(document.text(), s.start(), s.end()).append(' ');
            }
            String text = words.length() == 0 ? document.text() : words.toString();
            // the place the gazetteer found is compared by distance; the names left are the villages it lacks
            Set<String> placeNames = new TreeSet<>(DetailWords.placeNames(text));
            if (e.place() != null && e.place().text() != null) {
                placeNames.removeAll(DetailWords.names("in " + e.place().text()));
            }
            events.add(new ReportedEvent(document.id(), i, e, DetailWords.of(text), DetailWords.names(text),
                    placeNames, DetailWords.ordinal(text), document.publisher(), TextSketch.of(text), reportWords));
        }
        return events;
    }

    /** The incidents the events tell of, ordered by their earliest report's id. */
    public List<Incident> link(List<ReportedEvent> input) {
        return link(input, Map.of());
    }

    /**
     * The incidents the events tell of, some of them linked before: the reports {@code earlier} puts in one
     * incident (report key to incident id) start as one group and are not compared with each other again, so that
     * linking a few new reports to a strike already told by hundreds costs a pass over the new reports' pairs, not
     * over every pair of the hundreds. Such a group can grow and merge with others, not split.
     */
    public List<Incident> link(List<ReportedEvent> input, Map<String, String> earlier) {
        List<ReportedEvent> events = new ArrayList<>(input);
        events.sort(Comparator.comparing(ReportedEvent::key));
        int n = events.size();
        String[] earlierIncident = new String[n];
        for (int i = 0; i < n; i++) {
            earlierIncident[i] = earlier.get(events.get(i).key());
        }
        List<Pair> pairs = new ArrayList<>();
        Scores scores = new Scores(events, ReportCorpus.of(events));
        // events sorted by day, so that only events within a day of each other are compared
        Integer[] byDay = new Integer[n];
        for (int i = 0; i < n; i++) {
            byDay[i] = i;
        }
        Arrays.sort(byDay, Comparator.comparingLong(i -> startDay(events.get(i))));
        for (int p = 0; p < n; p++) {
            int i = byDay[p];
            long dayI = startDay(events.get(i));
            for (int q = p + 1; q < n; q++) {
                int j = byDay[q];
                long dayJ = startDay(events.get(j));
                if (dayI != Long.MIN_VALUE && dayJ - endDay(events.get(i)) > 1) {
                    break;
                }
                if (earlierIncident[i] != null && earlierIncident[i].equals(earlierIncident[j])) {
                    continue; // already one incident
                }
                double s = scores.score(i, j);
                if (s >= LinkEvidence.MUTUAL_BEST) {
                    pairs.add(new Pair(Math.min(i, j), Math.max(i, j), s));
                }
            }
        }
        pairs.sort(Comparator.comparingDouble(Pair::score).reversed().thenComparingInt(Pair::a)
                .thenComparingInt(Pair::b));
        int[] group = new int[n];
        List<List<Integer>> members = new ArrayList<>();
        Map<String, Integer> firstOfIncident = new HashMap<>(); // an earlier incident's group is its first report's
        for (int i = 0; i < n; i++) {
            Integer first = earlierIncident[i] == null ? null : firstOfIncident.putIfAbsent(earlierIncident[i], i);
            group[i] = first == null ? i : first;
            members.add(new ArrayList<>());
            members.get(group[i]).add(i);
        }
        for (Pair pair : pairs) {
            if (pair.score() >= LinkEvidence.LINK) {
                join(pair, group, members, scores);
            }
        }
        // weaker pairs, in rounds: two events each other's clear best match among the groups they could still
        // join, with nothing against either group (mutual nearest neighbours)
        boolean joined = true;
        while (joined) {
            joined = false;
            List<Pair> open = new ArrayList<>();
            // whether two groups conflict, asked once per pair of groups this round (groups change only by joins,
            // made after this list is drawn up), not once per pair of their events: a strike told by hundreds of
            // reports would otherwise cost the fourth power of their number
            Map<Long, Boolean> conflicting = new HashMap<>();
            for (Pair pair : pairs) {
                int ga = group[pair.a()];
                int gb = group[pair.b()];
                if (ga != gb && !conflicting.computeIfAbsent(pairKey(ga, gb),
                        k -> conflict(members.get(ga), members.get(gb), scores))) {
                    open.add(pair);
                }
            }
            // each event's best score towards each group it could join; then its best and second-best group
            Map<Long, Double> towardGroup = new HashMap<>();
            for (Pair pair : open) {
                towardGroup.computeIfAbsent(((long) pair.a() << 32) | group[pair.b()],
                        k -> toward(pair.a(), members.get(group[pair.b()]), scores));
                towardGroup.computeIfAbsent(((long) pair.b() << 32) | group[pair.a()],
                        k -> toward(pair.b(), members.get(group[pair.a()]), scores));
            }
            double[] best = new double[n];
            double[] second = new double[n];
            Arrays.fill(best, Double.NEGATIVE_INFINITY);
            Arrays.fill(second, Double.NEGATIVE_INFINITY);
            for (Map.Entry<Long, Double> t : towardGroup.entrySet()) {
                int e = (int) (t.getKey() >>> 32);
                double score = t.getValue();
                if (score > best[e]) {
                    second[e] = best[e];
                    best[e] = score;
                } else if (score > second[e]) {
                    second[e] = score;
                }
            }
            // a near tie is no evidence of which is meant
            for (Pair pair : open) {
                Double ab = towardGroup.get(((long) pair.a() << 32) | group[pair.b()]);
                Double ba = towardGroup.get(((long) pair.b() << 32) | group[pair.a()]);
                if (ab == null || ba == null) {
                    continue; // a group joined earlier in this round; the next round sees it
                }
                boolean mutualBest = ab == best[pair.a()] && ba == best[pair.b()] && ab >= LinkEvidence.MUTUAL_BEST
                        && ab - second[pair.a()] > LinkEvidence.MARGIN && ba - second[pair.b()] > LinkEvidence.MARGIN;
                // the costlier check (every pair across two groups) only for a join the cheap ones allow
                if (mutualBest && (members.get(group[pair.a()]).size() + members.get(group[pair.b()]).size() <= 2
                        || allAtLeast(members.get(group[pair.a()]), members.get(group[pair.b()]), scores,
                        LinkEvidence.GROW))) {
                    joined |= join(pair, group, members, scores);
                }
            }
        }
        List<Incident> incidents = new ArrayList<>();
        for (List<Integer> g : members) {
            if (g.isEmpty()) {
                continue;
            }
            List<ReportedEvent> reports = g.stream().sorted().map(events::get).collect(Collectors.toList());
            incidents.add(new Incident(idFor(reports.get(0)), reports));
        }
        return incidents;
    }

    /**
     * The id of an incident whose earliest report is {@code first}: "inc:" then the report's id and the event's
     * 1-based position in it ("inc:a17.2"), the numbering the store uses for events; safe in a URL path
     * ({@link IncidentIds}).
     */
    public static String idFor(ReportedEvent first) {
        return IncidentIds.of(first.documentId(), first.eventIndex() + 1);
    }

    private static boolean join(Pair pair, int[] group, List<List<Integer>> members, Scores scores) {
        int ga = group[pair.a()];
        int gb = group[pair.b()];
        if (ga == gb || conflict(members.get(ga), members.get(gb), scores)) {
            return false;
        }
        int keep = Math.min(ga, gb);
        int drop = Math.max(ga, gb);
        for (int m : members.get(drop)) {
            group[m] = keep;
        }
        members.get(keep).addAll(members.get(drop));
        members.get(drop).clear();
        return true;
    }

    /** Whether every pair across two groups scores at least {@code floor} (at least {@link LinkEvidence#CONFLICT}). */
    private static boolean allAtLeast(List<Integer> a, List<Integer> b, Scores scores, double floor) {
        for (int i : a) {
            for (int j : b) {
                Double s = scores.kept(i, j);
                if (s == null || s < floor) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean conflict(List<Integer> a, List<Integer> b, Scores scores) {
        for (int i : a) {
            for (int j : b) {
                if (scores.kept(i, j) == null) {
                    return true;
                }
            }
        }
        return false;
    }

    /** An event's mean score with the members of a group: a group is joined for all it holds, not its best member. */
    private static double toward(int e, List<Integer> group, Scores scores) {
        double sum = 0;
        for (int m : group) {
            sum += scores.of(e, m);
        }
        return sum / group.size();
    }

    /**
     * The scores of pairs of events. Only those from {@link LinkEvidence#CONFLICT} up are kept (the others can only
     * keep groups apart), so memory grows with the pairs that could be joined, not with all pairs compared.
     * Every pair that can score at all is scored once by {@link #score} in {@link #link}: a pair not kept is one
     * that conflicts.
     */
    private static final class Scores {
        private final Map<Long, Double> kept = new HashMap<>();
        private final List<ReportedEvent> events;
        private final ReportCorpus corpus;

        Scores(List<ReportedEvent> events, ReportCorpus corpus) {
            this.events = events;
            this.corpus = corpus;
        }

        /** Scores a pair and keeps the score if it is no conflict. */
        double score(int i, int j) {
            double s = LinkEvidence.score(events.get(i), events.get(j), corpus);
            if (s >= LinkEvidence.CONFLICT) {
                kept.put(pairKey(i, j), s);
            }
            return s;
        }

        /** The kept score of a pair, or null when it conflicts. */
        Double kept(int i, int j) {
            return kept.get(pairKey(i, j));
        }

        /** The score of a pair, kept or scored anew. */
        double of(int i, int j) {
            Double s = kept.get(pairKey(i, j));
            return s != null ? s : LinkEvidence.score(events.get(i), events.get(j), corpus);
        }
    }

    /**
     * A pair's key: the two indexes packed, then multiplied by an odd constant (a bijection, so keys stay unique)
     * because Long.hashCode of the packed form is i ^ j, which gives hundreds of reports' pairs a few thousand
     * hash values and HashMap long collision chains.
     */
    private static long pairKey(int i, int j) {
        return (((long) Math.min(i, j) << 32) | Math.max(i, j)) * 0x9E3779B97F4A7C15L;
    }

    private static long startDay(ReportedEvent e) {
        var d = e.event().date();
        return d == null || d.start() == null ? Long.MIN_VALUE : d.start().toEpochDay();
    }

    private static long endDay(ReportedEvent e) {
        var d = e.event().date();
        return d == null || d.end() == null ? Long.MIN_VALUE : d.end().toEpochDay();
    }

    private record Pair(int a, int b, double score) {
    }
}
