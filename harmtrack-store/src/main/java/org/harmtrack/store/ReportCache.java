package org.harmtrack.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.harmtrack.link.ReportedEvent;

/**
 * The linker's view of recently read articles' events ({@link IncidentReader#reportedEvents}), so that a batch that
 * relinks a neighbourhood already read for the batch before does not read it from the database again. Each entry is
 * kept under its article's id and text hash: an article rewritten with other text (by this process or another
 * one sharing the database) has another hash, so a stale entry is never used, only forgotten when the cache is
 * full (least recently used first). The events of one text are the same whoever wrote them, as the extraction of a
 * text does not change within a version, and an article whose text is unchanged is not rewritten.
 * <p>Thread-safe (one lock; the store writes one batch at a time anyway).
 */
final class ReportCache {
    private final int capacity;
    private final Map<String, Entry> entries;

    private record Entry(String textHash, List<ReportedEvent> events) {
    }

    /** @param capacity the most articles kept */
    ReportCache(int capacity) {
        this.capacity = capacity;
        this.entries = new LinkedHashMap<>(256, 0.75f, true);
    }

    /** The article's events as read when its text had this hash, or null if not kept. */
    synchronized List<ReportedEvent> get(String articleId, String textHash) {
        Entry e = entries.get(articleId);
        return e != null && e.textHash().equals(textHash) ? e.events() : null;
    }

    synchronized void put(String articleId, String textHash, List<ReportedEvent> events) {
        entries.put(articleId, new Entry(textHash, List.copyOf(events)));
        if (entries.size() > capacity) {
            var eldest = entries.entrySet().iterator();
            eldest.next();
            eldest.remove();
        }
    }

    /**
     * Keeps the reports of an article just written (committed). They must be in the form
     * {@link IncidentReader#reportedEvents} reads them back, without word counts
     * ({@code IncidentLinker.reportedEvents(doc, extraction, false)}, as the writer derives them).
     */
    void putWritten(org.harmtrack.model.Document doc, List<ReportedEvent> written) {
        put(doc.id(), IncidentWriter.sha256(doc.text()), written);
    }

    /** Forgets everything (a transaction that read into the cache was rolled back). */
    synchronized void clear() {
        entries.clear();
    }

    /** The text hash of each of the given articles that is stored. */
    static Map<String, String> textHashes(Connection connection, Collection<String> articleIds) throws SQLException {
        Map<String, String> hashes = new HashMap<>();
        List<String> ids = List.copyOf(articleIds);
        for (int from = 0; from < ids.size(); from += 500) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
            try (PreparedStatement ps = connection.prepareStatement("SELECT id, text_sha256 FROM article WHERE id IN ("
                    + String.join(", ", Collections.nCopies(chunk.size(), "?")) + ")")) {
                for (int i = 0; i < chunk.size(); i++) {
                    ps.setString(i + 1, chunk.get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        hashes.put(rs.getString(1), rs.getString(2));
                    }
                }
            }
        }
        return hashes;
    }
}
