package org.harmtrack.link;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the reports being linked together say in common, which no pair of them can tell alone: how many of them
 * use each proper name, and how alike two of them read given what all of them say. Words and names most of the
 * reports use ("Turkish", "forces", the governorate of a season's reports) weigh little; the village, the prison,
 * the victim's name that two reports share weigh much, without a list of common words written for one conflict.
 * Immutable and thread-safe.
 *
 * <p>Rarity of names is judged only from {@value #JUDGED_FROM} reports on; among fewer, every name counts as rare
 * (as for a pair of reports compared on their own).
 */
final class ReportCorpus {
    /** The fewest reports among which a name's share says anything. */
    static final int JUDGED_FROM = 20;
    /**
     * The largest share of reports a name may appear in and still be rare. High enough that the name of a strike
     * told by many of the reports (ten of fifty) stays rare; low enough that a nationality or a governorate named
     * in most of them does not.
     */
    static final double RARE_SHARE = 0.25;

    /** No corpus: every name rare, no resemblance. */
    static final ReportCorpus NONE = new ReportCorpus(Map.of(), Map.of(), 0);

    private static final Pattern WORD = Pattern.compile("\\p{L}{3,}");

    private final Map<String, Integer> reportsNaming;
    private final Map<String, Vector> vectors;
    private final int reports;

    private ReportCorpus(Map<String, Integer> reportsNaming, Map<String, Vector> vectors, int reports) {
        this.reportsNaming = reportsNaming;
        this.vectors = vectors;
        this.reports = reports;
    }

    /**
     * The words of a text and how often each occurs: lower-case runs of three or more letters (of any script).
     * What {@link ReportedEvent#words()} holds for a report.
     */
    static Map<String, Integer> wordCounts(String text) {
        Map<String, Integer> counts = new TreeMap<>();
        Matcher m = WORD.matcher(text.toLowerCase(java.util.Locale.ROOT));
        while (m.find()) {
            counts.merge(m.group(), 1, Integer::sum);
        }
        return counts;
    }

    /** The corpus of these events' reports (a report counts once, whatever number of events it tells). */
    static ReportCorpus of(List<ReportedEvent> events) {
        Map<String, Set<String>> namesOf = new HashMap<>();
        Map<String, Map<String, Integer>> wordsOf = new HashMap<>();
        for (ReportedEvent e : events) {
            namesOf.computeIfAbsent(e.documentId(), k -> new HashSet<>()).addAll(e.names());
            wordsOf.putIfAbsent(e.documentId(), e.words());
        }
        Map<String, Integer> naming = new HashMap<>();
        for (Set<String> names : namesOf.values()) {
            names.forEach(n -> naming.merge(n, 1, Integer::sum));
        }
        Map<String, Integer> using = new HashMap<>();
        for (Map<String, Integer> words : wordsOf.values()) {
            words.keySet().forEach(w -> using.merge(w, 1, Integer::sum));
        }
        // each word gets a number, so that a report's vector is two sorted arrays and a dot product one merge
        Map<String, Integer> wordIds = new HashMap<>();
        new java.util.TreeSet<>(using.keySet()).forEach(w -> wordIds.put(w, wordIds.size()));
        int n = wordsOf.size();
        Map<String, Vector> vectors = new HashMap<>();
        wordsOf.forEach((id, words) -> vectors.put(id, Vector.of(words, wordIds, using, n)));
        return new ReportCorpus(Map.copyOf(naming), Map.copyOf(vectors), n);
    }

    /** Whether a name is used by few enough of the reports to tell one strike from another. */
    boolean rare(String name) {
        return reports < JUDGED_FROM || reportsNaming.getOrDefault(name, 0) <= Math.max(2, reports * RARE_SHARE);
    }

    /**
     * How alike two reports read, 0 to 1: the cosine of their word vectors, each word weighed by its count in the
     * report (logarithmically) and by how few of the reports use it (inverse document frequency).
     */
    double resemblance(ReportedEvent a, ReportedEvent b) {
        Vector x = vectors.get(a.documentId());
        Vector y = vectors.get(b.documentId());
        return x == null || y == null ? 0 : x.dot(y);
    }

    /** A report's unit word vector: word numbers ascending, with their weights. */
    private record Vector(int[] words, double[] weights) {
        static Vector of(Map<String, Integer> counts, Map<String, Integer> wordIds, Map<String, Integer> using,
                         int reports) {
            TreeMap<Integer, Double> byId = new TreeMap<>();
            double norm = 0;
            for (Map.Entry<String, Integer> c : counts.entrySet()) {
                double w = (1 + Math.log(c.getValue())) * Math.log((double) reports / using.get(c.getKey()));
                if (w > 0) {
                    byId.put(wordIds.get(c.getKey()), w);
                    norm += w * w;
                }
            }
            int[] ids = new int[byId.size()];
            double[] weights = new double[byId.size()];
            int i = 0;
            double length = Math.sqrt(norm);
            for (Map.Entry<Integer, Double> e : byId.entrySet()) {
                ids[i] = e.getKey();
                weights[i++] = e.getValue() / length;
            }
            return new Vector(ids, weights);
        }

        double dot(Vector other) {
            double sum = 0;
            int i = 0;
            int j = 0;
            while (i < words.length && j < other.words.length) {
                if (words[i] == other.words[j]) {
                    sum += weights[i++] * other.weights[j++];
                } else if (words[i] < other.words[j]) {
                    i++;
                } else {
                    j++;
                }
            }
            return sum;
        }
    }
}
