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
import org.harmtrack.model.Span;
import org.harmtrack.text.Sentence;
import org.harmtrack.text.Token;

/**
 * Finds place names in a document and resolves each to a gazetteer entry using the document's context:
 * the countries it is about (named countries and regions, demonyms, unambiguous places), the regions it
 * names ("in the countryside of Idlib"), the word after a name ("province", "district", "village"),
 * population and feature type. Transliteration variants match by skeleton, but only inside the
 * document's countries. Matching is a hash lookup per candidate phrase: no scan of the gazetteer.
 * <p>Thread-safe: holds only the immutable gazetteer.
 */
public final class Geoparser {
    private static final int MAX_WORDS = 5;
    private static final Pattern ARTICLE_PREFIXED = Pattern.compile("(?:al|el|ash|as|ad|ar|az|ez|an|at|ath)[-‘’'](\\p{Lu}.*)");
    private static final Set<String> CONNECTORS = Set.of("al", "el", "ash", "as", "ad", "ar", "az", "ez", "es", "an",
            "at", "ath", "de", "bin", "ibn", "bani", "abu", "um", "umm", "ul", "e");
    private static final Set<String> PROVINCE_WORDS = Set.of("province", "governorate", "provinces", "governorates",
            "region", "countryside", "oblast", "state");
    private static final Set<String> DISTRICT_WORDS = Set.of("district", "agency", "districts", "tehsil", "subdistrict");
    private static final Set<String> LOCALITY_WORDS = Set.of("city", "town", "village", "neighbourhood",
            "neighborhood", "camp", "area", "hamlet", "suburb");

    private final Gazetteer gazetteer;

    public Geoparser(Gazetteer gazetteer) {
        this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    /**
     * Finds and resolves the place names in {@code sentences}.
     *
     * @param masked spans that are not places whatever they look like (actor names such as "Islamic State")
     */
    public Geoparse parse(List<Sentence> sentences, List<Span> masked, GeoBias bias) {
        List<Candidate> found = new ArrayList<>();
        Map<String, Double> countryVotes = new HashMap<>();
        for (Sentence sentence : sentences) {
            findNames(sentence, masked, found, countryVotes);
        }
        // each name votes for the countries of its candidates, an ambiguous name in proportion to how likely
        // each candidate is a priori (a provincial capital more than a hamlet of the same name)
        for (Candidate c : found) {
            Map<String, Double> weights = new HashMap<>();
            Map<String, Double> priors = new HashMap<>();
            double priorSum = 0;
            for (int i : c.hits) {
                GeoEntry e = gazetteer.entry(i);
                weights.merge(e.country(), voteWeight(e), Math::max);
                double prior = baseScore(e);
                priors.merge(e.country(), prior, Math::max);
            }
            for (double p : priors.values()) {
                priorSum += p;
            }
            double fuzzyFactor = c.fuzzy ? 0.5 : 1.0;
            double total = priorSum;
            weights.forEach((country, w) -> countryVotes.merge(country, w * fuzzyFactor * priors.get(country) / total,
                    Double::sum));
        }
        List<String> docCountries = rankCountries(countryVotes, bias);
        Set<String> admin1Context = new HashSet<>();
        Set<String> admin2Context = new HashSet<>();
        for (Candidate c : found) {
            for (int i : c.hits) {
                GeoEntry e = gazetteer.entry(i);
                if (docCountries.contains(e.country()) && e.level() == GeoLevel.PROVINCE) {
                    admin1Context.add(e.admin1Key());
                } else if (docCountries.contains(e.country()) && e.level() == GeoLevel.DISTRICT) {
                    admin2Context.add(e.admin2Key());
                }
            }
        }
        List<PlaceMention> mentions = new ArrayList<>();
        for (Candidate c : found) {
            mentions.add(resolve(c, docCountries, admin1Context, admin2Context, bias));
        }
        return new Geoparse(mentions, docCountries);
    }

    private void findNames(Sentence sentence, List<Span> masked, List<Candidate> out, Map<String, Double> votes) {
        List<Token> tokens = sentence.tokens();
        int i = 0;
        while (i < tokens.size()) {
            Token first = tokens.get(i);
            if (!first.isWord() || !nameLike(first.text()) || isMasked(first.span(), masked)) {
                i++;
                continue;
            }
            String country = gazetteer.countryOfWord(first.text()).orElse(null);
            if (country != null && !gazetteer.country(country).map(e -> NameKey.exact(e.name())
                    .equals(NameKey.exact(first.text()))).orElse(false)) {
                votes.merge(country, 0.5, Double::sum); // a demonym: "Syrian", "Iraqis"
                i++;
                continue;
            }
            Candidate match = longestMatch(sentence, tokens, i, masked);
            if (match == null) {
                i++;
                continue;
            }
            out.add(match);
            i = match.lastToken + 1;
        }
    }

    private Candidate longestMatch(Sentence sentence, List<Token> tokens, int i, List<Span> masked) {
        int maxEnd = i;
        while (maxEnd + 1 < tokens.size() && maxEnd - i + 1 < MAX_WORDS) {
            Token next = tokens.get(maxEnd + 1);
            if (!next.isWord() || isMasked(next.span(), masked)
                    || !(nameLike(next.text()) || CONNECTORS.contains(next.lower()))) {
                break;
            }
            maxEnd++;
        }
        // longest first; at each length an exact match, then a transliteration variant
        for (int end = maxEnd; end >= i; end--) {
            Token last = tokens.get(end);
            if (!nameLike(last.text()) || end == i && PlaceStopwords.isStopword(tokens.get(i).text())) {
                continue;
            }
            String phrase = sentence.slice(tokens.get(i).start(), last.end());
            String key = NameKey.exact(phrase);
            int[] hits = gazetteer.byExactKey(key);
            boolean fuzzy = false;
            if (hits.length == 0) {
                String skeleton = NameKey.skeleton(key);
                hits = skeleton.length() >= 4 ? gazetteer.bySkeleton(skeleton) : hits;
                fuzzy = true;
            }
            if (hits.length > 0) {
                return new Candidate(new Span(tokens.get(i).start(), last.end()), phrase, sentence.index(),
                        hits, fuzzy, end, levelHint(tokens, i, end));
            }
        }
        return null;
    }

    private PlaceMention resolve(Candidate c, List<String> docCountries, Set<String> admin1Context,
                                 Set<String> admin2Context, GeoBias bias) {
        GeoEntry best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        int considered = 0;
        for (int i : c.hits) {
            GeoEntry e = gazetteer.entry(i);
            if (!bias.contains(e.lat(), e.lon())) {
                continue;
            }
            int countryRank = docCountries.indexOf(e.country());
            boolean inDocCountries = countryRank >= 0;
            if (!docCountries.isEmpty() && !inDocCountries && e.level() != GeoLevel.COUNTRY) {
                continue; // a place abroad is far more often a name clash than the place meant
            }
            if (docCountries.isEmpty() && (c.fuzzy || e.level() == GeoLevel.LOCALITY && e.population() < 100_000)) {
                continue; // with no country to go by, only a well-known place is a safe reading
            }
            considered++;
            double score = baseScore(e);
            if (inDocCountries) {
                score += 3.0 - Math.min(countryRank, 2) * 0.5;
            }
            if (e.level() == GeoLevel.LOCALITY || e.level() == GeoLevel.DISTRICT) {
                if (admin1Context.contains(e.admin1Key())) {
                    score += 2.0;
                } else if (!admin1Context.isEmpty() && inDocCountries) {
                    // the document names its provinces; a village of this name in another one is doubtful
                    if (c.fuzzy) {
                        continue;
                    }
                    score -= 2.0;
                }
                if (e.level() == GeoLevel.LOCALITY && admin2Context.contains(e.admin2Key())) {
                    score += 1.5;
                }
            }
            if (c.levelHint != null && c.levelHint == e.level()) {
                score += 3.0;
            }
            if (c.fuzzy) {
                score -= 1.5;
            }
            if (score > bestScore) {
                bestScore = score;
                best = e;
            }
        }
        return new PlaceMention(c.span, c.text, c.sentenceIndex, best, best == null ? 0 : bestScore, c.fuzzy,
                considered);
    }

    /** How much a name's match says about the document's country: regions and countries more than villages. */
    private static double voteWeight(GeoEntry e) {
        return switch (e.level()) {
            case COUNTRY -> 2.0;
            case PROVINCE, DISTRICT -> 1.5;
            case LOCALITY -> e.population() >= 100_000 ? 1.0 : 0.5;
        };
    }

    private static double baseScore(GeoEntry e) {
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

    /** The level the words around a name ask for: "Idlib province", "Mir Ali town", "the village of X". */
    private static GeoLevel levelHint(List<Token> tokens, int first, int last) {
        if (last + 1 < tokens.size()) {
            String next = tokens.get(last + 1).lower();
            if (PROVINCE_WORDS.contains(next)) {
                return GeoLevel.PROVINCE;
            }
            if (DISTRICT_WORDS.contains(next)) {
                return GeoLevel.DISTRICT;
            }
            if (LOCALITY_WORDS.contains(next)) {
                return GeoLevel.LOCALITY;
            }
        }
        if (first >= 2 && tokens.get(first - 1).lower().equals("of")) {
            String before = tokens.get(first - 2).lower();
            if (LOCALITY_WORDS.contains(before)) {
                return GeoLevel.LOCALITY;
            }
            if (PROVINCE_WORDS.contains(before)) {
                return GeoLevel.PROVINCE;
            }
        }
        return null;
    }

    private List<String> rankCountries(Map<String, Double> votes, GeoBias bias) {
        if (!bias.countries().isEmpty()) {
            return List.copyOf(bias.countries());
        }
        double top = votes.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        List<String> ranked = new ArrayList<>();
        // the best-supported country needs only a little support; others must come close to it
        votes.entrySet().stream()
                .filter(e -> e.getValue() >= (e.getValue() == top ? 0.4 : Math.max(0.75, top * 0.5)))
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .forEach(e -> ranked.add(e.getKey()));
        return ranked;
    }

    static boolean nameLike(String word) {
        return Character.isUpperCase(word.charAt(0)) || ARTICLE_PREFIXED.matcher(word).matches();
    }

    private static boolean isMasked(Span span, List<Span> masked) {
        for (Span m : masked) {
            if (m.overlaps(span)) {
                return true;
            }
        }
        return false;
    }

    private record Candidate(Span span, String text, int sentenceIndex, int[] hits, boolean fuzzy, int lastToken,
                             GeoLevel levelHint) {
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
