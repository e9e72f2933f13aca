package org.harmtrack.app.output;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.harmtrack.link.AirwarsScale;
import org.harmtrack.link.IncidentDetails;
import org.harmtrack.link.IncidentSummary;
import org.harmtrack.link.Reconciliation;
import org.harmtrack.link.ReportedEvent;
import org.harmtrack.model.Place;
import org.harmtrack.model.Range;
import org.harmtrack.store.StoredIncident;

/**
 * A linked incident as one JSON object: {@code incident_id}, {@code article_ids}, the summary (dates, type, place,
 * perpetrators, {@code killed}), {@code grade} with its sources and reasons, {@code airwars_grade} (the grade on
 * Airwars' scale and its sentence), the gathered {@code targets}, {@code weapons}, {@code victims} and
 * {@code assessments}, {@code figures} (each reconciled range
 * with its explanation and every claim) and {@code reports} (each report's event, with its article's title,
 * address, publisher and date when the store has them). Stateless.
 */
public final class IncidentJson {
    private IncidentJson() {
    }

    /** Puts an incident's place (name, country, regions, point, precision) under "place", or null. */
    public static void place(ObjectNode node, Place p) {
        if (p == null) {
            node.putNull("place");
        } else {
            node.putObject("place").put("name", p.name()).put("country", p.country()).put("admin1", p.admin1())
                    .put("admin2", p.admin2()).put("lat", p.lat()).put("lon", p.lon())
                    .put("precision", p.precision().key());
        }
    }

    /** Puts a range as {"min", "max"} under the name, or null when unknown. */
    public static void range(ObjectNode node, String name, Range r) {
        if (r == null) {
            node.putNull(name);
        } else {
            node.putObject(name).put("min", r.min()).put("max", r.max());
        }
    }

    /**
     * Puts the incident's gathered targets, weapons, victims and assessments (see {@link IncidentDetails}): each item
     * in the extract contract's shape, with the report it is quoted from ({@code article_id}, its offsets point into
     * that article) and every report telling of it; assessments grouped by belligerent, the latest first.
     */
    static void details(ObjectNode node, IncidentDetails d, java.util.Map<String, StoredIncident> byArticle) {
        ArrayNode targets = node.putArray("targets");
        d.targets().forEach(t -> targets.add(told(EventDetailsJson.target(t.item()), t)));
        ArrayNode weapons = node.putArray("weapons");
        d.weapons().forEach(w -> weapons.add(told(EventDetailsJson.weapon(w.item()), w)));
        ArrayNode victims = node.putArray("victims");
        d.victims().forEach(v -> victims.add(told(EventDetailsJson.victim(v.item()), v)));
        ArrayNode assessments = node.putArray("assessments");
        for (IncidentDetails.BelligerentView b : d.assessments()) {
            ObjectNode view = assessments.addObject().put("belligerent", b.belligerent());
            ArrayNode statements = view.putArray("statements");
            for (IncidentDetails.Told<org.harmtrack.model.Assessment> a : b.statements()) {
                ObjectNode n = told(EventDetailsJson.assessment(a.item()), a);
                StoredIncident from = byArticle.get(a.documentId());
                if (from != null) {
                    n.put("title", from.title())
                            .put("published", from.published() == null ? null : from.published().toString());
                }
                statements.add(n);
            }
        }
    }

    private static ObjectNode told(ObjectNode item, IncidentDetails.Told<?> told) {
        item.put("article_id", told.documentId());
        ArrayNode reports = item.putArray("reports");
        told.reports().forEach(reports::add);
        return item;
    }

    /**
     * The incident as JSON.
     *
     * @param stored the stored reports in the order of the incident's events, or null when linking statelessly
     */
    public static ObjectNode node(IncidentSummary s, List<StoredIncident> stored) {
        return node(s, stored, 0, Integer.MAX_VALUE);
    }

    /**
     * The incident as JSON with one window of its reports: {@code reports_total}, {@code reports_offset} and the
     * reports from {@code offset}, at most {@code limit}; each claim carries its article's title and date, so the
     * claims read without the other reports.
     *
     * @param stored the stored reports in the order of the incident's events, or null when linking statelessly
     */
    public static ObjectNode node(IncidentSummary s, List<StoredIncident> stored, int offset, int limit) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        java.util.Map<String, StoredIncident> byArticle = new java.util.HashMap<>();
        if (stored != null) {
            stored.forEach(r -> byArticle.putIfAbsent(r.documentId(), r));
        }
        node.put("incident_id", s.incident().id());
        ArrayNode ids = node.putArray("article_ids");
        s.incident().articleIds().forEach(ids::add);
        node.put("date_start", s.dateStart() == null ? null : s.dateStart().toString());
        node.put("date_end", s.dateEnd() == null ? null : s.dateEnd().toString());
        node.put("type", s.type().key());
        place(node, s.place());
        ArrayNode perpetrators = node.putArray("perpetrators");
        s.perpetrators().forEach(perpetrators::add);
        range(node, "killed", s.killed());
        ObjectNode grade = node.putObject("grade");
        grade.put("grade", s.grade().grade().key()).put("explanation", s.grade().explanation());
        ArrayNode sources = grade.putArray("sources");
        s.grade().sources().forEach(sources::add);
        IncidentDetails details = IncidentDetails.of(s.incident());
        AirwarsScale.Graded airwars = AirwarsScale.of(s, details);
        node.putObject("airwars_grade").put("grade", airwars.grade().key()).put("explanation", airwars.explanation());
        details(node, details, byArticle);
        ArrayNode figures = node.putArray("figures");
        for (Reconciliation.Reconciled r : s.figures().values()) {
            ObjectNode f = figures.addObject();
            f.put("measure", r.measure().key()).put("category", r.category().key())
                    .put("min", r.range().min()).put("max", r.range().max()).put("explanation", r.explanation());
            ArrayNode claims = f.putArray("claims");
            for (Reconciliation.Claim c : r.claims()) {
                ObjectNode claim = claims.addObject().put("article_id", c.articleId()).put("source", c.source())
                        .put("stance", c.stance().key()).put("min", c.count().min()).put("max", c.count().max())
                        .put("approximate", c.approximate());
                StoredIncident from = byArticle.get(c.articleId());
                if (from != null) {
                    claim.put("title", from.title())
                            .put("published", from.published() == null ? null : from.published().toString());
                }
            }
        }
        List<ReportedEvent> events = s.incident().events();
        int from = Math.min(Math.max(0, offset), events.size());
        int to = (int) Math.min(events.size(), (long) from + Math.max(0, limit));
        node.put("reports_total", events.size()).put("reports_offset", from);
        ArrayNode reports = node.putArray("reports");
        for (int i = from; i < to; i++) {
            ObjectNode r = reports.addObject();
            r.put("article_id", events.get(i).documentId());
            if (stored != null) {
                StoredIncident a = stored.get(i);
                r.put("title", a.title()).put("url", a.url()).put("publisher", a.publisher())
                        .put("published", a.published() == null ? null : a.published().toString());
            }
            r.setAll(ExtractionJson.event(events.get(i).event()));
        }
        return node;
    }
}
