package org.harmtrack.app.eval;

import static org.harmtrack.app.eval.GoldJson.given;
import static org.harmtrack.app.eval.GoldJson.overlap;
import static org.harmtrack.app.eval.GoldJson.range;
import static org.harmtrack.app.eval.GoldJson.same;
import static org.harmtrack.app.eval.GoldJson.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.List;
import java.util.Map;

/**
 * Scores records that tell of one incident each (coder notes, drone-strike narratives): the prediction's primary
 * event (largest toll) against the record's first gold event, metric by metric, each over the records whose gold
 * gives that field. The metrics and their rules are those of the project's shared {@code score.py}:
 * <ul>
 *   <li>{@code killed_min_exact}, {@code killed_range_exact}, {@code killed_overlap}, {@code event_found}: gold
 *       killed above 0; {@code killed_zero_ok}: gold says 0 and there is no event or its killed minimum is 0.</li>
 *   <li>{@code civ_killed_range_exact}, {@code civ_killed_overlap}: civilians killed (else killed).</li>
 *   <li>{@code children_killed_min_exact}: children killed, the lower bound.</li>
 *   <li>{@code date_exact}: the event's start date, where the gold says the text states it or a publication date
 *       is given.</li>
 *   <li>{@code place_within_25km} (gold geo_precision 1-2), {@code place_admin1}, {@code place_admin2}
 *       (spelling-tolerant region names).</li>
 *   <li>{@code perpetrator}: the state behind the strike (Israel, United States, Russia, Turkey).</li>
 *   <li>{@code answered}: a prediction was given for the record.</li>
 * </ul>
 * <p>Not thread-safe: one scorer per run.
 */
public final class RecordScorer {
    private final Tally tally = new Tally();

    /** Scores one gold record against the prediction for it (null when there is none). */
    public void add(JsonNode gold, JsonNode prediction) {
        JsonNode goldEvents = gold.path("gold").path("events");
        if (goldEvents.isEmpty()) {
            return;
        }
        JsonNode g = goldEvents.get(0);
        tally.add("answered", prediction != null);
        JsonNode events = prediction == null ? MissingNode.getInstance() : prediction.path("events");
        JsonNode found = GoldJson.primary(events);
        JsonNode e = found == null ? MissingNode.getInstance() : found;
        killed(g, e, events.size() > 0);
        double[] goldCivilians = range(g.get("civilians_killed"));
        if (goldCivilians != null && !(goldCivilians[0] == 0 && goldCivilians[1] == 0)) {
            double[] p = range(e.get("civilians_killed"));
            p = p == null ? range(e.get("killed")) : p;
            tally.add("civ_killed_range_exact", same(p, goldCivilians));
            tally.add("civ_killed_overlap", overlap(p, goldCivilians));
        }
        double[] goldChildren = range(g.get("children_killed"));
        Double children = goldChildren != null ? Double.valueOf(goldChildren[0])
                : g.path("killed_breakdown").path("children").isNumber()
                ? g.path("killed_breakdown").path("children").asDouble() : null;
        if (children != null && children != 0) {
            double[] p = range(e.get("children_killed"));
            tally.add("children_killed_min_exact", p != null && p[0] == children);
        }
        if (given(g, "date") && (given(g, "date_stated") || given(gold, "published"))) {
            tally.add("date_exact", text(e.path("date"), "start").equals(text(g, "date")));
        }
        place(g.path("place"), e.path("place"));
        String goldState = GoldJson.state(text(g, "perpetrator"));
        if (given(g, "perpetrator") && goldState != null) {
            StringBuilder names = new StringBuilder();
            for (JsonNode x : e.path("perpetrators")) {
                names.append(names.length() == 0 ? "" : " | ").append(text(x, "name")).append(' ').append(text(x, "text"));
            }
            tally.add("perpetrator", goldState.equals(GoldJson.state(names.toString())));
        }
    }

    private void killed(JsonNode g, JsonNode e, boolean anyEvent) {
        double[] gk = range(g.get("killed"));
        if (gk == null) {
            return;
        }
        double[] pk = range(e.get("killed"));
        if (gk[0] == 0 && gk[1] == 0) {
            tally.add("killed_zero_ok", pk == null || pk[0] == 0);
            return;
        }
        tally.add("killed_min_exact", pk != null && pk[0] == gk[0]);
        tally.add("killed_range_exact", same(pk, gk));
        tally.add("killed_overlap", overlap(pk, gk));
        tally.add("event_found", anyEvent);
    }

    private void place(JsonNode gp, JsonNode pp) {
        if (isNumber(gp, "lat") && isNumber(gp, "lon") && (given(gp, "geo_precision") ? gp.get("geo_precision").asDouble() : 1) <= 2) {
            boolean ok = isNumber(pp, "lat") && isNumber(pp, "lon") && GoldJson.km(gp.get("lat").asDouble(),
                    gp.get("lon").asDouble(), pp.get("lat").asDouble(), pp.get("lon").asDouble()) <= 25;
            tally.add("place_within_25km", ok);
        }
        for (String level : List.of("admin1", "admin2")) {
            if (given(gp, level)) {
                String predicted = GoldJson.adminKey(text(pp, level));
                tally.add("place_" + level, !predicted.isEmpty() && predicted.equals(GoldJson.adminKey(text(gp, level))));
            }
        }
    }

    private static boolean isNumber(JsonNode n, String field) {
        return n.path(field).isNumber();
    }

    /** The metrics so far, in name order. */
    public Map<String, Tally.Metric> metrics() {
        return tally.metrics();
    }
}
