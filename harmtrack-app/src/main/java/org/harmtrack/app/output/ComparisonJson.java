package org.harmtrack.app.output;

import org.harmtrack.store.Comparison;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.harmtrack.model.Aggregate;
import org.harmtrack.store.Comparison.Result;
import org.harmtrack.store.Comparison.Sum;
import org.harmtrack.store.StoredAggregate;

/** The official-versus-other comparison as JSON, as {@code compare --format json} and {@code /api/compare} write it. */
public final class ComparisonJson {
    private ComparisonJson() {
    }

    /** The comparison as JSON: official, other and without_period claims, and the incidents' sums. */
    public static ObjectNode of(Result r) {
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        n.put("country", r.country());
        n.put("from", r.from() == null ? null : r.from().toString());
        n.put("to", r.to() == null ? null : r.to().toString());
        claims(n.putArray("official"), r.official());
        claims(n.putArray("other"), r.other());
        claims(n.putArray("without_period"), r.withoutPeriod());
        n.put("unplaced_aggregates", r.unplacedAggregates());
        ObjectNode incidents = n.putObject("incidents");
        incidents.put("count", r.incidents()).put("undated_in_country", r.undatedIncidents());
        for (Sum s : r.sums()) {
            incidents.putObject(s.measure()).put("min", s.min()).put("max", s.max())
                    .put("incidents", s.incidents()).put("without_figure", s.unknown());
        }
        return n;
    }

    private static void claims(ArrayNode array, List<StoredAggregate> claims) {
        for (StoredAggregate s : claims) {
            Aggregate a = s.aggregate();
            ObjectNode c = array.addObject();
            c.put("measure", a.measure()).put("min", a.count().min()).put("max", a.count().max());
            c.put("period_start", a.period() == null || a.period().start() == null ? null : a.period().start().toString());
            c.put("period_end", a.period() == null || a.period().end() == null ? null : a.period().end().toString());
            c.put("period_text", a.period() == null ? null : a.period().text());
            ArrayNode places = c.putArray("places");
            a.places().forEach(places::add);
            ArrayNode actors = c.putArray("perpetrators");
            a.perpetrators().forEach(p -> actors.add(p.name()));
            c.put("source", a.attributedTo()).put("article_id", s.documentId()).put("title", s.title())
                    .put("url", s.url());
        }
    }
}
