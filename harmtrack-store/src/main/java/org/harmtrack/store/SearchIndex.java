package org.harmtrack.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.harmtrack.model.Document;
import org.harmtrack.model.Event;
import org.harmtrack.model.Extraction;
import org.harmtrack.model.Span;

/**
 * The full-text index of the stored articles and of their events' evidence sentences (Lucene, English and Arabic
 * analysis, {@link ReportAnalyzer}: "strikes" finds "strike", "غارة" finds "الغارات"). One Lucene document per article (kind "article": id, title, text) and one per event
 * (kind "evidence": its article and event number, its sentences). Queries use Lucene's classic syntax ("market
 * AND children", "\"civil defence\"", "raqq*"); a query that does not parse is searched as plain words.
 *
 * <p>Thread-safe: Lucene's writer and searcher manager are; {@link #put} calls are serialised by the store.
 */
final class SearchIndex implements AutoCloseable {
    private static final String KIND = "kind";
    private static final String ID = "id";
    private static final String TITLE = "title";
    private static final String TEXT = "text";
    private static final String ARTICLE = "article";
    private static final String EVENT_NO = "event_no";
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private final Directory directory;
    /** Present while the database may hold writes the index has not caught up with. */
    private final Path staleMarker;
    private final Analyzer analyzer = new ReportAnalyzer();
    private final IndexWriter writer;
    private final SearcherManager searchers;
    /** When the index was last committed ({@link System#nanoTime}). */
    private volatile long lastCommit = System.nanoTime();
    /** The longest an ingest leaves what it indexed uncommitted ({@link #commitIfDue}). */
    static final int COMMIT_SECONDS = 10;

    private SearchIndex(Path dir) throws IOException {
        this.directory = FSDirectory.open(dir);
        this.staleMarker = dir.resolve("stale");
        this.writer = new IndexWriter(directory, new IndexWriterConfig(analyzer)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
        this.searchers = new SearcherManager(writer, null);
    }

    /** Opens, creating if needed, the index in {@code dir}. */
    static SearchIndex open(Path dir) {
        try {
            return new SearchIndex(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the search index in " + dir, e);
        }
    }

    /** Notes, before the database is written, that the index is about to lag behind it. */
    void markStale() throws IOException {
        if (!java.nio.file.Files.exists(staleMarker)) {
            java.nio.file.Files.createFile(staleMarker);
        }
    }

    /** Notes that the index has caught up with the database. */
    void clearStale() throws IOException {
        java.nio.file.Files.deleteIfExists(staleMarker);
    }

    /** Whether a write was left half done: the database committed, the index not. */
    boolean markedStale() {
        return java.nio.file.Files.exists(staleMarker);
    }

    /** How many articles the index holds. */
    long articleCount() throws IOException {
        searchers.maybeRefreshBlocking();
        IndexSearcher s = searchers.acquire();
        try {
            return s.count(new TermQuery(new Term(KIND, ARTICLE)));
        } finally {
            searchers.release(s);
        }
    }

    /** Indexes an article and its events' evidence, replacing what was indexed for it before; commits. */
    void put(Document doc, Extraction extraction) throws IOException {
        putUncommitted(doc, extraction);
        commit();
    }

    /** As {@link #put}, without the commit, for rebuilding many articles at once. */
    void putUncommitted(Document doc, Extraction extraction) throws IOException {
        writer.deleteDocuments(new Term(ARTICLE, doc.id()));
        List<org.apache.lucene.document.Document> docs = new ArrayList<>();
        org.apache.lucene.document.Document a = new org.apache.lucene.document.Document();
        a.add(new StringField(KIND, ARTICLE, Field.Store.NO));
        a.add(new StringField(ARTICLE, doc.id(), Field.Store.YES));
        if (doc.title() != null) {
            a.add(new TextField(TITLE, doc.title(), Field.Store.YES));
        }
        a.add(new TextField(TEXT, doc.text(), Field.Store.YES));
        docs.add(a);
        List<Event> events = extraction.events();
        for (int i = 0; i < events.size(); i++) {
            StringBuilder sentences = new StringBuilder();
            for (Span s : events.get(i).evidence()) {
                sentences.append(doc.text(), s.start(), s.end()).append('\n');
            }
            org.apache.lucene.document.Document e = new org.apache.lucene.document.Document();
            e.add(new StringField(KIND, "evidence", Field.Store.NO));
            e.add(new StringField(ARTICLE, doc.id(), Field.Store.YES));
            e.add(new StoredField(EVENT_NO, i + 1));
            e.add(new TextField(TEXT, sentences.toString(), Field.Store.NO));
            docs.add(e);
        }
        writer.addDocuments(docs);
    }

    /** Commits what {@link #putUncommitted} added. */
    void commit() throws IOException {
        writer.commit();
        lastCommit = System.nanoTime();
        searchers.maybeRefresh();
    }

    /**
     * Commits what was put since the last commit if that was {@value #COMMIT_SECONDS} s ago or more: an ingest
     * commits its index every few seconds, not with each batch, which spares it most of the index's flushing and
     * merging. What is not committed is still found by searches in this process (they reopen a near-real-time
     * reader first). Until the commit the store's stale marker stays, so a process stopped meanwhile has its index
     * rebuilt from the database when the store next opens.
     *
     * @return whether it committed
     */
    boolean commitIfDue() throws IOException {
        if (System.nanoTime() - lastCommit >= COMMIT_SECONDS * 1_000_000_000L) {
            commit();
            return true;
        }
        return false;
    }

    /** Commits what was put and not committed yet, if anything. */
    void commitPending() throws IOException {
        if (writer.hasUncommittedChanges()) {
            commit();
        }
    }

    /** Empties the index (before a rebuild). */
    void clear() throws IOException {
        writer.deleteAll();
        writer.commit();
        searchers.maybeRefresh();
    }

    /**
     * The articles best matching the query, each with the numbers of its events whose evidence matches.
     *
     * @return article id to (title, score, text, matching event numbers), best first
     */
    List<Match> search(String queryText, int limit) throws IOException {
        Query parsed = parse(queryText);
        searchers.maybeRefreshBlocking();
        IndexSearcher s = searchers.acquire();
        try {
            Map<String, Match> byArticle = new LinkedHashMap<>();
            BooleanQuery articles = new BooleanQuery.Builder().add(parsed, BooleanClause.Occur.MUST)
                    .add(new TermQuery(new Term(KIND, ARTICLE)), BooleanClause.Occur.FILTER).build();
            for (ScoreDoc hit : s.search(articles, limit).scoreDocs) {
                org.apache.lucene.document.Document d = s.storedFields().document(hit.doc);
                byArticle.put(d.get(ARTICLE), new Match(d.get(ARTICLE), d.get(TITLE), hit.score, d.get(TEXT),
                        new ArrayList<>()));
            }
            BooleanQuery evidence = new BooleanQuery.Builder().add(parsed, BooleanClause.Occur.MUST)
                    .add(new TermQuery(new Term(KIND, "evidence")), BooleanClause.Occur.FILTER).build();
            for (ScoreDoc hit : s.search(evidence, Math.max(limit * 4, 100)).scoreDocs) {
                org.apache.lucene.document.Document d = s.storedFields().document(hit.doc);
                Match m = byArticle.get(d.get(ARTICLE));
                if (m != null) {
                    m.eventNos().add(d.getField(EVENT_NO).numericValue().intValue());
                }
            }
            return new ArrayList<>(byArticle.values());
        } finally {
            searchers.release(s);
        }
    }

    /** One matching article: its id, title, score, text and the numbers of its matching events. */
    record Match(String articleId, String title, float score, String text, List<Integer> eventNos) {
    }

    private Query parse(String queryText) {
        QueryParser parser = new QueryParser(TEXT, analyzer);
        parser.setDefaultOperator(QueryParser.Operator.AND);
        try {
            return parser.parse(queryText);
        } catch (ParseException | IllegalArgumentException e) {
            try {
                return parser.parse(QueryParser.escape(queryText));
            } catch (ParseException again) {
                throw new IllegalArgumentException("cannot search for '" + queryText + "'", again);
            }
        }
    }

    /**
     * Where the first word of the text that the query asks for starts and ends: the first whose analysed form is one
     * of the query's ("الغارات" for "غارة", "markets" for "market"), else the first that begins with a query word
     * (for prefix queries such as "raqq*"); {-1, -1} when none.
     */
    int[] firstMatch(String text, String queryText) {
        java.util.Set<String> wanted = new java.util.HashSet<>();
        try (org.apache.lucene.analysis.TokenStream query = analyzer.tokenStream(TEXT, queryText)) {
            org.apache.lucene.analysis.tokenattributes.CharTermAttribute term =
                    query.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
            query.reset();
            while (query.incrementToken()) {
                wanted.add(term.toString());
            }
            query.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringReader does not fail
        }
        if (!wanted.isEmpty()) {
            try (org.apache.lucene.analysis.TokenStream words = analyzer.tokenStream(TEXT, text)) {
                org.apache.lucene.analysis.tokenattributes.CharTermAttribute term =
                        words.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
                org.apache.lucene.analysis.tokenattributes.OffsetAttribute at =
                        words.addAttribute(org.apache.lucene.analysis.tokenattributes.OffsetAttribute.class);
                words.reset();
                while (words.incrementToken()) {
                    if (wanted.contains(term.toString())) {
                        return new int[]{at.startOffset(), at.endOffset()};
                    }
                }
                words.end();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return firstPrefixMatch(text, queryText);
    }

    /** Where the first word of the query that the text contains (any case, as a prefix of a word) starts and ends. */
    static int[] firstPrefixMatch(String text, String queryText) {
        int[] best = {-1, -1};
        Matcher words = WORD.matcher(queryText.toLowerCase(Locale.ROOT));
        while (words.find()) {
            String w = words.group();
            if (w.equals("and") || w.equals("or") || w.equals("not") || w.length() < 2) {
                continue;
            }
            String stem = w.length() > 4 ? w.substring(0, w.length() - 1) : w;
            // matched case-insensitively on the text itself: lower-casing could change its length and the offsets
            Matcher m = Pattern.compile("\\b" + Pattern.quote(stem), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                    .matcher(text);
            if (m.find() && (best[0] < 0 || m.start() < best[0])) {
                int end = m.end();
                while (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
                    end++;
                }
                best = new int[]{m.start(), end};
            }
        }
        return best;
    }

    @Override
    public void close() throws IOException {
        searchers.close();
        writer.close();
        directory.close();
    }
}
