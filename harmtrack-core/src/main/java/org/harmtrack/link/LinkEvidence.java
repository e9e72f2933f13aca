package org.harmtrack.link;

import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.harmtrack.model.DateGranularity;
import org.harmtrack.model.Event;
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
 * <p>For: the same day, the same village, killed counts that agree, the same things struck and groups named, a
 * proper name few of the reports being linked use, and, for undated reports, texts that read alike
 * ({@link ReportCorpus}). Against: a day apart, killed counts that cannot both be true, different things struck,
 * different villages, different perpetrators, different kinds of attack.
 *
 * <p>The score is in log-odds units (before a constant). The weights of the features common in reports of drone
 * strikes (day, killed, details, names, place names, ordinals) were fitted by sign-constrained logistic
 * regression on harmtrack's development linking set (TBIJ Pakistan pairs: 1,144 candidate pairs within a day);
 * the weights of features too rare there to estimate (a shared locality, injured counts, perpetrators, kinds of
 * attack, undated reports, text resemblance) are set by hand on the same scale, so that, for instance, a shared
 * locality still counts where reports name villages the gazetteer knows; those that matter for undated real articles
 * were checked on the Airwars linking set without moving the TBIJ figures.
 */
final class LinkEvidence {
    private static final java.util.regex.Pattern NOT_LETTER = java.util.regex.Pattern.compile("[^\\p{L}]");
    /** The score from which two events are taken to be one incident, whatever else competes for them. */
    static final double LINK = 4.0;
    /** Below this, two events must not end up in one incident even through others. */
    static final double CONFLICT = 1.0;

    static final Set<EventType> GENERIC = java.util.EnumSet.of(EventType.OTHER, EventType.ATTACK);
    /**
     * Two events this close, with nothing against them, may be linked when each is the other's best match by at
     * least {@link #MARGIN}.
     */
    static final double MUTUAL_BEST = 1.0;
    /** How much better than the next candidate a mutual best match must be: a near tie is no evidence. */
    static final double MARGIN = 0.5;
    /**
     * A weaker match may add a report to an incident already told by two or more only if the report scores at
     * least this with every one of them: the same day with nothing against. Without it a third report that
     * resembles both tellings of a strike joins them as easily as a second.
     */
    static final double GROW = 2.45;

    private LinkEvidence() {
    }

    /**
     * The pieces of evidence the score adds up, each with its weight. A feature's value is 1 when it holds (0
     * when not), except {@link #DETAILS_SHARED}, which counts the shared details up to three.
     */
    enum Feature {
        /** Both dated to the same day. */
        SAME_DAY(2.45),
        /** Dated a day apart: possible (a late-night strike, a late report), less likely. */
        DAY_APART(-2.1),
        /**
         * Either undated: it needs more of everything else. Mild, since most scraped articles lost their date and
         * an unknown day contradicts nothing (the real articles of the Airwars linking set link at -0.5, not -2).
         */
        UNDATED(-0.5),
        /**
         * Places further apart than their precisions allow, one of them a district or wider: weak evidence against
         * (such places are often a source's guess).
         */
        PLACE_FAR(-0.4),
        /** Two towns or villages (or places near them) further apart than their precisions allow. */
        PLACE_FAR_FINE(-2.0),
        /** The same locality, or the same words for a place near one town. */
        PLACE_SAME(1.0),
        /** The same words for places that resolve to different nearby towns. */
        PLACE_SAME_WORDS(0.75),
        /** Different words for places near one town: two villages around it. */
        PLACE_NEAR_OTHER_WORDS(-1.0),
        /** Different kinds of attack (air and drone strikes are one kind here). */
        TYPE_MISMATCH(-0.25),
        /** A perpetrator in common. */
        PERPETRATOR_SHARED(0.1),
        /** Both name perpetrators, none in common. */
        PERPETRATOR_DISJOINT(-1.0),
        /** The same killed range. */
        KILLED_EQUAL(1.6),
        /** Killed ranges sharing an end. */
        KILLED_END(1.3),
        /** Killed ranges that overlap otherwise. */
        KILLED_OVERLAP(0.3),
        /** Killed ranges that cannot both be true: sources disagree all the time, so not decisive. */
        KILLED_DISJOINT(-0.5),
        INJURED_EQUAL(0.4),
        INJURED_END(0.25),
        INJURED_OVERLAP(0.1),
        INJURED_DISJOINT(-0.25),
        /** Things struck or groups named in common (counted up to three). */
        DETAILS_SHARED(0.1),
        /** Both name things struck or groups, none in common. */
        DETAILS_DISJOINT(-0.7),
        /** A proper name (a village, a person) in common that few of the reports being linked use. */
        NAME_SHARED(1.2),
        /** More such names in common (counted up to two beyond the first). */
        MORE_NAMES_SHARED(0.8),
        /**
         * For undated reports only, how alike they read (0 to 1, {@link ReportCorpus#resemblance}): set by hand on
         * the Airwars linking set of real articles, where two reports of one strike resemble at 0.05 to 0.35 and
         * reports of other strikes mostly under 0.1.
         */
        TEXT_ALIKE(24),
        /** Both name where the strike was, with no name in common. */
        PLACE_NAMES_DIFFER(-3.5),
        /** The same "strike of the day". */
        ORDINAL_SAME(0.5),
        /** "The second strike of the day" is not the first. */
        ORDINAL_DIFFERENT(-3.5);

        final double weight;

        Feature(double weight) {
            this.weight = weight;
        }
    }

    /** The score of two events among the reports being linked together ({@code corpus}). */
    static double score(ReportedEvent a, ReportedEvent b, ReportCorpus corpus) {
        double[] f = features(a, b, corpus);
        if (f == null) {
            return Double.NEGATIVE_INFINITY;
        }
        double score = 0;
        for (Feature feature : Feature.values()) {
            score += feature.weight * f[feature.ordinal()];
        }
        return score;
    }

    /**
     * The evidence for and against two events being one incident, indexed by {@link Feature#ordinal()}; null when
     * they cannot be one (two events of one report, or more than a day apart). Shared names count only when rare
     * among the reports being linked ({@code corpus}), and undated reports are compared by how alike they read.
     */
    static double[] features(ReportedEvent a, ReportedEvent b, ReportCorpus corpus) {
        if (a.documentId().equals(b.documentId())) {
            return null; // a report that tells two events says they are two
        }
        Event x = a.event();
        Event y = b.event();
        Long gap = dayGap(x.date(), y.date());
        if (gap != null && gap > 1) {
            return null;
        }
        double[] f = new double[Feature.values().length];
        place(x.place(), y.place(), f);
        if (gap != null && gap == 0 && x.date().granularity() == DateGranularity.DAY
                && y.date().granularity() == DateGranularity.DAY) {
            f[Feature.SAME_DAY.ordinal()] = 1;
        } else if (gap != null && gap == 1) {
            f[Feature.DAY_APART.ordinal()] = 1;
        } else if (gap == null) {
            f[Feature.UNDATED.ordinal()] = 1;
            // with no day to go by, how alike the reports read stands in for it; with days, reports of two strikes
            // of one valley on one day read alike (drone-strike notes) and the day and the rest decide
            f[Feature.TEXT_ALIKE.ordinal()] = corpus.resemblance(a, b);
        }
        if (type(x.type(), y.type())) {
            f[Feature.TYPE_MISMATCH.ordinal()] = 1;
        }
        perpetrators(x, y, f);
        figures(x.killed(), y.killed(), f, Feature.KILLED_EQUAL);
        figures(x.injured(), y.injured(), f, Feature.INJURED_EQUAL);
        if (!a.details().isEmpty() && !b.details().isEmpty()) {
            long shared = a.details().stream().filter(b.details()::contains).count();
            if (shared == 0) {
                f[Feature.DETAILS_DISJOINT.ordinal()] = 1;
            } else {
                f[Feature.DETAILS_SHARED.ordinal()] = Math.min(shared, 3);
            }
        }
        long rareShared = a.names().stream().filter(b.names()::contains).filter(corpus::rare).count();
        if (rareShared > 0) {
            f[Feature.NAME_SHARED.ordinal()] = 1;
            f[Feature.MORE_NAMES_SHARED.ordinal()] = Math.min(rareShared - 1, 2);
        } else if (a.names().stream().anyMatch(b.names()::contains)) {
            // only names most reports use in common: no evidence either way
        } else if (!a.placeNames().isEmpty() && !b.placeNames().isEmpty()) {
            f[Feature.PLACE_NAMES_DIFFER.ordinal()] = 1;
        }
        if (a.ordinal() > 0 && b.ordinal() > 0) {
            f[(a.ordinal() == b.ordinal() ? Feature.ORDINAL_SAME : Feature.ORDINAL_DIFFERENT).ordinal()] = 1;
        }
        return f;
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

    private static void place(Place a, Place b, double[] f) {
        if (a == null || b == null) {
            return;
        }
        double km = GreatCircle.distanceKm(a.lat(), a.lon(), b.lat(), b.lon());
        boolean fineA = a.precision() == PlacePrecision.LOCALITY || a.precision() == PlacePrecision.NEAR;
        boolean fineB = b.precision() == PlacePrecision.LOCALITY || b.precision() == PlacePrecision.NEAR;
        if (km > radiusKm(a.precision()) + radiusKm(b.precision())) {
            f[(fineA && fineB ? Feature.PLACE_FAR_FINE : Feature.PLACE_FAR).ordinal()] = 1;
            return;
        }
        if (!fineA || !fineB) {
            return; // a district or province is no evidence either way
        }
        boolean sameWords = java.util.Objects.equals(a.text(), b.text())
                || nameKey(a.text()).equals(nameKey(b.text()));
        if (a.geonamesId() == b.geonamesId() && a.precision() == b.precision()) {
            f[(sameWords || a.precision() == PlacePrecision.LOCALITY ? Feature.PLACE_SAME
                    : Feature.PLACE_NEAR_OTHER_WORDS).ordinal()] = 1;
        } else if (sameWords) {
            f[Feature.PLACE_SAME_WORDS.ordinal()] = 1;
        }
    }

    private static String nameKey(String text) {
        return text == null ? "" : NOT_LETTER.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("");
    }

    /** Whether two kinds of attack differ (generic kinds and air/drone strikes do not). */
    private static boolean type(EventType a, EventType b) {
        if (a == null || b == null || a == b || GENERIC.contains(a) || GENERIC.contains(b)) {
            return false;
        }
        boolean fromTheAir = (a == EventType.AIRSTRIKE || a == EventType.DRONE_STRIKE)
                && (b == EventType.AIRSTRIKE || b == EventType.DRONE_STRIKE);
        return !fromTheAir; // reports name one attack differently ("missiles" read as shelling)
    }

    private static void perpetrators(Event a, Event b, double[] f) {
        if (a.perpetrators().isEmpty() || b.perpetrators().isEmpty()) {
            return;
        }
        Set<String> names = new HashSet<>();
        a.perpetrators().forEach(p -> names.add(p.name()));
        boolean shared = b.perpetrators().stream().map(Perpetrator::name).anyMatch(names::contains);
        f[(shared ? Feature.PERPETRATOR_SHARED : Feature.PERPETRATOR_DISJOINT).ordinal()] = 1;
    }

    /**
     * Agreeing counts are evidence for; counts that cannot both be true, against. {@code equal} is the first of
     * the measure's four features (equal, end, overlap, disjoint), in that order.
     */
    private static void figures(Range a, Range b, double[] f, Feature equal) {
        if (a == null || b == null) {
            return;
        }
        boolean overlap = Math.max(a.min(), b.min()) <= Math.min(a.max(), b.max());
        int offset = !overlap ? 3 : a.equals(b) ? 0 : a.min() == b.min() || a.max() == b.max() ? 1 : 2;
        f[equal.ordinal() + offset] = 1;
    }
}
