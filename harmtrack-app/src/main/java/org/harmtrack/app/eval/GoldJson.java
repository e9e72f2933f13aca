package org.harmtrack.app.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reading the gold format and the extract contract as the shared scorers read them: ranges, the primary event, the
 * spelling-tolerant key of region names and the state behind a perpetrator's name. Kept apart so that every scorer
 * reads both files the same way.
 * <p>Thread-safe: stateless.
 */
final class GoldJson {
    private static final Pattern ARTICLE = Pattern.compile(
            "\\b(al|el|ar|as|ash|ad|an|at|az|ath|ez|es|ed|er|ul|the)[\\s\\-']+");
    private static final Pattern ADMIN_WORDS = Pattern.compile(
            "\\b(governorate|province|agency|district|region|municipality|wilayah|frontier|strip|tehsil)\\b");
    private static final Map<String, String> ADMIN_ALIASES = Map.of("ruraldamascus", "rifdimashq",
            "damascuscountryside", "rifdimashq", "rifdimashq", "rifdimashq");
    /** States and the words that name them, in the order they are tried. */
    static final Map<String, List<String>> STATES = new LinkedHashMap<>();

    static {
        STATES.put("israel", List.of("israel", "idf", "israeli"));
        STATES.put("united states", List.of("united states", "us ", "u.s.", "american", "usa", "cia", "coalition"));
        STATES.put("russia", List.of("russia"));
        STATES.put("turkey", List.of("turkey", "turkish"));
    }

    private GoldJson() {
    }

    /** A {@code {min, max}} object as a pair; a missing end takes the other's value; null when neither is given. */
    static double[] range(JsonNode v) {
        if (v == null || !v.isObject()) {
            return null;
        }
        JsonNode min = v.get("min");
        JsonNode max = v.get("max");
        boolean hasMin = min != null && !min.isNull();
        boolean hasMax = max != null && !max.isNull();
        if (!hasMin && !hasMax) {
            return null;
        }
        double lo = hasMin ? min.asDouble() : max.asDouble();
        double hi = hasMax ? max.asDouble() : lo;
        return new double[] {lo, hi};
    }

    static boolean same(double[] a, double[] b) {
        return a != null && b != null && a[0] == b[0] && a[1] == b[1];
    }

    static boolean overlap(double[] p, double[] g) {
        return p != null && p[0] <= g[1] && g[0] <= p[1];
    }

    /** The document's primary event: the first with the largest killed, civilians killed or injured maximum. */
    static JsonNode primary(JsonNode events) {
        JsonNode best = null;
        double key = 0;
        for (JsonNode e : events) {
            double k = -1;
            for (String f : List.of("killed", "civilians_killed", "injured")) {
                double[] r = range(e.get(f));
                k = Math.max(k, r == null ? -1 : r[1]);
            }
            if (best == null || k > key) {
                best = e;
                key = k;
            }
        }
        return best;
    }

    /** A field's text; "" when absent or null. */
    static String text(JsonNode n, String field) {
        JsonNode v = n == null ? null : n.get(field);
        return v == null || v.isNull() ? "" : v.asText();
    }

    /** A field that is there and not null, false, 0 or empty, as Python's truth reads it. */
    static boolean given(JsonNode n, String field) {
        JsonNode v = n == null ? null : n.get(field);
        if (v == null || v.isNull() || v.isMissingNode()) {
            return false;
        }
        if (v.isBoolean()) {
            return v.asBoolean();
        }
        if (v.isNumber()) {
            return v.asDouble() != 0;
        }
        if (v.isTextual()) {
            return !v.asText().isEmpty();
        }
        return v.size() > 0;
    }

    /** A spelling-tolerant key for region names: "Idleb" ~ "Idlib", "Dara" ~ "Daraa", "As Sweida" ~ "Suwayda". */
    static String adminKey(String name) {
        String s = ascii(name).toLowerCase(Locale.ROOT);
        s = ADMIN_WORDS.matcher(ARTICLE.matcher(s).replaceAll("")).replaceAll(" ");
        s = s.replaceAll("[^a-z]", "");
        if (ADMIN_ALIASES.containsKey(s)) {
            return ADMIN_ALIASES.get(s);
        }
        if (s.isEmpty()) {
            return "";
        }
        String k = s.charAt(0) + s.substring(1).replaceAll("[aeiouwy]", "");
        k = k.replaceAll("(.)\\1+", "$1");
        return k.endsWith("h") && k.length() > 2 ? k.substring(0, k.length() - 1) : k;
    }

    /** The state a perpetrator's wording names (israel, united states, russia, turkey), or null. */
    static String state(String wording) {
        String s = wording.toLowerCase(Locale.ROOT) + " ";
        for (Map.Entry<String, List<String>> e : STATES.entrySet()) {
            if (e.getValue().stream().anyMatch(s::contains)) {
                return e.getKey();
            }
        }
        return null;
    }

    /** Great-circle distance in kilometres on a sphere of radius 6371 km, as the scorers compute it. */
    static double km(double lat1, double lon1, double lat2, double lon2) {
        double la1 = Math.toRadians(lat1);
        double la2 = Math.toRadians(lat2);
        double h = Math.pow(Math.sin((la2 - la1) / 2), 2)
                + Math.cos(la1) * Math.cos(la2) * Math.pow(Math.sin(Math.toRadians(lon2 - lon1) / 2), 2);
        return 2 * 6371 * Math.asin(Math.sqrt(h));
    }

    private static String ascii(String s) {
        String d = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            if (d.charAt(i) < 128) {
                out.append(d.charAt(i));
            }
        }
        return out.toString();
    }
}
