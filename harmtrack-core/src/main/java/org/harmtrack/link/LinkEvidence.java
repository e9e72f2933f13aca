package org.harmtrack.link;

import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.harmtrack.model.Event;
import org.harmtrack.model.DateGranularity;
import org.harmtrack.model.EventDate;
import org.harmtrack.model.EventType;
import org.harmtrack.model.GreatCircle;
import org.harmtrack.model.Perpetrator;
import org.harmtrack.model.Place;
import org.harmtrack.model.PlacePrecision;
import org.harmtrack.model.Range;

/**
 * How strongly two reported events look like one incident: a sum of evidence for and against, or
 * {@link Double#NEGATIVE_INFINITY} when they cannot be one (two days apart, two events of one report). Stateless.
 *
 * <p>For: the same village, killed counts that agree, the same things struck and groups named. Against: killed
 * counts that cannot both be true, different things struck, different villages near one town, different
 * perpetrators, different kinds of attack.
 */
final class LinkEvidence {
    /** The score from which two events are taken to be one incident. */
    static final double LINK = 1.5;
    /** Below this, two events must not end up in one incident even through others. */
    static final double CONFLICT = 0.0;

    static final Set<EventType> GENERIC = java.util.EnumSet.of(EventType.OTHER, EventType.ATTACK);
    /** Two events this close, with nothing against them, may be linked when each is the other's best match. */
    static final double MUTUAL_BEST = 0.5;

    private LinkEvidence() {
    }

    static double score(ReportedEvent a, ReportedEvent b) {
        if (a.documentId().equals(b.documentId())) {
            return Double.NEGATIVE_INFINITY; // a report that tells two events says they are two
        }
        Event x = a.event();
        Event y = b.event();
        double score = 0;
        Long gap = dayGap(x.date(), y.date());
        if (gap != null && gap > 1) {
            return Double.NEGATIVE_INFINITY;
        }
        score += place(x.place(), y.place());
        if (gap != null && gap == 0 && x.date().granularity() == DateGranularity.DAY
                && y.date().granularity() == DateGranularity.DAY) {
            score += 0.5; // the same day
        } else if (gap != null && gap == 1) {
            score -= 0.5; // a day apart: possible (a late-night strike, a late report), less likely
        }
        score += type(x.type(), y.type());
        score += perpetrators(x, y);
        score += figures(x.killed(), y.killed(), 1.0);
        score += figures(x.injured(), y.injured(), 0.5);
        score += details(a.details(), b.details());
        score += names(a, b);
        if (a.ordinal() > 0 && b.ordinal() > 0) {
            score += a.ordinal() == b.ordinal() ? 1.5 : -3.0; // "the second strike of the day" is not the first
        }
        if (gap == null) {
            score -= 1.0; // an undated report needs more of everything else
        }
        return score;
    }

    /** Days between two date windows (0 when they overlap), or null when either is unknown. */
    private static Long dayGap(EventDate a, EventDate b) {
        if (a == null || b == null || a.start() == null || b.start() == null) {
            return null;
        }
        if (!a.start().isAfter(b.end()) && !b.start().isAfter(a.end())) {
            return 0L;
        }
        return a.start().isAfter(b.end()) ? ChronoUnit.DAYS.between(b.end(), a.start())
                : ChronoUnit.DAYS.between(a.end(), b.start());
    }

    /** How far (km) a place of this precision may be from the harm it locates. */
    private static double radiusKm(PlacePrecision p) {
        return switch (p) {
            case LOCALITY -> 10; // reports of one strike often name different villages of one valley
            case NEAR -> 20;
            case DISTRICT -> 50;
            case PROVINCE -> 150;
            case COUNTRY -> 800;
        };
    }

    private static double place(Place a, Place b) {
        if (a == null || b == null) {
            return 0;
        }
        double km = GreatCircle.distanceKm(a.lat(), a.lon(), b.lat(), b.lon());
        if (km > radiusKm(a.precision()) + radiusKm(b.precision())) {
            return -2.0; // evidence against, not proof: one of the two places may be misread
        }
        boolean fineA = a.precision() == PlacePrecision.LOCALITY || a.precision() == PlacePrecision.NEAR;
        boolean fineB = b.precision() == PlacePrecision.LOCALITY || b.precision() == PlacePrecision.NEAR;
        if (!fineA || !fineB) {
            return 0; // a district or province is no evidence either way
        }
        boolean sameWords = nameKey(a.text()).equals(nameKey(b.text()));
        if (a.geonamesId() == b.geonamesId() && a.precision() == b.precision()) {
            return sameWords || a.precision() == PlacePrecision.LOCALITY ? 2.0 : -1.5; // two villages near one town
        }
        return sameWords ? 1.5 : 0;
    }

    private static String nameKey(String text) {
        return text == null ? "" : text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]", "");
    }

    private static double type(EventType a, EventType b) {
        if (a == null || b == null || a == b || GENERIC.contains(a) || GENERIC.contains(b)) {
            return 0;
        }
        boolean fromTheAir = (a == EventType.AIRSTRIKE || a == EventType.DRONE_STRIKE)
                && (b == EventType.AIRSTRIKE || b == EventType.DRONE_STRIKE);
        return fromTheAir ? 0 : -0.5; // reports name one attack differently ("missiles" read as shelling)
    }

    private static double perpetrators(Event a, Event b) {
        if (a.perpetrators().isEmpty() || b.perpetrators().isEmpty()) {
            return 0;
        }
        Set<String> names = new HashSet<>();
        a.perpetrators().forEach(p -> names.add(p.name()));
        return b.perpetrators().stream().map(Perpetrator::name).anyMatch(names::contains) ? 0.25 : -1.0;
    }

    /** Agreeing counts are evidence for; counts that cannot both be true, against. */
    private static double figures(Range a, Range b, double weight) {
        if (a == null || b == null) {
            return 0;
        }
        boolean overlap = Math.max(a.min(), b.min()) <= Math.min(a.max(), b.max());
        if (!overlap) {
            return -1.0 * weight; // sources disagree on tolls all the time: against, but not decisive
        }
        return a.equals(b) ? 1.5 * weight : a.min() == b.min() || a.max() == b.max() ? 1.0 * weight : 0.5 * weight;
    }

    private static double details(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        long shared = a.stream().filter(b::contains).count();
        return shared == 0 ? -1.0 : Math.min(shared, 3) * 0.75;
    }

    /**
     * A shared proper name (a village, a person) is strong evidence; two reports that each name where the strike
     * was, with no name in common, tell of two places.
     */
    private static double names(ReportedEvent a, ReportedEvent b) {
        if (a.names().stream().anyMatch(b.names()::contains)) {
            return 2.0;
        }
        return !a.placeNames().isEmpty() && !b.placeNames().isEmpty() ? -3.0 : 0;
    }
}
