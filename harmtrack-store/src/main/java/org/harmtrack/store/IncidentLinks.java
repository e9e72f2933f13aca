package org.harmtrack.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.harmtrack.link.AirwarsScale;
import org.harmtrack.link.Incident;
import org.harmtrack.link.IncidentDetails;
import org.harmtrack.link.IncidentIds;
import org.harmtrack.link.IncidentLinker;
import org.harmtrack.link.IncidentSummary;
import org.harmtrack.link.ReportedEvent;
import org.harmtrack.model.Measure;
import org.harmtrack.model.Place;
import org.harmtrack.model.Range;
import org.harmtrack.model.VictimCategory;

/**
 * Keeps the store's incidents linked as articles arrive, inside the ingest's transaction.
 *
 * <p><b>Which reports are relinked.</b> The new article's dated events, every stored dated event whose dates come
 * within {@value #WINDOW_DAYS} days of one of them, and all the reports of the incidents those belong to (and of
 * the incidents the article's previous version belonged to). The {@link IncidentLinker} regroups that
 * neighbourhood from scratch, so the grouping depends only on which reports are stored, not on the order they
 * came in, as long as no chain of incidents runs past the window; the linker never joins events more than a day
 * apart. An undated event is an incident of its own: with no date to bound the comparison it would have to be
 * compared with every stored event; so, across articles, is an event dated over more than
 * {@value #LONGEST_DAYS} days.
 *
 * <p><b>Stable ids.</b> Each new group keeps the id of the old incident it holds most reports of (ties: the group
 * holding the report the id is named after, then the smaller id), each id going to one group only. A group left
 * without one is new and gets {@link IncidentLinker#idFor} of its earliest report (reviving that id if it was an
 * alias). An old id no group keeps, because its incident merged into another or was split up, becomes an alias of
 * the group that holds most of its reports, so shared links keep working. So a new article can join an incident, merge two, or split a
 * wrong merge when its evidence tells the reports apart.
 *
 * <p>Not thread-safe; one instance works for one transaction.
 */
final class IncidentLinks {
    /** From how many reports a stored incident is kept as linked when a batch is linked (see {@link #heldTogether}). */
    static final int HELD_TOGETHER = 20;
    /** How far (days) around a new event stored events are relinked: the linker's day plus a margin. */
    static final int WINDOW_DAYS = 2;
    /**
     * Events dated over a longer span than this (a month, a season) are not looked for in neighbourhoods and do not
     * look for neighbours: with no day to go by they are their own incidents unless their own batch links them.
     */
    static final int LONGEST_DAYS = 31;

    private final Connection connection;
    private final IncidentReader reader;
    /** Stored reports read before, or null to read them all from the database. */
    private final ReportCache cache;

    IncidentLinks(Connection connection) {
        this(connection, null);
    }

    IncidentLinks(Connection connection, ReportCache cache) {
        this.connection = connection;
        this.reader = new IncidentReader(connection);
        this.cache = cache;
    }

    /** The incidents an article's stored events belong to now (call before replacing its events). */
    Set<String> incidentsOf(String articleId) throws SQLException {
        Set<String> ids = new TreeSet<>();
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT incident_id FROM incident_report WHERE article_id = ?")) {
            ps.setString(1, articleId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
        }
        return ids;
    }

    /** Events written in one transaction and not linked yet, with the incidents their articles' old versions had. */
    record Pending(List<ReportedEvent> fresh, Set<String> previous) {
        Pending() {
            this(new ArrayList<>(), new TreeSet<>());
        }
    }

    /** Links the pending events of one or many articles in one pass. */
    void link(Pending pending) throws SQLException {
        if (!pending.fresh().isEmpty() || !pending.previous().isEmpty()) {
            link(pending.fresh(), pending.previous());
        }
    }

    /**
     * Links the just-written events of one article (or of several, written in one transaction).
     *
     * @param fresh    the article's events as the linker sees them ({@link IncidentLinker#reportedEvents})
     * @param previous the incidents the article's previous version belonged to ({@link #incidentsOf})
     */
    void link(List<ReportedEvent> fresh, Set<String> previous) throws SQLException {
        Map<String, ReportedEvent> reports = new TreeMap<>();
        Set<String> newKeys = new HashSet<>();
        for (ReportedEvent r : fresh) {
            reports.put(r.key(), r);
            newKeys.add(r.key());
        }
        Set<String> incidents = new TreeSet<>(previous);
        // the fresh events' windows, merged where they overlap, so a batch of one season asks once
        List<LocalDate[]> windows = new ArrayList<>();
        for (ReportedEvent r : fresh) {
            var d = r.event().date();
            if (d != null && d.start() != null && !d.end().isAfter(d.start().plusDays(LONGEST_DAYS))) {
                windows.add(new LocalDate[]{d.start().minusDays(WINDOW_DAYS), d.end().plusDays(WINDOW_DAYS)});
            }
        }
        windows.sort(Comparator.comparing(w -> w[0]));
        LocalDate[] open = null;
        for (LocalDate[] w : windows) {
            if (open != null && !w[0].isAfter(open[1].plusDays(1))) {
                open[1] = w[1].isAfter(open[1]) ? w[1] : open[1];
                continue;
            }
            if (open != null) {
                incidents.addAll(incidentsNear(open[0], open[1]));
            }
            open = w.clone();
        }
        if (open != null) {
            incidents.addAll(incidentsNear(open[0], open[1]));
        }
        Map<String, String> oldIncidentOf = members(incidents);
        for (ReportedEvent r : stored(oldIncidentOf.keySet())) {
            reports.putIfAbsent(r.key(), r);
        }
        List<ReportedEvent> dated = new ArrayList<>();
        List<Incident> groups = new ArrayList<>();
        for (ReportedEvent r : reports.values()) {
            if (r.event().date() != null && r.event().date().start() != null) {
                dated.add(r);
            } else {
                groups.add(new Incident(IncidentLinker.idFor(r), List.of(r)));
            }
        }
        // the stored incidents of many reports stay as linked: their pairs are not compared anew
        groups.addAll(new IncidentLinker().link(dated, heldTogether(oldIncidentOf)));
        save(groups, oldIncidentOf, newKeys, fresh, previous);
    }

    /**
     * The reports of the stored incidents that stay as linked while a batch is linked: those of incidents of at
     * least {@value #HELD_TOGETHER} reports. Smaller incidents are linked again from their reports with the batch,
     * so that a report may still move to a better match (this keeps the scores of linking all at once); a strike
     * told by many reports is not compared pair by pair again with each batch, which would cost the square of its
     * reports every time.
     */
    private static Map<String, String> heldTogether(Map<String, String> incidentOf) {
        Map<String, Integer> size = new HashMap<>();
        incidentOf.values().forEach(id -> size.merge(id, 1, Integer::sum));
        Map<String, String> held = new HashMap<>();
        incidentOf.forEach((report, id) -> {
            if (size.get(id) >= HELD_TOGETHER) {
                held.put(report, id);
            }
        });
        return held;
    }

    /**
     * The incidents with a dated report overlapping [from, to] that starts at most {@value #LONGEST_DAYS} days
     * before it (so the date index bounds the scan on both sides).
     */
    private Set<String> incidentsNear(LocalDate from, LocalDate to) throws SQLException {
        Set<String> ids = new TreeSet<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT DISTINCT r.incident_id FROM event e"
                + " JOIN incident_report r ON r.article_id = e.article_id AND r.event_no = e.event_no"
                + " WHERE e.date_start BETWEEN ? AND ? AND e.date_end >= ?")) {
            Params.of(ps).date(from.minusDays(LONGEST_DAYS)).date(to).date(from);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
        }
        return ids;
    }

    /** Report key ("doc#0") to incident id, for every report of the given incidents. */
    Map<String, String> members(Collection<String> incidentIds) throws SQLException {
        Map<String, String> result = new TreeMap<>();
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT article_id, event_no FROM incident_report WHERE incident_id = ?")) {
            for (String id : incidentIds) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        result.put(key(rs.getString(1), rs.getInt(2)), id);
                    }
                }
            }
        }
        return result;
    }

    /** The stored reports with these keys, with their linking features. */
    List<ReportedEvent> stored(Set<String> keys) throws SQLException {
        Set<String> articles = keys.stream().map(k -> k.substring(0, k.lastIndexOf('#')))
                .collect(Collectors.toCollection(TreeSet::new));
        List<ReportedEvent> events;
        if (cache == null) {
            events = reader.reportedEvents(articles);
        } else {
            Map<String, String> hashes = ReportCache.textHashes(connection, articles);
            Map<String, List<ReportedEvent>> byArticle = new TreeMap<>();
            List<String> missing = new ArrayList<>();
            for (String id : articles) {
                List<ReportedEvent> kept = cache.get(id, hashes.get(id));
                if (kept != null) {
                    byArticle.put(id, kept);
                } else {
                    missing.add(id);
                }
            }
            Map<String, List<ReportedEvent>> read = reader.reportedEvents(missing).stream()
                    .collect(Collectors.groupingBy(ReportedEvent::documentId));
            for (String id : missing) {
                List<ReportedEvent> of = read.getOrDefault(id, List.of());
                cache.put(id, hashes.get(id), of);
                byArticle.put(id, of);
            }
            events = byArticle.values().stream().flatMap(List::stream).toList(); // article order, as read
        }
        return events.stream().filter(r -> keys.contains(r.key())).toList();
    }

    /**
     * Files the regrouped reports under their ids (see the class comment) and rewrites the summaries of the groups
     * that changed: a group holding just the reports its incident had, none of them new, keeps its summary, unless
     * its incident lost reports with a replaced article ({@code previous}).
     */
    private void save(List<Incident> groups, Map<String, String> oldIncidentOf, Set<String> newKeys,
                      List<ReportedEvent> fresh, Set<String> previous) throws SQLException {
        // candidate (group, old id, reports of that old incident in the group), most reports first
        record Claim(int group, String oldId, int count, boolean namesake) {
        }
        List<Claim> claims = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            Map<String, Integer> counts = new TreeMap<>();
            for (ReportedEvent r : groups.get(g).events()) {
                String old = oldIncidentOf.get(r.key());
                if (old != null) {
                    counts.merge(old, 1, Integer::sum);
                }
            }
            for (Map.Entry<String, Integer> c : counts.entrySet()) {
                boolean namesake = groups.get(g).events().stream()
                        .anyMatch(r -> IncidentLinker.idFor(r).equals(c.getKey()));
                claims.add(new Claim(g, c.getKey(), c.getValue(), namesake));
            }
        }
        // most reports first; between equals, the group holding the report the id is named after
        claims.sort(Comparator.comparingInt(Claim::count).reversed()
                .thenComparing(Claim::namesake, Comparator.reverseOrder()).thenComparing(Claim::oldId)
                .thenComparingInt(Claim::group));
        String[] ids = new String[groups.size()];
        Set<String> kept = new HashSet<>();
        Map<String, Integer> biggestShareOf = new HashMap<>();
        for (Claim c : claims) {
            biggestShareOf.putIfAbsent(c.oldId(), c.group());
            if (ids[c.group()] == null && !kept.contains(c.oldId())) {
                ids[c.group()] = c.oldId();
                kept.add(c.oldId());
            }
        }
        Set<String> taken = new HashSet<>(oldIncidentOf.values());
        for (int g = 0; g < groups.size(); g++) {
            if (ids[g] == null) {
                ids[g] = freshId(groups.get(g), taken);
                taken.add(ids[g]);
                insertIncident(ids[g]);
            }
        }
        Map<String, ReportedEvent> freshByKey = new LinkedHashMap<>();
        fresh.forEach(r -> freshByKey.put(r.key(), r));
        try (PreparedStatement move = connection.prepareStatement(
                "UPDATE incident_report SET incident_id = ? WHERE article_id = ? AND event_no = ?");
             PreparedStatement insert = insertReport()) {
            for (int g = 0; g < groups.size(); g++) {
                for (ReportedEvent r : groups.get(g).events()) {
                    if (newKeys.contains(r.key())) {
                        addReport(insert, r, ids[g]);
                    } else if (!ids[g].equals(oldIncidentOf.get(r.key()))) {
                        Params.of(move).string(ids[g]).string(r.documentId()).integer(r.eventIndex() + 1);
                        move.addBatch();
                    }
                }
            }
            move.executeBatch();
            insert.executeBatch();
        }
        Map<String, Integer> oldSize = new HashMap<>();
        oldIncidentOf.values().forEach(id -> oldSize.merge(id, 1, Integer::sum));
        List<Incident> changed = new ArrayList<>();
        List<String> changedIds = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            String id = ids[g];
            List<ReportedEvent> members = groups.get(g).events();
            boolean same = !previous.contains(id) && members.size() == oldSize.getOrDefault(id, 0)
                    && members.stream().allMatch(r -> id.equals(oldIncidentOf.get(r.key())) && !newKeys.contains(r.key()));
            if (!same) {
                changed.add(groups.get(g));
                changedIds.add(id);
            }
        }
        updateSummaries(changed, changedIds.toArray(String[]::new));
        for (String old : new TreeSet<>(oldIncidentOf.values())) {
            Integer successor = biggestShareOf.get(old);
            if (!kept.contains(old) && successor != null) {
                retire(old, ids[successor]);
            }
        }
        dropEmptyIncidents(previous);
    }

    /** A statement that files a report under an incident, with its linking features ({@link #addReport}). */
    PreparedStatement insertReport() throws SQLException {
        return connection.prepareStatement("INSERT INTO incident_report (article_id, event_no, incident_id, details,"
                + " names, place_names, ordinal, sketch) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    }

    static void addReport(PreparedStatement insert, ReportedEvent r, String incidentId) throws SQLException {
        Params.of(insert).string(r.documentId()).integer(r.eventIndex() + 1).string(incidentId)
                .string(join(r.details())).string(join(r.names())).string(join(r.placeNames()))
                .integer(r.ordinal()).string(sketchText(r.sketch()));
        insert.addBatch();
    }

    /**
     * Drops those of the given incidents left without a report (every one went with a replaced version of its
     * article): only an incident of a replaced article can lose its last report, so the candidates are those
     * ({@link Pending#previous}), not the whole table, which a check per batch would scan ever longer.
     */
    void dropEmptyIncidents(Collection<String> candidates) throws SQLException {
        if (candidates.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = connection.prepareStatement("DELETE FROM incident WHERE id = ? AND NOT EXISTS"
                + " (SELECT 1 FROM incident_report r WHERE r.incident_id = ?)")) {
            for (String id : candidates) {
                Params.of(ps).string(id).string(id);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** Rewrites each group's summary columns (see V3__incident_summary.sql, V6__incident_brief.sql and V7). */
    void updateSummaries(List<Incident> groups, String[] ids) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("UPDATE incident SET date_start = ?, date_end = ?,"
                + " event_type = ?, place_name = ?, country = ?, lat = ?, lon = ?, place_precision = ?,"
                + " killed_min = ?, killed_max = ?, civilians_min = ?, civilians_max = ?, grade = ?, reports = ?,"
                + " admin1 = ?, admin2 = ?, title = (SELECT title FROM article WHERE id = ?), sources = ?,"
                + " airwars_grade = ?, airwars_explanation = ? WHERE id = ?")) {
            for (int g = 0; g < groups.size(); g++) {
                IncidentSummary s = IncidentSummary.of(new Incident(ids[g], groups.get(g).events()));
                AirwarsScale.Graded airwars = AirwarsScale.of(s, IncidentDetails.of(s.incident()));
                Place p = s.place();
                Range killed = s.killed();
                Range civilians = s.range(Measure.KILLED, VictimCategory.CIVILIANS);
                Params.of(ps).date(s.dateStart()).date(s.dateEnd()).key(s.type())
                        .string(p == null ? null : p.name()).string(p == null ? null : p.country())
                        .dbl(p == null ? null : p.lat()).dbl(p == null ? null : p.lon())
                        .key(p == null ? null : p.precision())
                        .bigint(killed == null ? null : killed.min()).bigint(killed == null ? null : killed.max())
                        .bigint(civilians == null ? null : civilians.min())
                        .bigint(civilians == null ? null : civilians.max())
                        .key(s.grade().grade()).integer(groups.get(g).events().size())
                        .string(p == null ? null : p.admin1()).string(p == null ? null : p.admin2())
                        .string(firstReport(groups.get(g)).documentId())
                        .string(String.join("\n", s.grade().sources())).key(airwars.grade())
                        .string(airwars.explanation()).string(ids[g]);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** The report a list shows an incident's title from: the first in the order of its report keys. */
    private static ReportedEvent firstReport(Incident group) {
        return group.events().stream().min(java.util.Comparator.comparing(ReportedEvent::key)).orElseThrow();
    }

    /** The id for a new incident: its earliest report's, or failing that (it is in use) with a suffix. */
    private String freshId(Incident group, Set<String> taken) throws SQLException {
        String base = IncidentLinker.idFor(group.events().get(0));
        String id = base;
        for (int n = 2; taken.contains(id) || isLive(id); n++) {
            id = IncidentIds.withSuffix(base, n);
        }
        // an id retired earlier comes back to life rather than pointing elsewhere
        try (PreparedStatement ps = connection.prepareStatement("DELETE FROM incident_alias WHERE alias = ?")) {
            ps.setString(1, id);
            ps.executeUpdate();
        }
        return id;
    }

    boolean isLive(String id) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT 1 FROM incident WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    void insertIncident(String id) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO incident (id) VALUES (?)")) {
            ps.setString(1, id);
            ps.executeUpdate();
        }
    }

    /**
     * Gives an incident with an id of the form written before ids were safe in a URL ("inc:a#1") its present form
     * ("inc:a.1", {@link IncidentIds#fromLegacy}); the old id stays an alias, so links shared before still find
     * it. The summary columns are left empty, for the caller to fill in.
     */
    void renameLegacy(String old) throws SQLException {
        String base = IncidentIds.fromLegacy(old);
        String id = base;
        for (int n = 2; isLive(id); n++) {
            id = IncidentIds.withSuffix(base, n);
        }
        insertIncident(id);
        try (PreparedStatement move = connection.prepareStatement(
                "UPDATE incident_report SET incident_id = ? WHERE incident_id = ?")) {
            Params.of(move).string(id).string(old);
            move.executeUpdate();
        }
        retire(old, id);
    }

    /** Makes {@code old} (and every alias of it) an alias of {@code successor}, and drops the incident. */
    private void retire(String old, String successor) throws SQLException {
        try (PreparedStatement repoint = connection.prepareStatement(
                "UPDATE incident_alias SET incident_id = ? WHERE incident_id = ?");
             PreparedStatement alias = connection.prepareStatement(
                     "INSERT INTO incident_alias (alias, incident_id) VALUES (?, ?)");
             PreparedStatement drop = connection.prepareStatement("DELETE FROM incident WHERE id = ?")) {
            Params.of(repoint).string(successor).string(old);
            repoint.executeUpdate();
            Params.of(alias).string(old).string(successor);
            alias.executeUpdate();
            Params.of(drop).string(old);
            drop.executeUpdate();
        }
    }

    static String key(String articleId, int eventNo) {
        return articleId + "#" + (eventNo - 1);
    }

    private static String join(Set<String> words) {
        return String.join("|", new TreeSet<>(words));
    }

    static Set<String> split(String joined) {
        return joined.isEmpty() ? Set.of() : Set.of(joined.split("\\|"));
    }

    static String sketchText(Set<Integer> sketch) {
        return new TreeSet<>(sketch).stream().map(String::valueOf).collect(Collectors.joining(" "));
    }

    /** A stored sketch as ascending hashes ({@link org.harmtrack.link.TextSketch#sorted}), without boxing them. */
    static int[] sortedSketch(String text) {
        if (text.isEmpty()) {
            return new int[0];
        }
        String[] parts = text.split(" ");
        int[] hashes = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            hashes[i] = Integer.parseInt(parts[i]);
        }
        Arrays.sort(hashes); // written ascending; sorted again so that an edited row cannot mislead the merge
        return hashes;
    }

    static Set<Integer> sketch(String text) {
        return text.isEmpty() ? Set.of()
                : Arrays.stream(text.split(" ")).map(Integer::valueOf).collect(Collectors.toSet());
    }
}
