package org.harmtrack.gazetteer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The loaded gazetteer: places, regions and countries indexed by {@link NameKey exact key} and by
 * skeleton, plus the country words (names, demonyms) that tell which countries a document is about.
 * Built once by {@link GazetteerBuilder} or {@link GazetteerLoader}; immutable afterwards.
 * <p>Thread-safe: immutable, shared read-only across threads.
 */
public final class Gazetteer {
    private static final int[] NONE = new int[0];

    private final GeoEntry[] entries;
    private final NameIndex byExact;
    private final NameIndex bySkeleton;
    private final Map<String, String> admin1Names;
    private final Map<String, String> admin2Names;
    private final Map<String, String> countryWords;
    private final Map<String, GeoEntry> countries;
    private final double[] priors;

    Gazetteer(GeoEntry[] entries, NameIndex byExact, NameIndex bySkeleton,
              Map<String, String> admin1Names, Map<String, String> admin2Names,
              Map<String, String> countryWords, Map<String, GeoEntry> countries) {
        this.entries = entries;
        this.byExact = byExact;
        this.bySkeleton = bySkeleton;
        this.admin1Names = admin1Names;
        this.admin2Names = admin2Names;
        this.countryWords = countryWords;
        this.countries = countries;
        this.priors = new double[entries.length];
        for (int i = 0; i < entries.length; i++) {
            priors[i] = priorOf(entries[i]);
        }
    }

    GeoEntry[] entries() {
        return entries;
    }

    NameIndex exactIndex() {
        return byExact;
    }

    NameIndex skeletonIndex() {
        return bySkeleton;
    }

    Map<String, String> admin1Names() {
        return admin1Names;
    }

    Map<String, String> admin2Names() {
        return admin2Names;
    }

    Map<String, String> countryWords() {
        return countryWords;
    }

    Map<String, GeoEntry> countries() {
        return countries;
    }

    public int size() {
        return entries.length;
    }

    public GeoEntry entry(int index) {
        return entries[index];
    }

    /**
     * How likely an entry is meant, before any context: countries and regions over villages, capitals and seats
     * over other places, larger places over smaller. Precomputed, as the geoparser asks for it often.
     */
    public double prior(int index) {
        return priors[index];
    }

    static double priorOf(GeoEntry e) {
        double score = switch (e.level()) {
            case COUNTRY -> 3.0;
            case PROVINCE -> 2.5;
            case DISTRICT -> 2.0;
            case LOCALITY -> 1.0;
        };
        score += switch (e.featureCode()) {
            case "PPLC" -> 1.5;
            case "PPLA" -> 1.0;
            case "PPLA2" -> 0.6;
            case "PPLA3", "PPLA4" -> 0.3;
            default -> 0.0;
        };
        return score + Math.log10(e.population() + 1) * 0.3;
    }

    /** Entries whose name (or an alternate name) has this exact key. */
    public int[] byExactKey(String exactKey) {
        return byExact.get(exactKey);
    }

    /** Entries whose name has this skeleton (see {@link NameKey#skeleton}). */
    public int[] bySkeleton(String skeleton) {
        return skeleton.length() < 3 ? NONE : bySkeleton.get(skeleton);
    }

    /** Entries with this skeleton, however short; callers must check the matches further. */
    int[] bySkeletonAnyLength(String skeleton) {
        return bySkeleton.get(skeleton);
    }

    /** The name of a first-level region, "Deir ez-Zor" for "SY.07"; null if unknown. */
    public String admin1Name(String admin1Key) {
        return admin1Names.get(admin1Key);
    }

    /** The name of a second-level region, "South Waziristan Agency" for "PK.03.1164536"; null if unknown. */
    public String admin2Name(String admin2Key) {
        return admin2Names.get(admin2Key);
    }

    /** The country a word names or qualifies ("Syria", "Syrian", "Iraqis" -> SY, IQ), if any. */
    public Optional<String> countryOfWord(String word) {
        return Optional.ofNullable(countryWords.get(GazetteerBuilder.countryWordKey(word)));
    }

    /** The country entry for an ISO code, if the gazetteer has it. */
    public Optional<GeoEntry> country(String iso2) {
        return Optional.ofNullable(countries.get(Objects.requireNonNull(iso2, "iso2").toUpperCase(Locale.ROOT)));
    }

    /** Entries matching a name exactly, or by skeleton when no exact match exists. For tools and tests. */
    public List<GeoEntry> lookup(String name) {
        String key = NameKey.exact(name);
        int[] hits = byExactKey(key);
        if (hits.length == 0) {
            hits = bySkeleton(NameKey.skeleton(key));
        }
        List<GeoEntry> out = new ArrayList<>(hits.length);
        Arrays.stream(hits).forEach(i -> out.add(entries[i]));
        return out;
    }
}
