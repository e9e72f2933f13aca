package org.harmtrack.extract;

import java.util.List;
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
        PlaceMention best = null;
        for (PlaceMention m : mentions) {
            if (!m.isResolved()) {
                continue;
            }
            if (best == null || rank(m, text, mentions) < rank(best, text, mentions)
                    || rank(m, text, mentions) == rank(best, text, mentions)
                    && distance(m, figures) < distance(best, figures)) {
                best = m;
            }
        }
        return best;
    }

    /**
     * Whether a mention is a province's seat that shares the province's name ("strikes on Idlib", "Hama countryside")
     * while the passage names another town of that province: then the name more likely means the province, and the
     * other town is where it happened. Not when the passage says "Idlib city".
     */
    private static boolean seatBesideItsTown(PlaceMention m, String text, List<PlaceMention> mentions) {
        if (text == null || !"PPLA".equals(m.entry().featureCode()) || m.entry().level() != GeoLevel.LOCALITY) {
            return false;
        }
        for (PlaceMention o : mentions) {
            if (o.isResolved() && o.entry().id() == m.entry().id()) {
                String after = text.substring(o.span().end(), Math.min(text.length(), o.span().end() + 6));
                if (after.toLowerCase(java.util.Locale.ROOT).startsWith(" city")) {
                    return false; // "Idlib city" anywhere in the passage: the name means the city
                }
            }
        }
        for (PlaceMention o : mentions) {
            if (o.isResolved() && o.entry().id() != m.entry().id() && o.entry().level() == GeoLevel.LOCALITY
                    && o.entry().admin1Key().equals(m.entry().admin1Key()) && !isTravelEnd(o, text)) {
                return true;
            }
        }
        return false;
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

    private static int rank(PlaceMention m, String text, List<PlaceMention> mentions) {
        int demoted = text != null && (isTravelEnd(m, text) || m.reference()) ? GeoLevel.values().length : 0;
        return m.entry().level().ordinal() + demoted + (seatBesideItsTown(m, text, mentions) ? 1 : 0);
    }
}
