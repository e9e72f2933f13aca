package org.harmtrack.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.harmtrack.link.Corroboration;
import org.harmtrack.link.Incident;
import org.harmtrack.link.ReportedEvent;
import org.harmtrack.model.Aggregate;
import org.harmtrack.model.Assessment;
import org.harmtrack.model.Document;
import org.harmtrack.model.Event;
import org.harmtrack.model.EventType;
import org.harmtrack.model.Figure;
import org.harmtrack.model.GreatCircle;
import org.harmtrack.model.Measure;
import org.harmtrack.model.Perpetrator;
import org.harmtrack.model.Place;
import org.harmtrack.model.PlacePrecision;
import org.harmtrack.model.Span;
import org.harmtrack.model.Target;
import org.harmtrack.model.Victim;
import org.harmtrack.model.VictimCategory;
import org.harmtrack.model.Weapon;

/**
 * Reads articles, incidents and aggregates through one connection. Incidents are read in two steps: the
 * matching event rows (filtered in SQL, plus the exact distance test in Java), then their child rows for the
 * articles involved, a handful of queries whatever the number of events.
 */
final class IncidentReader {
    /** The most ids bound into one {@code IN (...)} list. */
    private static final int IN_CHUNK = 500;

    private final Connection connection;

    IncidentReader(Connection connection) {
        this.connection = connection;
    }

    long count(String table) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT COUNT(*) FROM " + table);
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    Optional<Document> article(String id) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT id, body, published, title, url, publisher FROM article WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Document(rs.getString("id"), rs.getString("body"), Rows.date(rs, "published"),
                        rs.getString("title"), rs.getString("url"), rs.getString("publisher")));
            }
        }
    }

    List<StoredIncident> incidents(IncidentQuery q) throws SQLException {
        List<Object> args = new ArrayList<>();
        String sql = IncidentSql.select(q, args);
        List<StoredIncident> shells = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            Params p = Params.of(ps);
            for (Object arg : args) {
                p.object(arg);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (shells.size() < q.limit() && rs.next()) {
                    StoredIncident shell = shell(rs);
                    if (q.near() == null || isWithin(shell.event().place(), q.near())) {
                        shells.add(shell);
                    }
                }
            }
        }
        return withChildren(shells);
    }

    private static boolean isWithin(Place place, IncidentQuery.Near near) {
        return place != null && GreatCircle.distanceKm(near.lat(), near.lon(), place.lat(), place.lon()) <= near.radiusKm();
    }

    /** The incident as the event row has it, with empty lists where child rows belong. */
    private static StoredIncident shell(ResultSet rs) throws SQLException {
        String articleId = rs.getString("article_id");
        int no = rs.getInt("event_no");
        Place place = null;
        if (rs.getString("place_name") != null) {
            place = new Place(rs.getString("place_text"), rs.getString("place_name"), rs.getLong("geonames_id"),
                    rs.getString("admin1"), rs.getString("admin2"), rs.getString("country"), rs.getDouble("lat"),
                    rs.getDouble("lon"), Rows.key(rs, "place_precision", PlacePrecision.class),
                    Rows.span(rs, "place_span"));
        }
        Event event = new Event(Rows.key(rs, "event_type", EventType.class), Rows.eventDate(rs, "date"), place,
                List.of(), Rows.range(rs, "killed"), Rows.range(rs, "injured"), Rows.range(rs, "civilians_killed"),
                Rows.range(rs, "children_killed"), Rows.range(rs, "women_killed"),
                Rows.range(rs, "combatants_killed"), List.of(), List.of(), List.of(), rs.getDouble("confidence"));
        return new StoredIncident(StoredIncident.incidentId(articleId, no), articleId, rs.getString("title"),
                rs.getString("url"), rs.getString("publisher"), Rows.date(rs, "published"), event);
    }

    private List<StoredIncident> withChildren(List<StoredIncident> shells) throws SQLException {
        if (shells.isEmpty()) {
            return List.of();
        }
        Set<String> articles = new LinkedHashSet<>();
        shells.forEach(s -> articles.add(s.documentId()));
        Map<Key, List<Figure>> figures = children("figure", "event_no", articles, rs -> new Figure(
                Rows.key(rs, "measure", Measure.class), Rows.key(rs, "category", VictimCategory.class),
                Rows.range(rs, "count"), rs.getBoolean("approximate"), rs.getString("attributed_to"),
                Rows.key(rs, "stance", Figure.Stance.class), Rows.span(rs, "span")));
        Map<Key, List<Perpetrator>> perpetrators = children("perpetrator", "event_no", articles, Rows::perpetrator);
        Map<Key, List<String>> sources = children("event_source", "event_no", articles, rs -> rs.getString("name"));
        Map<Key, List<Span>> evidence = children("evidence", "event_no", articles, rs -> Rows.span(rs, "span"));
        Map<Key, List<Target>> targets = children("event_target", "event_no", articles, EventDetailRows::target);
        Map<Key, List<Weapon>> weapons = children("event_weapon", "event_no", articles, EventDetailRows::weapon);
        Map<Key, List<Victim>> victims = children("event_victim", "event_no", articles, EventDetailRows::victim);
        Map<Key, List<Assessment>> assessments = children("event_assessment", "event_no", articles,
                EventDetailRows::assessment);
        List<StoredIncident> result = new ArrayList<>(shells.size());
        for (StoredIncident s : shells) {
            Key key = new Key(s.documentId(), eventNo(s.incidentId()));
            Event e = s.event();
            Event full = new Event(e.type(), e.date(), e.place(), perpetrators.getOrDefault(key, List.of()),
                    e.killed(), e.injured(), e.civiliansKilled(), e.childrenKilled(), e.womenKilled(),
                    e.combatantsKilled(), figures.getOrDefault(key, List.of()), sources.getOrDefault(key, List.of()),
                    evidence.getOrDefault(key, List.of()), e.confidence(), targets.getOrDefault(key, List.of()),
                    weapons.getOrDefault(key, List.of()), assessments.getOrDefault(key, List.of()),
                    victims.getOrDefault(key, List.of()));
            result.add(new StoredIncident(s.incidentId(), s.documentId(), s.title(), s.url(), s.publisher(),
                    s.published(), full));
        }
        return result;
    }

    private static int eventNo(String incidentId) {
        return Integer.parseInt(incidentId.substring(incidentId.lastIndexOf('#') + 1));
    }

    List<Aggregate> aggregates(String articleId) throws SQLException {
        return aggregates("a.article_id = ?", List.of(articleId)).stream().map(StoredAggregate::aggregate).toList();
    }

    /** The aggregates whose period overlaps [from, to] (either end may be null: open), and those without one. */
    List<StoredAggregate> aggregates(LocalDate from, LocalDate to) throws SQLException {
        List<Object> args = new ArrayList<>();
        StringBuilder where = new StringBuilder("(a.period_start IS NULL OR (1 = 1");
        if (from != null) {
            where.append(" AND a.period_end >= ?");
            args.add(from);
        }
        if (to != null) {
            where.append(" AND a.period_start <= ?");
            args.add(to);
        }
        return aggregates(where.append("))").toString(), args);
    }

    private List<StoredAggregate> aggregates(String where, List<Object> args) throws SQLException {
        List<StoredAggregate> shells = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT a.*, ar.title, ar.url, ar.publisher,"
                + " ar.published FROM aggregate a JOIN article ar ON ar.id = a.article_id WHERE " + where
                + " ORDER BY a.article_id, a.aggregate_no")) {
            Params p = Params.of(ps);
            for (Object arg : args) {
                p.object(arg);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    shells.add(new StoredAggregate(rs.getString("article_id"), rs.getInt("aggregate_no"),
                            rs.getString("title"), rs.getString("url"), rs.getString("publisher"),
                            Rows.date(rs, "published"), new Aggregate(rs.getString("measure"),
                            Rows.range(rs, "count"), Rows.eventDate(rs, "period"), List.of(), List.of(),
                            rs.getString("attributed_to"), Rows.span(rs, "span"))));
                }
            }
        }
        Set<String> ids = new LinkedHashSet<>();
        shells.forEach(a -> ids.add(a.documentId()));
        Map<Key, List<String>> places = children("aggregate_place", "aggregate_no", ids, rs -> rs.getString("name"));
        Map<Key, List<Perpetrator>> perpetrators =
                children("aggregate_perpetrator", "aggregate_no", ids, Rows::perpetrator);
        List<StoredAggregate> result = new ArrayList<>(shells.size());
        for (StoredAggregate s : shells) {
            Key key = new Key(s.documentId(), s.aggregateNo());
            Aggregate a = s.aggregate();
            result.add(new StoredAggregate(s.documentId(), s.aggregateNo(), s.title(), s.url(), s.publisher(),
                    s.published(), new Aggregate(a.measure(), a.count(), a.period(),
                    places.getOrDefault(key, List.of()), perpetrators.getOrDefault(key, List.of()),
                    a.attributedTo(), a.span())));
        }
        return result;
    }

    /**
     * Every event of the given articles that belongs to an incident, as the linker sees it (with the linking
     * features stored beside it) and as stored, in article and event order.
     */
    List<Report> reports(Collection<String> articleIds) throws SQLException {
        List<StoredIncident> shells = new ArrayList<>();
        Map<String, ReportedEvent> features = new HashMap<>();
        Map<String, String> incidentOf = new HashMap<>();
        List<String> ids = List.copyOf(articleIds);
        for (int from = 0; from < ids.size(); from += IN_CHUNK) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + IN_CHUNK));
            String marks = String.join(", ", Collections.nCopies(chunk.size(), "?"));
            String sql = "SELECT e.*, a.title, a.url, a.publisher, a.published, r.incident_id, r.details, r.names,"
                    + " r.place_names, r.ordinal, r.sketch FROM event e JOIN article a ON a.id = e.article_id"
                    + " JOIN incident_report r ON r.article_id = e.article_id AND r.event_no = e.event_no"
                    + " WHERE e.article_id IN (" + marks + ") ORDER BY e.article_id, e.event_no";
            try (PreparedStatement ps = connection.prepareStatement(sql)) {
                for (int i = 0; i < chunk.size(); i++) {
                    ps.setString(i + 1, chunk.get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        StoredIncident shell = shell(rs);
                        shells.add(shell);
                        // the event here is a shell; the full one replaces it below
                        features.put(shell.incidentId(), new ReportedEvent(shell.documentId(),
                                rs.getInt("event_no") - 1, shell.event(), IncidentLinks.split(rs.getString("details")),
                                IncidentLinks.split(rs.getString("names")),
                                IncidentLinks.split(rs.getString("place_names")), rs.getInt("ordinal"),
                                shell.publisher(), IncidentLinks.sketch(rs.getString("sketch"))));
                        incidentOf.put(shell.incidentId(), rs.getString("incident_id"));
                    }
                }
            }
        }
        List<Report> result = new ArrayList<>();
        for (StoredIncident s : withChildren(shells)) {
            ReportedEvent f = features.get(s.incidentId());
            result.add(new Report(incidentOf.get(s.incidentId()), s, new ReportedEvent(f.documentId(),
                    f.eventIndex(), s.event(), f.details(), f.names(), f.placeNames(), f.ordinal(), f.publisher(),
                    f.sketch())));
        }
        return result;
    }

    /** One stored event with the incident it belongs to and its form for the linker. */
    record Report(String incidentId, StoredIncident stored, ReportedEvent reported) {
    }

    /** The linker's view of every event of the given articles that belongs to an incident. */
    List<ReportedEvent> reportedEvents(Collection<String> articleIds) throws SQLException {
        return reports(articleIds).stream().map(Report::reported).toList();
    }

    /** The stored events of one article, in order, with their child rows. */
    List<Event> eventsOf(String articleId) throws SQLException {
        List<StoredIncident> shells = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT e.*, a.title, a.url, a.publisher, a.published"
                + " FROM event e JOIN article a ON a.id = e.article_id WHERE e.article_id = ? ORDER BY e.event_no")) {
            ps.setString(1, articleId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    shells.add(shell(rs));
                }
            }
        }
        return withChildren(shells).stream().map(StoredIncident::event).toList();
    }

    /** The first values of a one-column query, as strings. */
    List<String> strings(String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    /** The stored text hash of an article, or null when there is none. */
    String textHash(String id) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT text_sha256 FROM article WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    /** The first value of a one-column query with one string parameter, or null. */
    String strings1(String sql, String parameter) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setString(1, parameter);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    /** The ids of every stored article, in order. */
    List<String> articleIds() throws SQLException {
        return strings("SELECT id FROM article ORDER BY id");
    }

    /** For the events of these articles, "articleId#eventNo" (1-based) to the incident each belongs to. */
    Map<String, String> incidentsOfEvents(List<String> articleIds) throws SQLException {
        Map<String, String> result = new HashMap<>();
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT article_id, event_no, incident_id FROM incident_report WHERE article_id = ?")) {
            for (String id : articleIds) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        result.put(rs.getString(1) + "#" + rs.getInt(2), rs.getString(3));
                    }
                }
            }
        }
        return result;
    }

    /** The incident an id names, following aliases of merged incidents; null when there is none. */
    String resolve(String id) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT id FROM incident WHERE id = ?"
                + " UNION ALL SELECT incident_id FROM incident_alias WHERE alias = ?")) {
            ps.setString(1, id);
            ps.setString(2, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    /** The incidents with these ids, in the order given; unknown ids are left out. */
    List<LinkedIncident> linked(List<String> incidentIds) throws SQLException {
        Set<String> articles = new java.util.TreeSet<>();
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT article_id FROM incident_report WHERE incident_id = ?")) {
            for (String id : incidentIds) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        articles.add(rs.getString(1));
                    }
                }
            }
        }
        Map<String, List<Report>> byIncident = new HashMap<>();
        for (Report r : reports(articles)) {
            byIncident.computeIfAbsent(r.incidentId(), k -> new ArrayList<>()).add(r);
        }
        List<LinkedIncident> result = new ArrayList<>();
        for (String id : incidentIds) {
            List<Report> reports = byIncident.get(id);
            if (reports == null) {
                continue;
            }
            reports.sort(java.util.Comparator.comparing(r -> r.reported().key()));
            result.add(new LinkedIncident(new Incident(id, reports.stream().map(Report::reported).toList()),
                    reports.stream().map(Report::stored).toList()));
        }
        return result;
    }

    /** One page of the linked incidents the search selects, with the total over all pages. */
    IncidentPage linked(IncidentSearch search) throws SQLException {
        List<String> ids = new ArrayList<>();
        long total = page(search, "i.id", rs -> ids.add(rs.getString(1)));
        return new IncidentPage(total, search.offset(), linked(ids));
    }

    /** One page of the incidents the search selects, as briefs read from their rows alone. */
    IncidentBrief.Page briefs(IncidentSearch search) throws SQLException {
        List<IncidentBrief> items = new ArrayList<>();
        long total = page(search, "i.*", rs -> items.add(brief(rs)));
        return new IncidentBrief.Page(total, search.offset(), items);
    }

    /** A row of a result set taken in; may throw SQLException. */
    private interface RowSink {
        void take(ResultSet rs) throws SQLException;
    }

    /** Selects the columns of one page of the search's incidents into {@code sink}; returns the total. */
    private long page(IncidentSearch search, String columns, RowSink sink) throws SQLException {
        List<Object> args = new ArrayList<>();
        String where = IncidentSql.incidentWhere(search, args);
        long total;
        try (PreparedStatement ps = connection.prepareStatement("SELECT COUNT(*) FROM incident i" + where)) {
            bind(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                total = rs.getLong(1);
            }
        }
        try (PreparedStatement ps = connection.prepareStatement("SELECT " + columns + " FROM incident i" + where
                + " ORDER BY " + search.sort().orderBy + ", i.id LIMIT ? OFFSET ?")) {
            List<Object> page = new ArrayList<>(args);
            page.add(search.filters().limit());
            page.add(search.offset());
            bind(ps, page);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    sink.take(rs);
                }
            }
        }
        return total;
    }

    private static IncidentBrief brief(ResultSet rs) throws SQLException {
        String placeName = rs.getString("place_name");
        Place place = placeName == null ? null : new Place(placeName, placeName, 0, rs.getString("admin1"),
                rs.getString("admin2"), rs.getString("country"), rs.getDouble("lat"), rs.getDouble("lon"),
                Rows.key(rs, "place_precision", PlacePrecision.class), null);
        String sources = rs.getString("sources");
        return new IncidentBrief(rs.getString("id"), Rows.date(rs, "date_start"), Rows.date(rs, "date_end"),
                Rows.key(rs, "event_type", EventType.class), place, Rows.range(rs, "killed"),
                Rows.range(rs, "civilians"), Rows.key(rs, "grade", Corroboration.Grade.class), rs.getInt("reports"),
                rs.getString("title"), sources == null || sources.isEmpty() ? List.of() : List.of(sources.split("\n")),
                rs.getString("airwars_grade") == null ? null : new org.harmtrack.link.AirwarsScale.Graded(
                        Rows.key(rs, "airwars_grade", org.harmtrack.link.AirwarsScale.Grade.class),
                        rs.getString("airwars_explanation")));
    }

    /** The dated incidents the search selects, counted and summed by month of their first day, in order. */
    List<TimelineBucket> timeline(IncidentSearch search) throws SQLException {
        List<Object> args = new ArrayList<>();
        String where = IncidentSql.incidentWhere(search, args);
        List<TimelineBucket> months = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT EXTRACT(YEAR FROM i.date_start) AS y,"
                + " EXTRACT(MONTH FROM i.date_start) AS m, COUNT(*), COALESCE(SUM(i.killed_min), 0),"
                + " COALESCE(SUM(i.killed_max), 0) FROM incident i" + where + " AND i.date_start IS NOT NULL"
                + " GROUP BY EXTRACT(YEAR FROM i.date_start), EXTRACT(MONTH FROM i.date_start) ORDER BY y, m")) {
            bind(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    months.add(new TimelineBucket(String.format("%04d-%02d", rs.getInt(1), rs.getInt(2)),
                            rs.getLong(3), rs.getLong(4), rs.getLong(5)));
                }
            }
        }
        return months;
    }

    private static void bind(PreparedStatement ps, List<Object> args) throws SQLException {
        Params p = Params.of(ps);
        for (Object arg : args) {
            p.object(arg);
        }
    }

    /** An event or aggregate: its article and its 1-based number there. */
    private record Key(String articleId, int no) {
    }

    /** Maps one row to a value; may throw SQLException, unlike {@link java.util.function.Function}. */
    private interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    /** Every row of a child table for the given articles, grouped by owner in {@code ord} order. */
    private <T> Map<Key, List<T>> children(String table, String ownerColumn, Collection<String> articleIds,
                                           RowMapper<T> mapper) throws SQLException {
        Map<Key, List<T>> result = new HashMap<>();
        List<String> ids = List.copyOf(articleIds);
        for (int from = 0; from < ids.size(); from += IN_CHUNK) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + IN_CHUNK));
            String marks = String.join(", ", Collections.nCopies(chunk.size(), "?"));
            // table and column names are constants of this class, never user input
            String sql = "SELECT * FROM " + table + " WHERE article_id IN (" + marks + ") ORDER BY article_id, "
                    + ownerColumn + ", ord";
            try (PreparedStatement ps = connection.prepareStatement(sql)) {
                for (int i = 0; i < chunk.size(); i++) {
                    ps.setString(i + 1, chunk.get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Key key = new Key(rs.getString("article_id"), rs.getInt(ownerColumn));
                        result.computeIfAbsent(key, k -> new ArrayList<>()).add(mapper.map(rs));
                    }
                }
            }
        }
        return result;
    }
}
