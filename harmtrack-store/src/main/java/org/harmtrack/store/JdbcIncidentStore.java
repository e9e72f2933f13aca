package org.harmtrack.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import javax.sql.DataSource;
import org.harmtrack.model.Aggregate;
import org.harmtrack.model.Document;
import org.harmtrack.model.Extraction;

/**
 * The {@link IncidentStore} over any JDBC data source holding the schema of {@code db/migration}.
 *
 * <p>Each call borrows its own connection. Reads run in a REPEATABLE READ transaction so an incident and its
 * child rows come from one snapshot; writes are serialised by a lock, which keeps two ingests of one new
 * article from racing to insert it and lets {@link #close()} wait for a running ingest.
 */
final class JdbcIncidentStore implements IncidentStore {
    private final DataSource dataSource;
    private final Runnable release;
    private final String description;
    private final Clock clock;
    private final ReentrantLock writeLock = new ReentrantLock();
    private final SearchIndex index;
    /** The linker's view of articles read while linking earlier batches (a batch's neighbours are often the same). */
    private final ReportCache linkedReports = new ReportCache(50_000);
    private volatile boolean closed;
    /** Whether a write reached the database but not the search index (so it stays marked stale). */
    private volatile boolean indexMissesWrites;

    /**
     * @param dataSource  where connections come from
     * @param release     frees the data source on {@link #close()}
     * @param description names the database in error messages ("H2 database in /data/harmtrack")
     */
    JdbcIncidentStore(DataSource dataSource, Runnable release, String description, Clock clock, SearchIndex index) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.release = Objects.requireNonNull(release, "release");
        this.description = Objects.requireNonNull(description, "description");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.index = Objects.requireNonNull(index, "index");
    }

    /**
     * The store over a data source: creates or upgrades its schema (the Flyway migrations under
     * {@code db/migration}), opens its search index in {@code searchDir} (created if needed), completes the rows an
     * older version wrote when the schema was upgraded, and rebuilds a stale index. On failure releases the data
     * source.
     */
    static IncidentStore open(DataSource dataSource, Runnable release, String description, java.nio.file.Path searchDir) {
        boolean upgraded;
        try {
            org.flywaydb.core.api.output.MigrateResult migrated = org.flywaydb.core.Flyway.configure()
                    .dataSource(dataSource).locations("classpath:db/migration").load().migrate();
            // rows to complete exist only in a database an older version created
            upgraded = migrated.initialSchemaVersion != null && migrated.migrationsExecuted > 0;
        } catch (RuntimeException e) {
            release.run();
            if (H2IncidentStore.inUseElsewhere(e)) {
                throw H2IncidentStore.inUse(description, e);
            }
            throw new StoreException("could not open or migrate " + description + ": " + e.getMessage(), e);
        }
        SearchIndex index;
        try {
            java.nio.file.Files.createDirectories(searchDir);
            index = SearchIndex.open(searchDir);
        } catch (java.io.IOException | RuntimeException e) {
            release.run();
            throw new StoreException("could not open the search index of " + description + " in " + searchDir + ": "
                    + e.getMessage(), e);
        }
        JdbcIncidentStore store = new JdbcIncidentStore(dataSource, release, description, Clock.systemUTC(), index);
        try {
            if (upgraded) {
                store.completeOlderRows();
            }
            store.reindexIfStale();
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        return store;
    }

    /**
     * Brings rows written by an older version up to date, once: links the events of articles stored before
     * incidents were linked (version 1 databases), gives incidents the URL-safe ids of version 8 (the old ids
     * stay aliases) and fills in the summaries of incidents stored before incidents had them (version 2) or renamed
     * here. Nothing is read from or lost of what was stored.
     */
    void completeOlderRows() {
        writeLock.lock();
        try (Connection c = dataSource.getConnection()) {
            Transactions.run(c, Connection.TRANSACTION_READ_COMMITTED, tx -> {
                IncidentReader reader = new IncidentReader(tx);
                IncidentLinks links = new IncidentLinks(tx);
                for (String id : reader.strings("SELECT DISTINCT e.article_id FROM event e WHERE NOT EXISTS"
                        + " (SELECT 1 FROM incident_report r WHERE r.article_id = e.article_id"
                        + " AND r.event_no = e.event_no) ORDER BY e.article_id")) {
                    Document doc = reader.article(id).orElseThrow();
                    Extraction extraction = new Extraction(id, reader.eventsOf(id), List.of());
                    links.link(org.harmtrack.link.IncidentLinker.reportedEvents(doc, extraction), java.util.Set.of());
                }
                // ids of the form written before they were safe in a URL: renamed, the old ones kept as aliases
                for (String legacy : reader.strings("SELECT id FROM incident WHERE id LIKE '%#%' ORDER BY id")) {
                    links.renameLegacy(legacy);
                }
                List<String> unsummarised = reader.strings(
                        "SELECT id FROM incident WHERE reports IS NULL OR sources IS NULL OR airwars_grade IS NULL ORDER BY id");
                for (int from = 0; from < unsummarised.size(); from += 500) {
                    List<LinkedIncident> chunk = reader.linked(unsummarised.subList(from,
                            Math.min(unsummarised.size(), from + 500)));
                    links.updateSummaries(chunk.stream().map(LinkedIncident::incident).toList(),
                            chunk.stream().map(LinkedIncident::id).toArray(String[]::new));
                }
                return null;
            });
        } catch (SQLException e) {
            throw new StoreException("could not bring the rows of " + description + " up to date: " + message(e), e);
        } finally {
            writeLock.unlock();
        }
    }

    /**
     * Rebuilds the search index from the database when the two disagree on the number of articles (an index
     * deleted) or a write was left half done (an ingest stopped between the database's commit and the index's,
     * which leaves a marker in the index folder).
     */
    void reindexIfStale() {
        try {
            long articles = articleCount();
            if (index.articleCount() == articles && !index.markedStale()) {
                return;
            }
            index.clear();
            List<String> ids = read("list articles", r -> r.articleIds());
            for (int from = 0; from < ids.size(); from += 500) {
                List<String> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
                Map<String, List<org.harmtrack.model.Event>> events = new java.util.HashMap<>();
                for (StoredIncident e : read("read events", r -> r.reports(chunk).stream()
                        .map(IncidentReader.Report::stored).toList())) {
                    events.computeIfAbsent(e.documentId(), k -> new java.util.ArrayList<>()).add(e.event());
                }
                for (String id : chunk) {
                    Document doc = article(id).orElseThrow();
                    index.putUncommitted(doc, new Extraction(id, events.getOrDefault(id, List.of()), List.of()));
                }
            }
            index.commit();
            index.clearStale();
        } catch (java.io.IOException e) {
            throw new StoreException("could not rebuild the search index of " + description + ": " + e.getMessage(), e);
        }
    }

    @Override
    public IngestOutcome ingest(Document doc, Extraction extraction) {
        Objects.requireNonNull(doc, "doc");
        Objects.requireNonNull(extraction, "extraction");
        if (!doc.id().equals(extraction.documentId())) {
            throw new IllegalArgumentException("extraction is for document '" + extraction.documentId()
                    + "', not for document '" + doc.id() + "'");
        }
        writeLock.lock();
        try {
            checkOpen("ingest document '" + doc.id() + "'");
            markStale();
            IngestOutcome outcome = write(doc, extraction);
            if (outcome == IngestOutcome.STORED || outcome == IngestOutcome.UPDATED) {
                try {
                    index.put(doc, extraction);
                    if (!indexMissesWrites) {
                        index.clearStale();
                    }
                } catch (java.io.IOException | RuntimeException e) {
                    indexMissesWrites = true;
                    throw new StoreException("document '" + doc.id() + "' is stored in " + description
                            + " but not in its search index (rebuilt when the store is next opened): "
                            + e.getMessage(), e);
                }
            }
            return outcome;
        } finally {
            writeLock.unlock();
        }
    }

    @Override
    public List<IngestOutcome> ingestAll(List<Document> docs, List<Extraction> extractions) {
        return ingestBatch(docs, extractions, null);
    }

    @Override
    public List<IngestOutcome> ingestLinked(List<Document> docs, List<Extraction> extractions,
                                            Map<String, String> incidentOf) {
        return ingestBatch(docs, extractions, Objects.requireNonNull(incidentOf, "incidentOf"));
    }

    /** Stores a batch in one transaction; its events are linked here, or filed under {@code incidentOf}'s ids. */
    private List<IngestOutcome> ingestBatch(List<Document> docs, List<Extraction> extractions,
                                            Map<String, String> incidentOf) {
        IncidentWriter.checkBatch(docs, extractions);
        // the pure part of writing (linking features, text sketches) on every core, before taking the lock
        List<IncidentWriter.Derived> derived = java.util.stream.IntStream.range(0, docs.size()).parallel()
                .mapToObj(i -> IncidentWriter.Derived.of(docs.get(i), extractions.get(i))).toList();
        writeLock.lock();
        try {
            checkOpen("ingest a batch of " + docs.size() + " documents");
            markStale();
            List<IngestOutcome> outcomes;
            try (Connection c = dataSource.getConnection()) {
                IncidentWriter writer = new IncidentWriter(c);
                String[] current = {""};
                try {
                    outcomes = Transactions.run(c, Connection.TRANSACTION_READ_COMMITTED, tx -> {
                        IncidentLinks.Pending pending = new IncidentLinks.Pending();
                        OffsetDateTime now = OffsetDateTime.now(clock);
                        List<IngestOutcome> out = new java.util.ArrayList<>(docs.size());
                        for (int i = 0; i < docs.size(); i++) {
                            current[0] = " document '" + docs.get(i).id() + "'";
                            out.add(writer.write(docs.get(i), extractions.get(i), now, pending, derived.get(i)));
                        }
                        current[0] = "";
                        IncidentLinks links = new IncidentLinks(tx, linkedReports);
                        if (incidentOf == null) {
                            links.link(pending);
                        } else {
                            new LinkedElsewhere(links).place(pending, incidentOf);
                        }
                        return out;
                    });
                } catch (SQLException | RuntimeException e) {
                    linkedReports.clear(); // it may hold what this transaction wrote and took back
                    throw new StoreException("could not ingest the batch of " + docs.size() + " documents (at"
                            + current[0] + " " + writer.position() + ") into " + description + "; nothing of it"
                            + " was kept: " + message(e), e);
                }
            } catch (SQLException e) {
                throw new StoreException("could not ingest a batch into " + description + ": " + message(e), e);
            }
            for (int i = 0; i < docs.size(); i++) {
                if (outcomes.get(i) == IngestOutcome.STORED || outcomes.get(i) == IngestOutcome.UPDATED) {
                    // the next batches link against these reports: kept as the database would give them back
                    linkedReports.putWritten(docs.get(i), derived.get(i).reported());
                }
            }
            try {
                for (int i = 0; i < docs.size(); i++) {
                    if (outcomes.get(i) == IngestOutcome.STORED || outcomes.get(i) == IngestOutcome.UPDATED) {
                        index.putUncommitted(docs.get(i), extractions.get(i));
                    }
                }
                if (index.commitIfDue() && !indexMissesWrites) {
                    index.clearStale();
                }
            } catch (java.io.IOException | RuntimeException e) {
                indexMissesWrites = true;
                throw new StoreException("the batch is stored in " + description + " but not in its search index"
                        + " (rebuilt when the store is next opened): " + e.getMessage(), e);
            }
            return outcomes;
        } finally {
            writeLock.unlock();
        }
    }

    /** Marks the index as lagging until the write ahead has reached it too (see {@link #reindexIfStale}). */
    private void markStale() {
        try {
            index.markStale();
        } catch (java.io.IOException e) {
            throw new StoreException("could not write to the search index of " + description + ": " + e.getMessage(), e);
        }
    }

    private IngestOutcome write(Document doc, Extraction extraction) {
        try (Connection c = dataSource.getConnection()) {
            IncidentWriter writer = new IncidentWriter(c);
            try {
                return Transactions.run(c, Connection.TRANSACTION_READ_COMMITTED,
                        tx -> writer.write(doc, extraction, OffsetDateTime.now(clock)));
            } catch (SQLException | RuntimeException e) {
                throw ingestFailure(doc, " at " + writer.position(), e);
            }
        } catch (SQLException e) { // no connection to be had, or closing it failed
            throw ingestFailure(doc, "", e);
        }
    }

    private StoreException ingestFailure(Document doc, String where, Exception e) {
        return new StoreException("could not ingest document '" + doc.id() + "'" + where + " into " + description
                + ": " + message(e), e);
    }

    @Override
    public List<StoredIncident> incidents(IncidentQuery query) {
        Objects.requireNonNull(query, "query");
        return read("query incidents " + query, r -> r.incidents(query));
    }

    @Override
    public IncidentPage linkedIncidents(IncidentSearch search) {
        Objects.requireNonNull(search, "search");
        return read("search incidents " + search, r -> r.linked(search));
    }

    @Override
    public IncidentBrief.Page incidentBriefs(IncidentSearch search) {
        Objects.requireNonNull(search, "search");
        return read("list incidents " + search, r -> r.briefs(search));
    }

    @Override
    public List<TimelineBucket> timeline(IncidentSearch search) {
        Objects.requireNonNull(search, "search");
        return read("count incidents by month " + search, r -> r.timeline(search));
    }

    @Override
    public Optional<LinkedIncident> linkedIncident(String id) {
        Objects.requireNonNull(id, "id");
        return read("read incident '" + id + "'", r -> {
            String resolved = r.resolve(id);
            return resolved == null ? Optional.<LinkedIncident>empty()
                    : r.linked(List.of(resolved)).stream().findFirst();
        });
    }

    @Override
    public long linkedIncidentCount() {
        return read("count linked incidents", r -> r.count("incident"));
    }

    @Override
    public List<Aggregate> aggregates(String documentId) {
        Objects.requireNonNull(documentId, "documentId");
        return read("read the aggregates of document '" + documentId + "'", r -> r.aggregates(documentId));
    }

    @Override
    public List<StoredAggregate> aggregates(java.time.LocalDate from, java.time.LocalDate to) {
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("from must not be after to: from=" + from + " to=" + to);
        }
        return read("read the aggregates from " + from + " to " + to, r -> r.aggregates(from, to));
    }

    @Override
    public Optional<String> copyOf(String articleId) {
        Objects.requireNonNull(articleId, "articleId");
        return read("look up the copies of article '" + articleId + "'",
                r -> Optional.ofNullable(r.strings1("SELECT copy_of FROM article WHERE id = ?", articleId)));
    }

    @Override
    public boolean holds(Document doc) {
        Objects.requireNonNull(doc, "doc");
        String hash = IncidentWriter.sha256(doc.text());
        checkOpen("look up article '" + doc.id() + "'");
        // one statement, which reads one snapshot by itself: no transaction to set up (asked for every document)
        try (Connection c = dataSource.getConnection()) {
            return hash.equals(new IncidentReader(c).textHash(doc.id()));
        } catch (SQLException e) {
            throw new StoreException("could not look up article '" + doc.id() + "' in " + description + ": "
                    + message(e), e);
        }
    }

    @Override
    public Optional<Document> article(String id) {
        Objects.requireNonNull(id, "id");
        return read("read article '" + id + "'", r -> r.article(id));
    }

    @Override
    public long articleCount() {
        return read("count articles", r -> r.count("article"));
    }

    @Override
    public long incidentCount() {
        return read("count incidents", r -> r.count("event"));
    }

    @Override
    public List<SearchHit> search(String query, int limit) {
        Objects.requireNonNull(query, "query");
        if (query.isBlank()) {
            throw new IllegalArgumentException("the search text must not be blank");
        }
        if (limit <= 0) {
            throw new IllegalArgumentException("limit must be > 0: " + limit);
        }
        checkOpen("search for '" + query + "'");
        List<SearchIndex.Match> matches;
        try {
            matches = index.search(query, limit);
        } catch (java.io.IOException e) {
            throw new StoreException("could not search " + description + " for '" + query + "': " + e.getMessage(), e);
        }
        Map<String, String> incidentOf = read("find the incidents of the matching articles",
                r -> r.incidentsOfEvents(matches.stream().map(SearchIndex.Match::articleId).toList()));
        List<SearchHit> hits = new java.util.ArrayList<>();
        for (SearchIndex.Match m : matches) {
            int[] at = index.firstMatch(m.text(), query);
            int from = at[0] < 0 ? 0 : Math.max(0, at[0] - 120);
            int to = Math.min(m.text().length(), (at[0] < 0 ? 0 : at[1]) + 160);
            String snippet = (from > 0 ? "…" : "") + m.text().substring(from, to).strip()
                    + (to < m.text().length() ? "…" : "");
            List<String> incidents = m.eventNos().stream().sorted()
                    .map(no -> incidentOf.get(m.articleId() + "#" + no)).filter(Objects::nonNull).distinct().toList();
            hits.add(new SearchHit(m.articleId(), m.title(), m.score(), snippet, at[0], at[1], incidents));
        }
        return hits;
    }

    @Override
    public void close() {
        writeLock.lock();
        try {
            if (!closed) {
                closed = true;
                try {
                    index.commitPending();
                    if (!indexMissesWrites) {
                        index.clearStale();
                    }
                    index.close();
                } catch (java.io.IOException e) {
                    // the database is still released; the index is rebuilt at the next open if it was left short
                }
                release.run();
            }
        } finally {
            writeLock.unlock();
        }
    }

    /** A read step that may throw SQLException. */
    private interface Read<T> {
        T apply(IncidentReader reader) throws SQLException;
    }

    private <T> T read(String action, Read<T> work) {
        checkOpen(action);
        try (Connection c = dataSource.getConnection()) {
            // one snapshot for the event rows and the child rows read after them
            return Transactions.run(c, Connection.TRANSACTION_REPEATABLE_READ, tx -> work.apply(new IncidentReader(tx)));
        } catch (SQLException e) {
            throw new StoreException("could not " + action + " in " + description + ": " + message(e), e);
        }
    }

    private void checkOpen(String action) {
        if (closed) {
            throw new IllegalStateException("cannot " + action + ": the store over " + description + " is closed");
        }
    }

    /**
     * The most telling message of a failure, without the SQL text H2 appends (the cause keeps it): batch
     * failures keep their message in the chained exception.
     */
    private static String message(Exception e) {
        String m = e instanceof SQLException sql && sql.getNextException() != null
                ? sql.getNextException().getMessage() : e.getMessage();
        if (m == null) {
            return e.getClass().getName();
        }
        int sqlText = m.indexOf("; SQL statement:");
        return sqlText >= 0 ? m.substring(0, sqlText) : m;
    }
}
