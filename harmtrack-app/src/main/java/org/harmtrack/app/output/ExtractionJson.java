package org.harmtrack.app.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.harmtrack.model.Aggregate;
import org.harmtrack.model.Event;
import org.harmtrack.model.EventDate;
import org.harmtrack.model.Extraction;
import org.harmtrack.model.Figure;
import org.harmtrack.model.Perpetrator;
import org.harmtrack.model.Place;
import org.harmtrack.model.Range;
import org.harmtrack.model.Span;

/**
 * Writes extractions in the output contract of {@code harmtrack extract} (see the README): one JSON object a
 * document with its events and aggregates, field names and meanings as the contract fixes them.
 * <p>Thread-safe: the shared ObjectMapper is thread-safe once configured.
 */
public final class ExtractionJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ExtractionJson() {
    }

    /** One line of the contract, without the newline. */
    public static String line(Extraction extraction) {
        return toNode(extraction).toString();
    }

    public static ObjectNode toNode(Extraction extraction) {
        ObjectNode root = JSON.createObjectNode();
        root.put("id", extraction.documentId());
        ArrayNode events = root.putArray("events");
        extraction.events().forEach(e -> events.add(event(e)));
        ArrayNode aggregates = root.putArray("aggregates");
        extraction.aggregates().forEach(a -> aggregates.add(aggregate(a)));
        return root;
    }

    public static ObjectNode event(Event e) {
        ObjectNode n = JSON.createObjectNode();
        n.put("type", e.type().key());
        n.set("date", date(e.date()));
        n.set("place", place(e.place()));
        n.set("perpetrators", perpetrators(e.perpetrators()));
        n.set("killed", range(e.killed()));
        n.set("injured", range(e.injured()));
        n.set("civilians_killed", range(e.civiliansKilled()));
        n.set("children_killed", range(e.childrenKilled()));
        n.set("women_killed", range(e.womenKilled()));
        n.set("combatants_killed", range(e.combatantsKilled()));
        ArrayNode figures = n.putArray("figures");
        e.figures().forEach(f -> figures.add(figure(f)));
        ArrayNode sources = n.putArray("sources");
        e.sources().forEach(sources::add);
        ArrayNode targets = n.putArray("targets");
        e.targets().forEach(t -> targets.add(EventDetailsJson.target(t)));
        ArrayNode weapons = n.putArray("weapons");
        e.weapons().forEach(w -> weapons.add(EventDetailsJson.weapon(w)));
        ArrayNode victims = n.putArray("victims");
        e.victims().forEach(v -> victims.add(EventDetailsJson.victim(v)));
        ArrayNode assessments = n.putArray("assessments");
        e.assessments().forEach(a -> assessments.add(EventDetailsJson.assessment(a)));
        ArrayNode evidence = n.putArray("evidence");
        e.evidence().forEach(s -> evidence.add(span(s)));
        n.put("confidence", Math.round(e.confidence() * 100) / 100.0);
        return n;
    }

    /** One figure of an event (a claimed count, who gave it and where it is said) as the extract contract writes it. */
    public static ObjectNode figure(Figure f) {
        ObjectNode fn = JSON.createObjectNode();
        fn.put("measure", f.measure().key());
        fn.put("category", f.category().key());
        fn.put("min", f.count().min());
        fn.put("max", f.count().max());
        fn.put("approximate", f.approximate());
        fn.put("attributed_to", f.attributedTo()); // null when the report gives no source
        fn.put("stance", f.stance().key());
        fn.put("start", f.span().start());
        fn.put("end", f.span().end());
        return fn;
    }

    /** An aggregate as the extract contract writes it. */
    public static ObjectNode aggregate(Aggregate a) {
        ObjectNode n = JSON.createObjectNode();
        n.put("measure", a.measure());
        n.put("min", a.count().min());
        n.put("max", a.count().max());
        if (a.period() == null) {
            n.putNull("period");
        } else {
            n.set("period", date(a.period()));
        }
        ArrayNode places = n.putArray("places");
        a.places().forEach(places::add);
        n.set("perpetrators", perpetrators(a.perpetrators()));
        n.put("attributed_to", a.attributedTo()); // null when the report gives no source
        n.put("start", a.span().start());
        n.put("end", a.span().end());
        return n;
    }

    private static ObjectNode date(EventDate d) {
        if (d == null) {
            return null;
        }
        ObjectNode n = JSON.createObjectNode();
        n.put("start", d.start() == null ? null : d.start().toString());
        n.put("end", d.end() == null ? null : d.end().toString());
        n.put("text", d.text());
        n.put("granularity", d.granularity().key());
        if (d.span() == null) {
            n.put("basis", "published");
        } else {
            n.put("basis", "text");
            n.put("start_offset", d.span().start());
            n.put("end_offset", d.span().end());
        }
        return n;
    }

    private static ObjectNode place(Place p) {
        if (p == null) {
            return null;
        }
        ObjectNode n = JSON.createObjectNode();
        n.put("text", p.text());
        n.put("name", p.name());
        if (p.geonamesId() == 0) {
            n.putNull("geonames_id");
        } else {
            n.put("geonames_id", p.geonamesId());
        }
        n.put("admin1", p.admin1());
        n.put("admin2", p.admin2());
        n.put("country", p.country());
        n.put("lat", p.lat());
        n.put("lon", p.lon());
        n.put("precision", p.precision().key());
        if (p.span() != null) {
            n.put("start", p.span().start());
            n.put("end", p.span().end());
        }
        return n;
    }

    private static ArrayNode perpetrators(List<Perpetrator> list) {
        ArrayNode out = JSON.createArrayNode();
        for (Perpetrator p : list) {
            ObjectNode n = out.addObject();
            n.put("name", p.name());
            n.put("kind", p.kind().key());
            n.put("country", p.country());
            n.put("text", p.text());
        }
        return out;
    }

    private static ObjectNode range(Range r) {
        return EventDetailsJson.range(r);
    }

    private static ObjectNode span(Span s) {
        ObjectNode n = JSON.createObjectNode();
        n.put("start", s.start());
        n.put("end", s.end());
        return n;
    }
}
