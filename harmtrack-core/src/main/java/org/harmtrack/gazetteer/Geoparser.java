package org.harmtrack.gazetteer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.harmtrack.gazetteer.PlaceNameFinder.Candidate;
import org.harmtrack.model.GreatCircle;
import org.harmtrack.model.Span;
import org.harmtrack.text.Sentence;

/**
 * Finds place names in a document and resolves each to a gazetteer entry using the document's context:
 * the countries it is about (named countries and regions, demonyms, unambiguous places), the regions it
 * names ("in the countryside of Idlib"), the word after a name ("province", "district", "village"),
 * population and feature type. Transliteration variants match by skeleton, but only inside the
 * document's countries. Matching is a hash lookup per candidate phrase: no scan of the gazetteer.
 * <p>Thread-safe: holds only the immutable gazetteer.
 */
public final class Geoparser {
    private static final int MAX_VOTING_CANDIDATES = 25;
    private static final double ANCHOR_KM = 50;
    /**
     * Words between a name and the place that contains it: "X in Y", "X, Y", "X near Y", "X village in Y",
     * "X, a village in Y district".
     */
    private static final Pattern CONTAINED_BY = Pattern.compile(
            "(?i)\\s*(?:(?:village|town|city|area|neighbou?rhood|camp|district|subdistrict|sub-district|front)\\s+)?"
            + "(?:,\\s*)?(?:(?:a|an|the)\\s+(?:\\w+\\s+)?(?:village|town|city|hamlet|suburb|neighbou?rhood|district)\\s+)?"
            + "(?:(?:in|near|of|outside|close\\s+to|(?:east|west|north|south|northeast|northwest|southeast"
            + "|southwest)\\s+of|in\\s+the\\s+(?:\\w+\\s+){0,2}(?:countryside|outskirts|vicinity|part|parts)\\s+of)\\s*)?"
            + "(?:the\\s+)?(?:city\\s+of\\s+|town\\s+of\\s+|province\\s+of\\s+|governorate\\s+of\\s+)?"
            + "(?<=[,\\s])");

    private final Gazetteer gazetteer;
    private final PlaceNameFinder names;

    public Geoparser(Gazetteer gazetteer) {
        this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
        this.names = new PlaceNameFinder(gazetteer);
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    /**
     * Finds and resolves the place names in {@code sentences}.
     *
     * @param masked spans that are not places whatever they look like (actor names such as "Islamic State")
     */
    public Geoparse parse(List<Sentence> sentences, List<Span> maskedSpans, GeoBias bias) {
        return parse(sentences, maskedSpans, bias, List.of());
    }

    /**
     * As {@link #parse(List, List, GeoBias)}, with countries other readers found the document to be about (one
     * entry per clue, e.g. an armed group that fights only in Syria), each weighed like a named demonym.
     */
    public Geoparse parse(List<Sentence> sentences, List<Span> maskedSpans, GeoBias bias, List<String> contextCountries) {
        java.util.BitSet masked = new java.util.BitSet();
        maskedSpans.forEach(m -> masked.set(m.start(), m.end()));
        List<Candidate> found = new ArrayList<>();
        Map<String, Double> countryVotes = new HashMap<>();
        contextCountries.forEach(c -> countryVotes.merge(c, 1.5, Double::sum));
        for (Sentence sentence : sentences) {
            names.find(sentence, masked, found, countryVotes);
        }
        // countries the text speaks of in its own words (names, demonyms, actors), not only through its places
        Set<String> spokenOf = new HashSet<>(countryVotes.keySet());
        // how many different place names vote for each country
        Map<String, Set<String>> supporters = new HashMap<>();
        // each name votes for the countries of its candidates, an ambiguous name in proportion to how likely
        // each candidate is a priori (a provincial capital more than a hamlet of the same name)
        // how often each country is named by its own name ("Libya"): a country named again and again is one the
        // document is about, however much more it says of another
        Map<String, Integer> namedCountries = new HashMap<>();
        for (Candidate c : found) {
            for (int i : c.hits()) {
                if (gazetteer.entry(i).level() == GeoLevel.COUNTRY) {
                    namedCountries.merge(gazetteer.entry(i).country(), 1, Integer::sum);
                }
            }
        }
        for (Candidate c : found) {
            if (c.hits().length > MAX_VOTING_CANDIDATES) {
                continue; // a name found in hundreds of places says nothing about the country
            }
            Map<String, Double> weights = new HashMap<>();
            Map<String, Double> priors = new HashMap<>();
            double priorSum = 0;
            // "Dar'a governorate": the words ask for a region, so only countries with a region of that name vote
            // (not the villages abroad spelt alike)
            boolean regionVoted = false;
            Set<String> regionCountries = new HashSet<>();
            if (c.levelHint() == GeoLevel.PROVINCE || c.levelHint() == GeoLevel.DISTRICT) {
                for (int i : c.hits()) {
                    if (gazetteer.entry(i).level() == c.levelHint()) {
                        regionCountries.add(gazetteer.entry(i).country());
                    }
                }
            }
            for (int i : c.hits()) {
                GeoEntry e = gazetteer.entry(i);
                if (!bias.contains(e.lat(), e.lon())) {
                    continue; // a place the caller ruled out says nothing of the document's country
                }
                if (!regionCountries.isEmpty() && !regionCountries.contains(e.country())) {
                    continue; // only countries with a region of that name
                }
                // "Karak town" does not speak of the province of that name
                regionVoted |= e.level() != GeoLevel.LOCALITY && c.levelHint() != GeoLevel.LOCALITY;
                double weight = voteWeight(e);
                if (e.level() == GeoLevel.DISTRICT && (c.text().contains(" ") || c.levelHint() == GeoLevel.DISTRICT)) {
                    weight = 1.5; // "North Waziristan", "Kasra district": surely the district, not a person
                }
                weights.merge(e.country(), weight, Math::max);
                double prior = gazetteer.prior(i);
                priors.merge(e.country(), prior, Math::max);
            }
            for (double p : priors.values()) {
                priorSum += p;
            }
            // a one-word transliteration variant is weak evidence of a country; a multiword one is strong
            double fuzzyFactor = c.fuzzy() && !c.text().contains(" ") ? 0.25 : 1.0;
            double total = priorSum;
            if (total == 0) {
                continue;
            }
            weights.forEach((country, w) -> countryVotes.merge(country, w * fuzzyFactor * priors.get(country) / total,
                    Double::sum));
            weights.keySet().forEach(country -> supporters.computeIfAbsent(country, x -> new HashSet<>())
                    .add(NameKey.exact(c.text())));
            if (weights.size() == 1 && regionVoted) {
                spokenOf.addAll(weights.keySet()); // a country, or a region whose name is found in no other
            }
        }
        List<String> docCountries = rankCountries(countryVotes, namedCountries, bias);
        if (docCountries.size() > 1 && (spokenOf.contains(docCountries.get(0))
                || supporters.getOrDefault(docCountries.get(0), Set.of()).size() >= 2)) {
            // when the first country is sure (named, or several places speak for it), a second country that only
            // one village's name speaks for ("Karak town in the countryside of Dar'a governorate") is that
            // name's clash abroad, not a second country the document is about
            List<String> kept = new ArrayList<>(List.of(docCountries.get(0)));
            for (String country : docCountries.subList(1, docCountries.size())) {
                if (spokenOf.contains(country) || supporters.getOrDefault(country, Set.of()).size() >= 2) {
                    kept.add(country);
                }
            }
            docCountries = kept;
        }
        // the regions the document names, and which names name them (a name is no context for itself:
        // "Idlib province" must not make Idlib city likelier through its own region reading)
        Map<String, Set<Integer>> admin1Context = new HashMap<>();
        Map<String, Set<Integer>> admin2Context = new HashMap<>();
        for (int k = 0; k < found.size(); k++) {
            if (found.get(k).hits().length > MAX_VOTING_CANDIDATES) {
                continue; // no region name is that common
            }
            for (int i : found.get(k).hits()) {
                GeoEntry e = gazetteer.entry(i);
                if (docCountries.contains(e.country()) && e.level() == GeoLevel.PROVINCE) {
                    admin1Context.computeIfAbsent(e.admin1Key(), x -> new HashSet<>()).add(k);
                } else if (docCountries.contains(e.country()) && e.level() == GeoLevel.DISTRICT) {
                    admin2Context.computeIfAbsent(e.admin2Key(), x -> new HashSet<>()).add(k);
                }
            }
        }
        List<PlaceMention> mentions = new ArrayList<>();
        for (int k = 0; k < found.size(); k++) {
            mentions.add(resolve(found.get(k), k, docCountries, admin1Context, admin2Context, bias, null));
        }
        // the document's unambiguous places are anchors: an ambiguous name is likelier the one near them
        // (each place once: a long document names its towns hundreds of times)
        Set<GeoEntry> distinctAnchors = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        List<GeoEntry> anchors = new ArrayList<>();
        for (PlaceMention m : mentions) {
            if (m.isResolved() && m.ambiguity() == 1 && m.entry().level() != GeoLevel.COUNTRY
                    && distinctAnchors.add(m.entry())) {
                anchors.add(m.entry());
            }
        }
        if (!anchors.isEmpty()) {
            for (int k = 0; k < found.size(); k++) {
                if (mentions.get(k).ambiguity() > 1) {
                    PlaceMention near = resolveNear(found.get(k), k, docCountries, admin1Context, admin2Context, bias,
                            anchors);
                    if (near != null) {
                        mentions.set(k, near);
                    }
                }
            }
        }
        // "Hit in Dar'a", "Qana village near Shadadah", "Tafas, Daraa": the place named after a name contains it
        // or lies near it, so resolve the name again beside its container
        for (int k = 0; k + 1 < found.size(); k++) {
            Candidate c = found.get(k);
            PlaceMention container = mentions.get(k + 1);
            if (container.isResolved() && c.sentenceIndex() == container.sentenceIndex()
                    && container.span().start() >= c.span().end()
                    && CONTAINED_BY.matcher(gapText(sentences, c, container)).matches()) {
                mentions.set(k, resolve(c, k, docCountries, admin1Context, admin2Context, bias, container.entry()));
                mentions.set(k + 1, container.asReference());
            }
        }
        return new Geoparse(mentions, docCountries);
    }

    /**
     * The candidate of an ambiguous name that lies within {@value #ANCHOR_KM} km of one of the document's
     * unambiguous places, when exactly one does; else null (context already decided, or cannot).
     */
    private PlaceMention resolveNear(Candidate c, int self, List<String> docCountries,
                                     Map<String, Set<Integer>> admin1Context, Map<String, Set<Integer>> admin2Context,
                                     GeoBias bias, List<GeoEntry> anchors) {
        int nearIndex = -1;
        for (int i : c.hits()) {
            GeoEntry e = gazetteer.entry(i);
            boolean near = anchors.stream().anyMatch(a -> a != e && distanceKm(a, e) <= ANCHOR_KM);
            if (near) {
                if (nearIndex >= 0) {
                    return null;
                }
                nearIndex = i;
            }
        }
        if (nearIndex < 0) {
            return null;
        }
        PlaceMention m = resolve(c, new int[] {nearIndex}, c.fuzzy(), self, docCountries, admin1Context, admin2Context,
                bias, null);
        return m.isResolved() ? m : null;
    }

    private static boolean namedByOthers(Map<String, Set<Integer>> context, String key, int self) {
        Set<Integer> namers = context.get(key);
        return namers != null && (namers.size() > 1 || !namers.contains(self));
    }

    private static String gapText(List<Sentence> sentences, Candidate c, PlaceMention next) {
        return sentences.get(c.sentenceIndex()).slice(c.span().end(), next.span().start());
    }

    private PlaceMention resolve(Candidate c, int self, List<String> docCountries,
                                 Map<String, Set<Integer>> admin1Context, Map<String, Set<Integer>> admin2Context,
                                 GeoBias bias, GeoEntry container) {
        PlaceMention exact = resolve(c, c.hits(), c.fuzzy(), self, docCountries, admin1Context, admin2Context, bias,
                container);
        if (exact.isResolved() || c.fuzzy() || c.key().length() < 4 || PlaceNameFinder.isArabic(c.text())) {
            return exact;
        }
        int[] variants = names.variantMatches(c.key(), c.hits());
        return variants.length == 0 ? exact
                : resolve(c, variants, true, self, docCountries, admin1Context, admin2Context, bias, container);
    }

    private PlaceMention resolve(Candidate c, int[] hits, boolean fuzzy, int self, List<String> docCountries,
                                 Map<String, Set<Integer>> admin1Context, Map<String, Set<Integer>> admin2Context,
                                 GeoBias bias, GeoEntry container) {
        GeoEntry best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        int considered = 0;
        boolean othersNameRegions = admin1Context.keySet().stream().anyMatch(k -> namedByOthers(admin1Context, k, self));
        boolean othersNameDistricts = admin2Context.keySet().stream().anyMatch(k -> namedByOthers(admin2Context, k, self));
        String onlyCountry = gazetteer.entry(hits[0]).country();
        boolean unique = hits.length <= 3 && (!fuzzy || c.text().contains(" "));
        for (int i : hits) {
            unique &= gazetteer.entry(i).country().equals(onlyCountry);
        }
        for (int i : hits) {
            GeoEntry e = gazetteer.entry(i);
            if (!bias.contains(e.lat(), e.lon())) {
                continue;
            }
            if (!WRITTEN_IN_ARABIC.contains(e.country()) && PlaceNameFinder.nameLike(c.text()) && c.text().charAt(0) >= '\u0600') {
                continue; // an Arabic name of a place far from where Arabic is written is a common word ("بوست")
            }
            int countryRank = docCountries.indexOf(e.country());
            boolean inDocCountries = countryRank >= 0;
            if (!docCountries.isEmpty() && !inDocCountries && e.level() != GeoLevel.COUNTRY) {
                continue; // a place abroad is far more often a name clash than the place meant
            }
            if (docCountries.isEmpty() && (fuzzy || e.level() == GeoLevel.LOCALITY && e.population() < 100_000
                    && !(unique && (c.text().contains(" ") || e.population() >= 1_000 && isOwnName(e, c))))) {
                continue; // with no country to go by, only a well-known place or a name found once is safe
            }
            if (docCountries.isEmpty() && e.level() == GeoLevel.LOCALITY && !isOwnName(e, c) && c.key().length() <= 3) {
                continue; // "Sam" is an old name of Damascus, and a man's name in a report from anywhere
            }
            considered++;
            double score = gazetteer.prior(i);
            if (inDocCountries) {
                score += 3.0 - Math.min(countryRank, 2) * 0.5;
            }
            if (e.level() == GeoLevel.LOCALITY || e.level() == GeoLevel.DISTRICT) {
                if (namedByOthers(admin1Context, e.admin1Key(), self)) {
                    score += 2.0;
                } else if (inDocCountries && othersNameRegions && !isMajor(e)) {
                    // the document names its provinces; a village of this name in another one is doubtful
                    // (a provincial capital or a large town is well known in its own right)
                    if (fuzzy) {
                        continue;
                    }
                    score -= 2.0;
                }
                if (e.level() == GeoLevel.LOCALITY && namedByOthers(admin2Context, e.admin2Key(), self)) {
                    score += 1.5;
                } else if (e.level() == GeoLevel.LOCALITY && inDocCountries && othersNameDistricts
                        && !namedByOthers(admin1Context, e.admin1Key(), self)) {
                    // "Mandi Khel, North Waziristan": a Mandi in another district and province is not it
                    if (fuzzy || c.partial()) {
                        continue;
                    }
                    score -= 2.0;
                }
            }
            if (c.levelHint() != null && c.levelHint() == e.level()) {
                score += 4.0;
            }
            if (fuzzy) {
                score -= 1.5;
            }
            if (container != null && container != e) {
                boolean inside = container.level() == GeoLevel.PROVINCE ? e.admin1Key().equals(container.admin1Key())
                        : container.level() == GeoLevel.DISTRICT ? e.admin2Key().equals(container.admin2Key())
                        : container.level() == GeoLevel.COUNTRY ? e.country().equals(container.country())
                        : distanceKm(e, container) <= 40;
                score += inside ? 4.0 : container.level() == GeoLevel.COUNTRY ? 0 : -2.0;
            }
            if (score > bestScore) {
                bestScore = score;
                best = e;
            }
        }
        return new PlaceMention(c.span(), c.text(), c.sentenceIndex(), best, best == null ? 0 : bestScore, fuzzy,
                considered, false);
    }

    /** Great-circle distance in kilometres. */
    public static double distanceKm(GeoEntry a, GeoEntry b) {
        return GreatCircle.distanceKm(a.lat(), a.lon(), b.lat(), b.lon());
    }

    /** How much a name's match says about the document's country: regions and countries more than villages. */
    private static double voteWeight(GeoEntry e) {
        return switch (e.level()) {
            case COUNTRY -> 2.0;
            case PROVINCE -> 1.5;
            case DISTRICT -> 0.75; // district names are often people's names too ("Hamdan")
            case LOCALITY -> e.population() >= 100_000 ? 1.0 : 0.5;
        };
    }

    /**
     * How often a country's own name must occur to keep it among the document's whatever the first one has: "Libya"
     * named again and again in a piece mostly about Syria (US strikes on Sirte beside the war around Aleppo).
     */
    private static final int NAMED_OFTEN = 3;

    private List<String> rankCountries(Map<String, Double> votes, Map<String, Integer> named, GeoBias bias) {
        if (!bias.countries().isEmpty()) {
            return List.copyOf(bias.countries());
        }
        double top = votes.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        List<String> ranked = new ArrayList<>();
        // the best-supported country needs a little support (more than one village's name: a lone hamlet
        // abroad must not make itself the document's country); others must come close to it
        votes.entrySet().stream()
                .filter(e -> e.getValue() >= (e.getValue() == top ? 0.6 : Math.max(0.75, top * 0.5))
                        || named.getOrDefault(e.getKey(), 0) >= NAMED_OFTEN)
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .forEach(e -> ranked.add(e.getKey()));
        return ranked;
    }

    static boolean isMajor(GeoEntry e) {
        return e.population() >= 50_000 || e.featureCode().equals("PPLA") || e.featureCode().equals("PPLC");
    }

    /** Countries where places are named in Arabic script in the news (the Arab states and their neighbours). */
    private static final Set<String> WRITTEN_IN_ARABIC = Set.of("SY", "IQ", "YE", "LY", "PS", "LB", "JO", "EG", "SA",
            "KW", "QA", "AE", "BH", "OM", "SD", "DZ", "MA", "TN", "MR", "SO", "DJ", "TR", "IR", "IL");

    /**
     * Whether the text names the place by its own name (or a spelling of it) rather than by one of its other
     * names: a lone word that matches only another name of a town abroad ("Ramadan", "Hazrat") is more often
     * something else.
     */
    private static boolean isOwnName(GeoEntry e, Candidate c) {
        if (PlaceNameFinder.isArabic(c.text()) && WRITTEN_IN_ARABIC.contains(e.country())) {
            return true; // a place's Arabic name where Arabic is written is its own name in its own language
        }
        String own = NameKey.exact(e.name());
        return own.equals(c.key()) || NameKey.skeleton(own).equals(NameKey.skeleton(c.key())); // "Miranshah"
    }

    /**
     * The geoparser's reading of a document.
     *
     * @param mentions  every place name found, in text order, resolved or not
     * @param countries the countries the document is about, most supported first
     */
    public record Geoparse(List<PlaceMention> mentions, List<String> countries) {
        public Geoparse {
            mentions = List.copyOf(mentions);
            countries = List.copyOf(countries);
        }

        /** The resolved mentions. */
        public List<PlaceMention> resolved() {
            return mentions.stream().filter(PlaceMention::isResolved).toList();
        }

        /** The resolved mentions from finest to coarsest level, then by score. */
        public List<PlaceMention> bySpecificity() {
            List<PlaceMention> out = new ArrayList<>(resolved());
            out.sort(Comparator.comparing((PlaceMention m) -> m.entry().level()).thenComparing(
                    Comparator.comparingDouble(PlaceMention::score).reversed()));
            return out;
        }
    }
}
