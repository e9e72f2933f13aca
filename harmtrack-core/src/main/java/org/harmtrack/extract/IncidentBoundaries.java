package org.harmtrack.extract;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.harmtrack.gazetteer.GeoEntry;
import org.harmtrack.gazetteer.GeoLevel;
import org.harmtrack.gazetteer.Geoparser;
import org.harmtrack.gazetteer.PlaceMention;
import org.harmtrack.model.DateGranularity;
import org.harmtrack.model.EventType;
import org.harmtrack.time.DateMention;

/**
 * Where one incident of a document ends and the next begins, as a reader tells them apart:
 * <ul>
 *   <li>a sentence with figures for another village, another day or another kind of incident, or one that says
 *       "in another strike" / "in a separate attack", starts a new incident;</li>
 *   <li>a sentence that places what it tells in another of the document's countries than the incident so far (a
 *       city or province there, not the country named in passing nor a village) starts a new one, figures or not;</li>
 *   <li>drafts about the same village and day are one incident after all (a headline and a later paragraph).</li>
 * </ul>
 * A draft without figures becomes an event of a long piece only when it reports a strike as news does: a strike,
 * drone strike or shelling, by a named party, at a place finer than a country, told in the piece's opening lines.
 * <p>Thread-safe: stateless.
 */
final class IncidentBoundaries {
    private static final int OPENING_SENTENCES = 6;
    private static final Set<EventType> DISTINCT_KINDS = EnumSet.of(EventType.SHOOTDOWN, EventType.MASS_GRAVE);
    private static final Set<EventType> STRIKES = EnumSet.of(EventType.AIRSTRIKE, EventType.DRONE_STRIKE,
            EventType.SHELLING);
    private static final Pattern ANOTHER_INCIDENT = Pattern.compile(
            "\\bin\\s+(?:another|a\\s+(?:second|third|separate|further|later|new))\\s+(?:\\w+\\s+)?"
            + "(?:strike|airstrike|air\\s+strike|raid|attack|bombing|shelling|drone\\s+strike)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern HYPOTHETICAL = Pattern.compile(
            "\\b(?:would|could|might|if|will|plans?\\s+to|threaten(?:s|ed)?\\s+to)\\b", Pattern.CASE_INSENSITIVE);

    private IncidentBoundaries() {
    }

    /** Whether sentence {@code f} (with its incident {@code figures}) begins a new incident after {@code current}. */
    static boolean startsNew(IncidentDraft current, SentenceFacts f, List<FigureMention> figures, String text,
                             List<String> documentCountries) {
        GeoEntry site = site(f, text);
        if (apart(current.place(text), site, documentCountries)) {
            return true;
        }
        if (figures.isEmpty() || current.figures.isEmpty()) {
            return false;
        }
        if (ANOTHER_INCIDENT.matcher(f.sentence().text()).find()) {
            return true;
        }
        if (DISTINCT_KINDS.contains(f.type()) && f.type() != current.type()) {
            return true; // a helicopter shot down or a mass grave found is its own incident
        }
        GeoEntry here = PlaceRanking.mostSpecific(f.places(), null);
        GeoEntry there = current.locality();
        if (here != null && there != null && here.level() == GeoLevel.LOCALITY && here.id() != there.id()
                && Geoparser.distanceKm(here, there) > 10) {
            return true;
        }
        DateMention day = f.eventDay();
        DateMention currentDay = current.day();
        if (day != null && currentDay != null) {
            return !day.start().equals(currentDay.start());
        }
        // days that cannot be resolved still differ by name: "on Thursday" is not "on Tuesday"
        String named = firstDayWords(f.dates());
        String currentNamed = current.dayWords(s -> firstDayWords(s.dates()));
        return named != null && currentNamed != null && !named.equalsIgnoreCase(currentNamed);
    }

    /** Drafts about the same village and day (and kind) are one incident. */
    static List<IncidentDraft> mergeSameIncident(List<IncidentDraft> drafts) {
        List<IncidentDraft> out = new ArrayList<>();
        for (IncidentDraft d : drafts) {
            IncidentDraft same = null;
            GeoEntry place = d.locality();
            for (IncidentDraft o : out) {
                GeoEntry other = o.locality();
                DateMention a = d.day();
                DateMention b = o.day();
                boolean sameDay = a == null || b == null || a.start().equals(b.start());
                boolean sameKind = d.type() == null || o.type() == null || d.type() == o.type();
                if (place != null && other != null && place.id() == other.id() && sameDay && sameKind) {
                    same = o;
                    break;
                }
            }
            if (same == null) {
                out.add(d);
            } else {
                same.absorb(d);
            }
        }
        return out;
    }

    /** Whether a draft without figures reports a strike as news does (see the class comment). */
    static boolean reportsStrike(IncidentDraft d, String text) {
        SentenceFacts first = d.sentences.get(0);
        if (first.sentence().index() >= OPENING_SENTENCES || !STRIKES.contains(d.type())) {
            return false;
        }
        GeoEntry place = d.place(text);
        if (place == null || place.level() == GeoLevel.COUNTRY) {
            return false;
        }
        for (SentenceFacts f : d.sentences) {
            if (f.actors().stream().anyMatch(ActorMention::perpetrating) && !f.campaign()
                    && !HYPOTHETICAL.matcher(f.sentence().text()).find()) {
                return true;
            }
        }
        return false;
    }

    /** Where the sentence places what it tells: its finest place that is not a place travelled to or a container. */
    private static GeoEntry site(SentenceFacts f, String text) {
        List<PlaceMention> sites = f.places().stream()
                .filter(m -> m.isResolved() && !m.reference() && !PlaceRanking.isTravelEnd(m, text)).toList();
        return PlaceRanking.mostSpecific(sites, text);
    }

    /**
     * Two places no one incident can be at: towns or provinces of two of the countries the document is about (a
     * place abroad the document is not about is more often a name clash than a second theatre).
     */
    private static boolean apart(GeoEntry a, GeoEntry b, List<String> documentCountries) {
        if (a == null || b == null || !documentCountries.contains(a.country()) || !documentCountries.contains(b.country())) {
            return false;
        }
        // a country named in passing ("rockets fired into Israel") places nothing; a village abroad is more often a
        // surname or a name clash; two cities or provinces of two countries are two theatres
        return !a.country().equals(b.country()) && wellKnown(a) && wellKnown(b);
    }

    private static boolean wellKnown(GeoEntry e) {
        return e.level() == GeoLevel.PROVINCE || e.level() == GeoLevel.LOCALITY && (e.population() >= 50_000
                || e.featureCode().equals("PPLA") || e.featureCode().equals("PPLC"));
    }

    private static String firstDayWords(List<DateMention> dates) {
        for (DateMention d : dates) {
            if (!d.isResolved() && d.granularity() == DateGranularity.DAY) {
                return d.text();
            }
        }
        return null;
    }
}
