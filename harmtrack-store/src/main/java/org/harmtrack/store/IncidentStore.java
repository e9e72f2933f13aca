package org.harmtrack.store;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.harmtrack.model.Aggregate;
import org.harmtrack.model.Document;
import org.harmtrack.model.Event;
import org.harmtrack.model.Extraction;

/**
 * A durable record of ingested articles, the incidents extracted from them and their campaign-level aggregates.
 *
 * <p>Implementations are thread-safe: every method may be called from several threads at once. Each
 * {@link #ingest} is one transaction, and readers never see an article half written. After {@link #close()}
 * every other method throws {@link IllegalStateException}.
 *
 * <p>Database failures surface as the unchecked {@link StoreException}; invalid arguments as
 * {@link IllegalArgumentException} or {@link NullPointerException}.
 */
public interface IncidentStore extends AutoCloseable {

    /**
     * Opens, creating if needed, the H2 file database in {@code dir} and brings its schema up to date.
     *
     * @see H2IncidentStore#openH2(Path)
     */
    static IncidentStore openH2(Path dir) {
        return H2IncidentStore.openH2(dir);
    }

    /**
     * Stores an article with everything extracted from it, in one transaction.
     *
     * <p>The article's identity is {@code doc.id()} and its version is the SHA-256 of {@code doc.text()}: an
     * article already stored with the same text is left alone, even if its metadata or the extraction differ
     * ({@link IngestOutcome#UNCHANGED}); one stored with another text has its metadata, text, events and
     * aggregates replaced ({@link IngestOutcome#UPDATED}). If anything fails, nothing of this call is kept and
     * whatever was committed before, including a previous version of the same article, stays as it was.
     *
     * @param doc        the article
     * @param extraction what was extracted from it; its {@code documentId} must equal {@code doc.id()}
     * @return what the call changed
     * @throws IllegalArgumentException if the extraction belongs to another document
     * @throws StoreException if the database rejects the article; the message names the document id
     */
    IngestOutcome ingest(Document doc, Extraction extraction);

    /**
     * Stores many articles in one transaction and links all their events in one pass, which is much faster than
     * one {@link #ingest} each for a large batch and gives the same incidents. Each article is stored, updated or
     * left alone as {@link #ingest} would; if anything fails, nothing of the batch is kept.
     *
     * @return each document's outcome, in order
     * @throws IllegalArgumentException if the lists differ in length, an extraction belongs to another document, or
     *                                  a document is in the batch twice
     */
    List<IngestOutcome> ingestAll(List<Document> docs, List<Extraction> extractions);

    /**
     * As {@link #ingestAll}, for events linked into incidents elsewhere (the Spark job links a whole corpus): each
     * event is filed under the incident id {@code incidentOf} gives its report key ("doc#0"; a report left out is
     * an incident of its own), created if new, instead of being linked here; the incidents' summaries (reconciled
     * figures, grades) are computed as for the incidents the store links itself. An incident's reports may come
     * in several batches.
     */
    List<IngestOutcome> ingestLinked(List<Document> docs, List<Extraction> extractions,
                                     java.util.Map<String, String> incidentOf);

    /**
     * The incidents matching every filter the query sets, ordered by event start date (undated last), then by
     * document id and position in the document, at most {@link IncidentQuery#limit()} of them.
     */
    List<StoredIncident> incidents(IncidentQuery query);

    /**
     * The linked incidents matching every filter the query sets (see {@link IncidentSearch} for what each filter
     * tests), by date, at most {@link IncidentQuery#limit()} of them, each with all its reports. Reports are
     * linked as they are ingested: see {@code IncidentLinks} for the rule, the stability of ids and what an
     * undated report does.
     */
    default List<LinkedIncident> linkedIncidents(IncidentQuery query) {
        return linkedIncidents(IncidentSearch.of(query)).items();
    }

    /** One page of the linked incidents a search selects, in its order, with the number of all that match. */
    IncidentPage linkedIncidents(IncidentSearch search);

    /**
     * One page of the incidents a search selects, as the briefs kept on their rows: what a list or a map shows,
     * read without the incidents' reports, so a page costs the same however many reports its incidents have.
     */
    IncidentBrief.Page incidentBriefs(IncidentSearch search);

    /**
     * The dated incidents a search selects (its order and page ignored), counted and summed by month, for a
     * timeline.
     */
    List<TimelineBucket> timeline(IncidentSearch search);

    /**
     * The linked incident with this id, or with an id it had before it absorbed another incident (an alias), so
     * a shared link keeps working after a merge.
     */
    Optional<LinkedIncident> linkedIncident(String id);

    /** How many linked incidents are stored. */
    long linkedIncidentCount();

    /** The campaign-level figures of one article, in extraction order; empty if the article is unknown. */
    List<Aggregate> aggregates(String documentId);

    /**
     * The campaign-level figures whose period overlaps [from, to] (a null end leaves that side open), and those
     * whose period the text does not resolve (they cannot be placed in any window, but belong beside it), in
     * article order.
     */
    List<StoredAggregate> aggregates(java.time.LocalDate from, java.time.LocalDate to);

    /**
     * Full-text search over the articles and their events' evidence sentences, best first: Lucene's classic query
     * syntax with AND between words; a query that does not parse is searched as plain words.
     *
     * @throws IllegalArgumentException for a blank query or a limit below 1
     */
    List<SearchHit> search(String query, int limit);

    /**
     * Whether this exact article (same id, same text) is stored already, so a resumed ingest can skip extracting
     * it: {@link #ingest} would leave it unchanged.
     */
    boolean holds(Document doc);

    /**
     * The group of near-copies (one story lightly edited by several outlets) an article belongs to: the id of the
     * group's first stored article, or empty when the article is the first of its group or a story of its own.
     * Copies are articles published within three days whose texts resemble from {@code TextSketch.COPY}.
     */
    Optional<String> copyOf(String articleId);

    /** The stored article with this id. */
    Optional<Document> article(String id);

    /** How many articles are stored. */
    long articleCount();

    /** How many reported events ({@link Event}s) are stored, over all articles. */
    long incidentCount();

    /**
     * Waits for a running {@link #ingest} to finish, then releases the database. Idempotent.
     */
    @Override
    void close();
}
