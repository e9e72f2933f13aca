package org.harmtrack.app.output;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.harmtrack.model.Aggregate;
import org.harmtrack.model.Span;
import org.harmtrack.store.Comparison.Result;
import org.harmtrack.store.Comparison.Sum;
import org.harmtrack.store.StoredAggregate;

/**
 * The official-versus-other comparison as JSON, as {@code compare --format json} and {@code /api/compare} write it.
 * Each claim carries its own words ("tens of thousands of Iraqis"), read from its article's text.
 */
public final class ComparisonJson {
    private ComparisonJson() {
    }

    /** The words of a claim's figure in its article ("more than 3,700 bombs"), or null when the text is not at hand. */
    public static String words(StoredAggregate s, Function<String, String> articleText) {
        String text = articleText.apply(s.documentId());
        Span span = s.aggregate().span();
        return text == null || span.end() > text.length() ? null : text.substring(span.start(), span.end());
    }

    /** The comparison as JSON, each claim with its words looked up in its article's text (cached per article). */
    public static ObjectNode of(Result r, Function<String, String> articleText) {
        Map<String, String> texts = new HashMap<>();
        Function<String, String> cached = id -> texts.computeIfAbsent(id, articleText);
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        n.put("country", r.country());
        n.put("from", r.from() == null ? null : r.from().toString());
        n.put("to", r.to() == null ? null : r.to().toString());
        claims(n.putArray("official"), r.official(), cached);
        claims(n.putArray("other"), r.other(), cached);
        claims(n.putArray("without_period"), r.withoutPeriod(), cached);
        claims(n.putArray("unplaced"), r.unplaced(), cached);
        n.put("unplaced_aggregates", r.unplacedAggregates());
        ObjectNode incidents = n.putObject("incidents");
        incidents.put("count", r.incidents()).put("undated_in_country", r.undatedIncidents());
        for (Sum s : r.sums()) {
            incidents.putObject(s.measure()).put("min", s.min()).put("max", s.max())
                    .put("incidents", s.incidents()).put("without_figure", s.unknown());
        }
        return n;
    }

    private static void claims(ArrayNode array, List<StoredAggregate> claims, Function<String, String> articleText) {
        for (StoredAggregate s : claims) {
            Aggregate a = s.aggregate();
            ObjectNode c = array.addObject();
            c.put("measure", a.measure()).put("min", a.count().min()).put("max", a.count().max())
                    .put("words", words(s, articleText));
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
