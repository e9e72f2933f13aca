package org.harmtrack.app.eval;

import static org.harmtrack.app.eval.GoldJson.given;
import static org.harmtrack.app.eval.GoldJson.overlap;
import static org.harmtrack.app.eval.GoldJson.range;
import static org.harmtrack.app.eval.GoldJson.same;
import static org.harmtrack.app.eval.GoldJson.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Scores documents that tell of several incidents (news articles): each gold incident of a document is matched to
 * the document's predicted events, as the project's shared {@code score_news.py} does. A predicted event matches
 * when its date range is within a day of the gold's and its place within {@value #KM} km (gold finer than a
 * governorate) or, failing coordinates, in the same first-level region; an undated event may match on place alone.
 * Per incident the best match is used (dated before undated, nearest date, nearest place; an event not yet used
 * preferred). Metrics: {@code answered}, {@code incident_recall}, {@code incident_recall_dated},
 * {@code matched_undated_only}, then over matched incidents {@code civ_killed_overlap},
 * {@code civ_killed_range_exact}, {@code civ_killed_zero_ok}, {@code children_killed_min_exact},
 * {@code date_exact}, {@code perpetrator}; and {@code spurious_rate}: predicted events with a death toll that match
 * no gold incident of their document, over all such events (an upper bound where the gold lists only some of the
 * strikes a text tells of).
 * <p>Not thread-safe: one scorer per run.
 */
public final class IncidentScorer {
    static final double KM = 25.0;
    private static final Pattern COARSE = Pattern.compile("province|governorate", Pattern.CASE_INSENSITIVE);
    private static final Pattern ACTOR_SEPARATORS = Pattern.compile(",|/| and ");
    /** The states of {@link GoldJson#state} and the other actors of the Syria sets, tried in this order. */
    private static final Map<String, List<String>> STATES = new LinkedHashMap<>();
    private static final List<String> ORDER = List.of("answered", "incident_recall", "incident_recall_dated",
            "matched_undated_only", "civ_killed_overlap", "civ_killed_range_exact", "civ_killed_zero_ok",
            "children_killed_min_exact", "date_exact", "perpetrator", "spurious_rate");

    static {
        STATES.putAll(GoldJson.STATES); // the record scorer's states, in its order, then the Syria sets' actors
        STATES.put("russia", List.of("russia", "russian"));
        STATES.put("turkey", List.of("turkey", "turkish", "türkiye", "turkiye"));
        STATES.put("syria", List.of("syrian regime", "assad", "syrian government", "syrian army", "syria"));
        STATES.put("iran", List.of("iran"));
        STATES.put("jordan", List.of("jordan"));
        STATES.put("united kingdom", List.of("united kingdom", "uk ", "british", "royal air force", "raf "));
    }

    private final Tally tally = new Tally();

    /** How well an event matches an incident: undated (1) or not (0), days apart, kilometres apart. */
    private record Fit(int undated, long gap, double km) implements Comparable<Fit> {
        @Override
        public int compareTo(Fit o) {
            int c = Integer.compare(undated, o.undated);
            c = c != 0 ? c : Long.compare(gap, o.gap);
            return c != 0 ? c : Double.compare(km, o.km);
        }
    }

    /** A place check: whether it passed (null: the gold gives no usable place) and the distance, when known. */
    private record PlaceFit(Boolean ok, Double km) {
    }

    /** Scores one gold document against the prediction for it (null when there is none). */
    public void add(JsonNode gold, JsonNode prediction) {
        tally.add("answered", prediction != null);
        List<JsonNode> events = new ArrayList<>();
        if (prediction != null) {
            prediction.path("events").forEach(e -> {
                if (e.isObject()) {
                    events.add(e);
                }
            });
        }
        boolean[] matchedAny = new boolean[events.size()];
        Set<Integer> used = new HashSet<>();
        for (JsonNode g : gold.path("gold").path("events")) {
            Fit bestFit = null;
            List<Integer> ties = new ArrayList<>();
            for (int i = 0; i < events.size(); i++) {
                Fit f = match(events.get(i), g);
                if (f == null) {
                    continue;
                }
                matchedAny[i] = true;
                int c = bestFit == null ? -1 : f.compareTo(bestFit);
                if (c < 0) {
                    bestFit = f;
                    ties.clear();
                }
                if (c <= 0) {
                    ties.add(i);
                }
            }
            tally.add("incident_recall", bestFit != null);
            tally.add("incident_recall_dated", bestFit != null && bestFit.undated() == 0);
            tally.add("matched_undated_only", bestFit != null && bestFit.undated() == 1);
            if (bestFit == null) {
                continue;
            }
            int chosen = ties.stream().filter(i -> !used.contains(i)).findFirst().orElse(ties.get(0));
            used.add(chosen);
            scoreMatch(g, events.get(chosen));
        }
        for (int i = 0; i < events.size(); i++) {
            double most = 0;
            for (String f : List.of("killed", "civilians_killed")) {
                double[] r = range(events.get(i).get(f));
                most = Math.max(most, r == null ? 0 : r[1]);
            }
            if (most >= 1) {
                tally.add("spurious_rate", !matchedAny[i]);
            }
        }
    }

    private void scoreMatch(JsonNode g, JsonNode e) {
        double[] gc = range(g.get("civilians_killed"));
        double[] pc = range(e.get("civilians_killed"));
        pc = pc == null ? range(e.get("killed")) : pc;
        if (gc != null && !(gc[0] == 0 && gc[1] == 0)) {
            tally.add("civ_killed_overlap", overlap(pc, gc));
            tally.add("civ_killed_range_exact", same(pc, gc));
        } else if (gc != null) {
            tally.add("civ_killed_zero_ok", pc == null || pc[0] == 0);
        }
        double[] gch = range(g.get("children_killed"));
        if (gch != null && gch[0] != 0) {
            double[] p = range(e.get("children_killed"));
            tally.add("children_killed_min_exact", p != null && p[0] == gch[0]);
        }
        if (given(g, "date")) {
            LocalDate[] p = predictedDates(e);
            LocalDate goldDay = day(g.get("date"));
            tally.add("date_exact", p == null ? goldDay == null : p[0].equals(goldDay));
        }
        Set<String> goldStates = new HashSet<>();
        for (String actor : ACTOR_SEPARATORS.split(text(g, "perpetrator"))) {
            String s = state(actor);
            if (s != null) {
                goldStates.add(s);
            }
        }
        if (!goldStates.isEmpty()) {
            tally.add("perpetrator", goldStates.contains(predictedState(e)));
        }
    }

    private static Fit match(JsonNode e, JsonNode g) {
        PlaceFit place = placeCheck(e, g);
        LocalDate[] p = predictedDates(e);
        LocalDate[] gr = goldDates(g);
        double km = place.km() != null ? place.km() : KM;
        if (p != null && gr != null) {
            long gap = p[1].isBefore(gr[0]) ? ChronoUnit.DAYS.between(p[1], gr[0])
                    : gr[1].isBefore(p[0]) ? ChronoUnit.DAYS.between(gr[1], p[0]) : 0;
            return gap > 1 || Boolean.FALSE.equals(place.ok()) ? null : new Fit(0, gap, km);
        }
        if (p == null) {
            return Boolean.TRUE.equals(place.ok()) ? new Fit(1, 0, km) : null; // place alone, and it must be checked
        }
        return Boolean.TRUE.equals(place.ok()) ? new Fit(0, 0, km) : null; // dated prediction, undated gold
    }

    private static PlaceFit placeCheck(JsonNode e, JsonNode g) {
        JsonNode gp = g.path("place");
        JsonNode pp = e.path("place");
        double[] gc = COARSE.matcher(given(gp, "precision") ? gp.get("precision").asText() : "").find() ? null : coords(gp);
        double[] pc = coords(pp);
        if (gc != null && pc != null) {
            double d = GoldJson.km(gc[0], gc[1], pc[0], pc[1]);
            return new PlaceFit(d <= KM, d);
        }
        String ga = GoldJson.adminKey(text(gp, "admin1"));
        String pa = GoldJson.adminKey(text(pp, "admin1"));
        if (!ga.isEmpty() && !pa.isEmpty()) {
            return new PlaceFit(ga.equals(pa), ga.equals(pa) ? 0.0 : null);
        }
        return gc == null && ga.isEmpty() ? new PlaceFit(null, null) : new PlaceFit(false, null);
    }

    private static double[] coords(JsonNode p) {
        Double lat = number(p.get("lat"));
        Double lon = number(p.get("lon"));
        if (lat == null || lon == null || lat < -90 || lat > 90 || lon < -180 || lon > 180) {
            return null;
        }
        return new double[] {lat, lon};
    }

    private static Double number(JsonNode v) {
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isNumber()) {
            return v.asDouble();
        }
        try {
            return Double.parseDouble(v.asText().trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static LocalDate day(JsonNode v) {
        if (v == null || v.isNull() || !v.isValueNode()) {
            return null;
        }
        String s = v.asText();
        try {
            return LocalDate.parse(s.substring(0, Math.min(10, s.length())));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static LocalDate[] goldDates(JsonNode g) {
        LocalDate a = day(g.get("date"));
        if (a == null) {
            return null;
        }
        LocalDate b = day(g.get("date_end"));
        return ordered(a, b == null ? a : b);
    }

    private static LocalDate[] predictedDates(JsonNode e) {
        JsonNode d = e.get("date");
        LocalDate a;
        LocalDate b;
        if (d != null && d.isTextual()) {
            a = day(d);
            b = null;
        } else if (d != null && d.isObject()) {
            a = day(d.get("start"));
            b = day(d.get("end"));
        } else {
            return null;
        }
        a = a == null ? b : a;
        return a == null ? null : ordered(a, b == null ? a : b);
    }

    private static LocalDate[] ordered(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? new LocalDate[] {b, a} : new LocalDate[] {a, b};
    }

    static String state(String wording) {
        String s = " " + wording.toLowerCase(Locale.ROOT) + " ";
        for (Map.Entry<String, List<String>> e : STATES.entrySet()) {
            if (e.getValue().stream().anyMatch(s::contains)) {
                return e.getKey();
            }
        }
        return null;
    }

    private static String predictedState(JsonNode e) {
        for (JsonNode x : e.path("perpetrators")) {
            String s = x.isTextual() ? state(x.asText()) : state(text(x, "name"));
            s = s != null || x.isTextual() ? s : state(text(x, "text"));
            if (s != null) {
                return s;
            }
        }
        return null;
    }

    /** The metrics so far, in the shared scorer's order. */
    public Map<String, Tally.Metric> metrics() {
        return tally.metrics(ORDER);
    }
}
