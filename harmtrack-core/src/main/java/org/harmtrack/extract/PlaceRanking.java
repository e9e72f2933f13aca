package org.harmtrack.extract;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.harmtrack.gazetteer.GeoEntry;
import org.harmtrack.gazetteer.GeoLevel;
import org.harmtrack.gazetteer.PlaceMention;

/**
 * Which of the places a passage names is where the harm happened: the finest resolved one, then the one nearest
 * the figures; a place someone travelled to or came from ("returning from Aleppo", "fled from al-Baghuz") or one
 * named only as the container of another comes last.
 * <p>Thread-safe: stateless.
 */
final class PlaceRanking {
    private static final Pattern TRAVEL = Pattern.compile(
            "\\b(?:to|from|towards?|via|into|for)\\s+(?:the\\s+)?(?:(?:nearby|neighbouring|neighboring)\\s+)?"
            + "(?:(?:city|town|village|capital)\\s+of\\s+)?$", Pattern.CASE_INSENSITIVE);

    private PlaceRanking() {
    }

    /** The finest resolved mention, the earliest among equals; with {@code text}, travel ends and containers last. */
    static PlaceMention best(List<PlaceMention> mentions, String text) {
        return best(mentions, text, List.of());
    }

    /** As above; among places of one rank, the one nearest the incident's figures ("attack ... at X, killing 62"). */
    static PlaceMention best(List<PlaceMention> mentions, String text, List<FigureMention> figures) {
        Seats seats = Seats.of(mentions, text);
        PlaceMention best = null;
        int bestRank = Integer.MAX_VALUE;
        int bestDistance = Integer.MAX_VALUE;
        for (PlaceMention m : mentions) {
            if (!m.isResolved()) {
                continue;
            }
            int rank = rank(m, text, seats);
            if (best == null || rank < bestRank || rank == bestRank && distance(m, figures) < bestDistance) {
                best = m;
                bestRank = rank;
                bestDistance = distance(m, figures);
            }
        }
        return best;
    }

    /**
     * What a passage's places say of its province seats, read once per passage: which seats it calls "city"
     * ("Idlib city") and how many towns of each province it names (not as where someone went or came from).
     * A seat named like its province ("strikes on Idlib", "Hama countryside") beside another town of that province
     * more likely means the province, and the other town is where it happened.
     */
    private record Seats(Set<GeoEntry> calledCity, Map<String, Set<GeoEntry>> townsByProvince) {
        private static final Seats NONE = new Seats(Set.of(), Map.of());

        static Seats of(List<PlaceMention> mentions, String text) {
            if (text == null || mentions.stream().noneMatch(m -> m.isResolved() && isSeat(m.entry()))) {
                return NONE; // the common case: no seat to weigh, nothing to gather
            }
            Set<GeoEntry> city = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            Map<String, Set<GeoEntry>> towns = new java.util.HashMap<>();
            for (PlaceMention o : mentions) {
                if (!o.isResolved() || o.entry().level() != GeoLevel.LOCALITY) {
                    continue;
                }
                String after = text.substring(o.span().end(), Math.min(text.length(), o.span().end() + 6));
                if (after.toLowerCase(java.util.Locale.ROOT).startsWith(" city")) {
                    city.add(o.entry());
                }
                if (!isTravelEnd(o, text)) {
                    towns.computeIfAbsent(o.entry().admin1Key(), k -> new java.util.HashSet<>()).add(o.entry());
                }
            }
            return new Seats(city, towns);
        }

        private static boolean isSeat(GeoEntry e) {
            return e.level() == GeoLevel.LOCALITY && "PPLA".equals(e.featureCode());
        }

        /** Whether a mention is such a seat beside another town of its province (see above). */
        boolean besideItsTown(PlaceMention m) {
            GeoEntry e = m.entry();
            if (!isSeat(e) || calledCity.contains(e)) {
                return false;
            }
            Set<GeoEntry> sameProvince = townsByProvince.getOrDefault(e.admin1Key(), Set.of());
            return sameProvince.stream().anyMatch(o -> o.id() != e.id());
        }
    }

    /** The entry of {@link #best(List, String)}, or null. */
    static GeoEntry mostSpecific(List<PlaceMention> places, String text) {
        PlaceMention best = best(places, text);
        return best == null ? null : best.entry();
    }

    /** True when the passage names the place only as where someone went or came from. */
    static boolean isTravelEnd(PlaceMention m, String text) {
        String before = text.substring(Math.max(0, m.span().start() - 24), m.span().start());
        return TRAVEL.matcher(before).find();
    }

    private static int distance(PlaceMention m, List<FigureMention> figures) {
        int nearest = Integer.MAX_VALUE - 1;
        for (FigureMention f : figures) {
            int d = f.span().start() >= m.span().end() ? f.span().start() - m.span().end()
                    : Math.max(0, m.span().start() - f.span().end());
            nearest = Math.min(nearest, d);
        }
        return nearest;
    }

    private static int rank(PlaceMention m, String text, Seats seats) {
        int demoted = text != null && (isTravelEnd(m, text) || m.reference()) ? GeoLevel.values().length : 0;
        return m.entry().level().ordinal() + demoted + (seats.besideItsTown(m) ? 1 : 0);
    }
}
