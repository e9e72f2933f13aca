package org.harmtrack.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import org.harmtrack.link.IncidentLinker;
import org.harmtrack.link.TextSketch;
import org.harmtrack.model.Aggregate;
import org.harmtrack.model.Document;
import org.harmtrack.model.Event;
import org.harmtrack.model.EventDate;
import org.harmtrack.model.Extraction;
import org.harmtrack.model.Figure;
import org.harmtrack.model.Perpetrator;
import org.harmtrack.model.Place;
import org.harmtrack.model.Span;

/**
 * Writes one article and its extraction through a connection whose transaction the caller owns. It remembers
 * which event or aggregate it was writing, so a failure can say where it happened.
 */
final class IncidentWriter {
    private static final String INSERT_EVENT = "INSERT INTO event (article_id, event_no, event_type, confidence,"
            + " date_start, date_end, date_granularity, date_text, date_span_start, date_span_end,"
            + " place_text, place_name, geonames_id, admin1, admin2, country, lat, lon, place_precision,"
            + " place_span_start, place_span_end, killed_min, killed_max, injured_min, injured_max,"
            + " civilians_killed_min, civilians_killed_max, children_killed_min, children_killed_max,"
            + " women_killed_min, women_killed_max, combatants_killed_min, combatants_killed_max)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_FIGURE = "INSERT INTO figure (article_id, event_no, ord, measure, category,"
            + " count_min, count_max, approximate, attributed_to, stance, span_start, span_end)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String PERPETRATOR_COLUMNS = " ord, name, kind, country, phrase, span_start, span_end)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_AGGREGATE = "INSERT INTO aggregate (article_id, aggregate_no, measure,"
            + " count_min, count_max, period_start, period_end, period_granularity, period_text,"
            + " period_span_start, period_span_end, attributed_to, span_start, span_end)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final Connection connection;
    private String position = "article";

    IncidentWriter(Connection connection) {
        this.connection = connection;
    }

    /** Hex SHA-256 of the text's UTF-8 bytes: the article's version. */
    static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }

    /** What was being written when the last statement ran: "article", "event 2", "aggregate 1". */
    String position() {
        return position;
    }

    /** Writes an article and links its events at once. */
    IngestOutcome write(Document doc, Extraction extraction, OffsetDateTime now) throws SQLException {
        IncidentLinks.Pending pending = new IncidentLinks.Pending();
        IngestOutcome outcome = write(doc, extraction, now, pending);
        position = "linking";
        new IncidentLinks(connection).link(pending);
        return outcome;
    }

    /**
     * Writes an article and adds its events to {@code pending}, to be linked together with others' in one pass
     * ({@link IncidentLinks#link(IncidentLinks.Pending)}) before the transaction commits.
     */
    IngestOutcome write(Document doc, Extraction extraction, OffsetDateTime now, IncidentLinks.Pending pending)
            throws SQLException {
        return write(doc, extraction, now, pending, Derived.of(doc, extraction));
    }

    /**
     * What the writer derives from an article and its extraction before touching the database: the events as
     * the linker sees them and the text's sketch. Pure, so a batch derives them on every core first.
     */
    record Derived(List<org.harmtrack.link.ReportedEvent> reported, java.util.Set<Integer> sketch) {
        static Derived of(Document doc, Extraction extraction) {
            // without word counts, as the store reads reports back: it links no undated report, the only ones they serve
            return new Derived(IncidentLinker.reportedEvents(doc, extraction, false), TextSketch.of(doc.text()));
        }
    }

    /** As {@link #write(Document, Extraction, OffsetDateTime, IncidentLinks.Pending)}, with what was derived. */
    IngestOutcome write(Document doc, Extraction extraction, OffsetDateTime now, IncidentLinks.Pending pending,
                        Derived derived) throws SQLException {
        position = "article";
        String hash = sha256(doc.text());
        String stored = storedHash(doc.id());
        if (hash.equals(stored)) {
            return IngestOutcome.UNCHANGED;
        }
        if (stored == null && storedElsewhere(hash, doc.id())) {
            return IngestOutcome.DUPLICATE;
        }
        // the sketch and copy group go in with the article's row: an UPDATE after it would write the row twice
        String group = copyGroup(doc, derived.sketch());
        if (stored == null) {
            insertArticle(doc, hash, now, derived.sketch(), group);
        } else {
            pending.previous().addAll(new IncidentLinks(connection).incidentsOf(doc.id()));
            updateArticle(doc, hash, now, derived.sketch(), group);
        }
        insertEvents(doc.id(), extraction.events());
        insertAggregates(doc.id(), extraction.aggregates());
        pending.fresh().addAll(derived.reported());
        return stored == null ? IngestOutcome.STORED : IngestOutcome.UPDATED;
    }

    /** How many days apart two articles' publication dates may be and still be copies of one story. */
    static final int COPY_DAYS = 3;

    /**
     * The copy group of an article: when a stored article published within {@value #COPY_DAYS} days resembles it from
     * {@link TextSketch#COPY}, the first article of that one's group (the first stored, by time then id); else null.
     */
    private String copyGroup(Document doc, java.util.Set<Integer> sketch) throws SQLException {
        if (doc.published() == null || sketch.isEmpty()) {
            return null;
        }
        try (PreparedStatement ps = connection.prepareStatement("SELECT id, sketch, copy_of FROM article"
                + " WHERE published BETWEEN ? AND ? AND id <> ? AND sketch IS NOT NULL ORDER BY ingested_at, id")) {
            Params.of(ps).date(doc.published().minusDays(COPY_DAYS)).date(doc.published().plusDays(COPY_DAYS))
                    .string(doc.id());
            int[] mine = TextSketch.sorted(sketch); // once, not for each article compared
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (TextSketch.resemblance(mine, IncidentLinks.sortedSketch(rs.getString(2))) >= TextSketch.COPY) {
                        return rs.getString(3) != null ? rs.getString(3) : rs.getString(1);
                    }
                }
            }
        }
        return null;
    }

    /** Whether another article has exactly this text. */
    private boolean storedElsewhere(String hash, String id) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT 1 FROM article WHERE text_sha256 = ? AND id <> ?")) {
            ps.setString(1, hash);
            ps.setString(2, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private String storedHash(String id) throws SQLException {
        // FOR UPDATE keeps two writers of one article apart should the store ever run with several processes
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT text_sha256 FROM article WHERE id = ? FOR UPDATE")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private void insertArticle(Document doc, String hash, OffsetDateTime now, java.util.Set<Integer> sketch,
                               String group) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO article (title, url, publisher, published,"
                + " body, text_sha256, ingested_at, sketch, copy_of, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            bindArticle(ps, doc, hash, now, sketch, group);
            ps.executeUpdate();
        }
    }

    private void updateArticle(Document doc, String hash, OffsetDateTime now, java.util.Set<Integer> sketch,
                               String group) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("UPDATE article SET title = ?, url = ?, publisher = ?,"
                + " published = ?, body = ?, text_sha256 = ?, ingested_at = ?, sketch = ?, copy_of = ? WHERE id = ?")) {
            bindArticle(ps, doc, hash, now, sketch, group);
            ps.executeUpdate();
        }
        // the children of events and aggregates go with them (ON DELETE CASCADE)
        for (String table : List.of("event", "aggregate")) {
            try (PreparedStatement ps = connection.prepareStatement("DELETE FROM " + table + " WHERE article_id = ?")) {
                ps.setString(1, doc.id());
                ps.executeUpdate();
            }
        }
    }

    private static void bindArticle(PreparedStatement ps, Document doc, String hash, OffsetDateTime now,
                                    java.util.Set<Integer> sketch, String group) throws SQLException {
        Params.of(ps).string(doc.title()).string(doc.url()).string(doc.publisher()).date(doc.published())
                .string(doc.text()).string(hash).timestamp(now).string(IncidentLinks.sketchText(sketch)).string(group)
                .string(doc.id());
    }

    private void insertEvents(String articleId, List<Event> events) throws SQLException {
        if (events.isEmpty()) {
            return;
        }
        try (PreparedStatement event = connection.prepareStatement(INSERT_EVENT);
             PreparedStatement figure = connection.prepareStatement(INSERT_FIGURE);
             PreparedStatement perpetrator = connection.prepareStatement(
                     "INSERT INTO perpetrator (article_id, event_no," + PERPETRATOR_COLUMNS);
             PreparedStatement source = connection.prepareStatement(
                     "INSERT INTO event_source (article_id, event_no, ord, name) VALUES (?, ?, ?, ?)");
             PreparedStatement evidence = connection.prepareStatement(
                     "INSERT INTO evidence (article_id, event_no, ord, span_start, span_end) VALUES (?, ?, ?, ?, ?)");
             EventDetailRows details = new EventDetailRows(connection)) {
            for (int i = 0; i < events.size(); i++) {
                int no = i + 1;
                position = "event " + no;
                Event e = events.get(i);
                bindEvent(Params.of(event).string(articleId).integer(no), e);
                event.executeUpdate();
                for (int k = 0; k < e.figures().size(); k++) {
                    Figure f = e.figures().get(k);
                    Params.of(figure).string(articleId).integer(no).integer(k).key(f.measure()).key(f.category())
                            .range(f.count()).bool(f.approximate()).string(f.attributedTo()).key(f.stance()).span(f.span());
                    figure.addBatch();
                }
                for (int k = 0; k < e.perpetrators().size(); k++) {
                    bindPerpetrator(Params.of(perpetrator).string(articleId).integer(no).integer(k),
                            e.perpetrators().get(k));
                    perpetrator.addBatch();
                }
                for (int k = 0; k < e.sources().size(); k++) {
                    Params.of(source).string(articleId).integer(no).integer(k).string(e.sources().get(k));
                    source.addBatch();
                }
                for (int k = 0; k < e.evidence().size(); k++) {
                    Params.of(evidence).string(articleId).integer(no).integer(k).span(e.evidence().get(k));
                    evidence.addBatch();
                }
                details.add(articleId, no, e);
                // run each event's batches before the next event, so a failure is reported at the right event
                figure.executeBatch();
                perpetrator.executeBatch();
                source.executeBatch();
                evidence.executeBatch();
                details.executeBatches();
            }
        }
    }

    private static void bindEvent(Params p, Event e) throws SQLException {
        p.key(e.type()).dbl(e.confidence());
        EventDate d = e.date();
        p.date(d == null ? null : d.start()).date(d == null ? null : d.end()).key(d == null ? null : d.granularity())
                .string(d == null ? null : d.text()).span(d == null ? null : d.span());
        Place pl = e.place();
        boolean placed = pl != null;
        p.string(placed ? pl.text() : null).string(placed ? pl.name() : null)
                .bigint(placed ? pl.geonamesId() : null).string(placed ? pl.admin1() : null)
                .string(placed ? pl.admin2() : null).string(placed ? pl.country() : null)
                .dbl(placed ? pl.lat() : null).dbl(placed ? pl.lon() : null)
                .key(placed ? pl.precision() : null).span(placed ? pl.span() : null);
        p.range(e.killed()).range(e.injured()).range(e.civiliansKilled()).range(e.childrenKilled())
                .range(e.womenKilled()).range(e.combatantsKilled());
    }

    private static void bindPerpetrator(Params p, Perpetrator pe) throws SQLException {
        p.string(pe.name()).key(pe.kind()).string(pe.country()).string(pe.text()).span(pe.span());
    }

    private void insertAggregates(String articleId, List<Aggregate> aggregates) throws SQLException {
        if (aggregates.isEmpty()) {
            return;
        }
        try (PreparedStatement aggregate = connection.prepareStatement(INSERT_AGGREGATE);
             PreparedStatement place = connection.prepareStatement(
                     "INSERT INTO aggregate_place (article_id, aggregate_no, ord, name) VALUES (?, ?, ?, ?)");
             PreparedStatement perpetrator = connection.prepareStatement(
                     "INSERT INTO aggregate_perpetrator (article_id, aggregate_no," + PERPETRATOR_COLUMNS)) {
            for (int i = 0; i < aggregates.size(); i++) {
                int no = i + 1;
                position = "aggregate " + no;
                Aggregate a = aggregates.get(i);
                EventDate d = a.period();
                Span periodSpan = d == null ? null : d.span();
                Params.of(aggregate).string(articleId).integer(no).string(a.measure()).range(a.count())
                        .date(d == null ? null : d.start()).date(d == null ? null : d.end())
                        .key(d == null ? null : d.granularity()).string(d == null ? null : d.text())
                        .span(periodSpan).string(a.attributedTo()).span(a.span());
                aggregate.executeUpdate();
                for (int k = 0; k < a.places().size(); k++) {
                    Params.of(place).string(articleId).integer(no).integer(k).string(a.places().get(k));
                    place.addBatch();
                }
                for (int k = 0; k < a.perpetrators().size(); k++) {
                    bindPerpetrator(Params.of(perpetrator).string(articleId).integer(no).integer(k),
                            a.perpetrators().get(k));
                    perpetrator.addBatch();
                }
                place.executeBatch();
                perpetrator.executeBatch();
            }
        }
    }

    /** Refuses a batch whose lists do not match, whose extractions are for other documents, or with an id twice. */
    static void checkBatch(List<Document> docs, List<Extraction> extractions) {
        java.util.Objects.requireNonNull(docs, "docs");
        java.util.Objects.requireNonNull(extractions, "extractions");
        if (docs.size() != extractions.size()) {
            throw new IllegalArgumentException("one extraction per document: " + docs.size() + " documents, "
                    + extractions.size() + " extractions");
        }
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (int i = 0; i < docs.size(); i++) {
            if (!docs.get(i).id().equals(extractions.get(i).documentId())) {
                throw new IllegalArgumentException("extraction " + i + " is for document '"
                        + extractions.get(i).documentId() + "', not for document '" + docs.get(i).id() + "'");
            }
            if (!ids.add(docs.get(i).id())) {
                throw new IllegalArgumentException("document '" + docs.get(i).id() + "' is in the batch twice");
            }
        }
    }
}
