package org.harmtrack.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.harmtrack.model.Event;
import org.harmtrack.model.EventType;
import org.junit.jupiter.api.Test;

/** Name rarity and text resemblance among the reports being linked. */
class ReportCorpusTest {

    private static ReportedEvent report(String id, Set<String> names, String text) {
        Event event = new Event(EventType.AIRSTRIKE, null, null, List.of(), null, null, null, null, null, null,
                List.of(), List.of(), List.of(), 1.0);
        return new ReportedEvent(id, 0, event, Set.of(), names, Set.of(), 0, null, Set.of(),
                ReportCorpus.wordCounts(text));
    }

    /** Thirty reports that all name "trks", two of which also name the village "brk". */
    private static List<ReportedEvent> thirtyReports() {
        List<ReportedEvent> reports = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            Set<String> names = i < 2 ? Set.of("trks", "brk") : Set.of("trks", "n" + i);
            reports.add(report("r" + i, names, "Monitors counted drone raid number " + i + " against a lorry near the depot"));
        }
        return reports;
    }

    @Test
    void aNameMostReportsUseIsNotRareAndOneFewUseIs() {
        ReportCorpus corpus = ReportCorpus.of(thirtyReports());
        assertFalse(corpus.rare("trks"));
        assertTrue(corpus.rare("brk"));
        assertTrue(corpus.rare("never-seen"));
    }

    @Test
    void amongFewReportsEveryNameIsRare() {
        ReportCorpus corpus = ReportCorpus.of(thirtyReports().subList(0, 5));
        assertTrue(corpus.rare("trks"));
    }

    @Test
    void reportsSharingUncommonWordsResembleMoreThanReportsSharingCommonOnes() {
        List<ReportedEvent> reports = new ArrayList<>(thirtyReports());
        ReportedEvent a = report("a", Set.of(), "Shells fell on the bread queue at the bakery, killing people waiting "
                + "for flour, monitors counted");
        ReportedEvent b = report("b", Set.of(), "People queuing for flour at the bakery died when shells fell");
        ReportedEvent c = report("c", Set.of(), "Monitors counted a drone raid against a lorry near the depot");
        reports.addAll(List.of(a, b, c));
        ReportCorpus corpus = ReportCorpus.of(reports);
        double ab = corpus.resemblance(a, b);
        double ac = corpus.resemblance(a, c);
        assertTrue(ab > 0.3, () -> "a~b " + ab);
        assertTrue(ac < ab / 3, () -> "a~c " + ac + ", a~b " + ab);
        assertEquals(corpus.resemblance(b, a), ab, 1e-12);
        assertEquals(1.0, corpus.resemblance(a, a), 1e-9);
        assertEquals(0.0, ReportCorpus.NONE.resemblance(a, b));
    }
}
