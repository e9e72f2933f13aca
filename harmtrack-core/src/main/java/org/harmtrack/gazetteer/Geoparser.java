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
import org.harmtrack.model.GreatCircle;
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
    private static final int MAX_FUZZY_CANDIDATES = 40;
    private static final int MAX_VOTING_CANDIDATES = 25;
    private static final int MAX_LOOSE_BUCKET = 40;
    private static final double ANCHOR_KM = 50;
    private static final Pattern ARTICLE_PREFIXED = Pattern.compile("(?:al|el|ash|as|ad|ar|az|ez|an|at|ath)[-‘’'](\\p{Lu}.*)");
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
    private static final Pattern GLUED_ARTICLE = Pattern.compile("(?:al|el)[a-z]{4,}");
    private static final Set<String> CONNECTORS = Set.of("al", "el", "ash", "as", "ad", "ar", "az", "ez", "es", "an",
            "at", "ath", "de", "bin", "ibn", "bani", "abu", "um", "umm", "ul", "e");
    private static final Set<String> PROVINCE_WORDS = Set.of("province", "governorate", "provinces", "governorates",
            "region", "countryside", "oblast", "state");
    private static final Set<String> DISTRICT_WORDS = Set.of("district", "agency", "districts", "tehsil", "subdistrict");
    private static final Set<String> DIRECTIONS = Set.of("eastern", "western", "northern", "southern", "central",
            "northeastern", "northwestern", "southeastern", "southwestern", "north-eastern", "north-western",
            "south-eastern", "south-western");
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
            findNames(sentence, masked, found, countryVotes);
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
            for (int i : c.hits) {
                if (gazetteer.entry(i).level() == GeoLevel.COUNTRY) {
                    namedCountries.merge(gazetteer.entry(i).country(), 1, Integer::sum);
                }
            }
        }
        for (Candidate c : found) {
            if (c.hits.length > MAX_VOTING_CANDIDATES) {
                continue; // a name found in hundreds of places says nothing about the country
            }
            Map<String, Double> weights = new HashMap<>();
            Map<String, Double> priors = new HashMap<>();
            double priorSum = 0;
            // "Dar'a governorate": the words ask for a region, so only countries with a region of that name vote
            // (not the villages abroad spelt alike)
            boolean regionVoted = false;
            Set<String> regionCountries = new HashSet<>();
            if (c.levelHint == GeoLevel.PROVINCE || c.levelHint == GeoLevel.DISTRICT) {
                for (int i : c.hits) {
                    if (gazetteer.entry(i).level() == c.levelHint) {
                        regionCountries.add(gazetteer.entry(i).country());
                    }
                }
            }
            for (int i : c.hits) {
                GeoEntry e = gazetteer.entry(i);
                if (!bias.contains(e.lat(), e.lon())) {
                    continue; // a place the caller ruled out says nothing of the document's country
                }
                if (!regionCountries.isEmpty() && !regionCountries.contains(e.country())) {
                    continue; // only countries with a region of that name
                }
                // "Karak town" does not speak of the province of that name
                regionVoted |= e.level() != GeoLevel.LOCALITY && c.levelHint != GeoLevel.LOCALITY;
                double weight = voteWeight(e);
                if (e.level() == GeoLevel.DISTRICT && (c.text.contains(" ") || c.levelHint == GeoLevel.DISTRICT)) {
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
            double fuzzyFactor = c.fuzzy && !c.text.contains(" ") ? 0.25 : 1.0;
            double total = priorSum;
            if (total == 0) {
                continue;
            }
            weights.forEach((country, w) -> countryVotes.merge(country, w * fuzzyFactor * priors.get(country) / total,
                    Double::sum));
            weights.keySet().forEach(country -> supporters.computeIfAbsent(country, x -> new HashSet<>())
                    .add(NameKey.exact(c.text)));
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
            if (found.get(k).hits.length > MAX_VOTING_CANDIDATES) {
                continue; // no region name is that common
            }
            for (int i : found.get(k).hits) {
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
            if (container.isResolved() && c.sentenceIndex == container.sentenceIndex()
                    && container.span().start() >= c.span.end()
                    && CONTAINED_BY.matcher(gapText(sentences, c, container)).matches()) {
                mentions.set(k, resolve(c, k, docCountries, admin1Context, admin2Context, bias, container.entry()));
                mentions.set(k + 1, container.asReference());
            }
        }
        return new Geoparse(mentions, docCountries);
    }

    private void findNames(Sentence sentence, java.util.BitSet masked, List<Candidate> out, Map<String, Double> votes) {
        List<Token> tokens = sentence.tokens();
        int i = 0;
        while (i < tokens.size()) {
            Token first = tokens.get(i);
            if (!first.isWord() || !nameLike(first.text()) || isMasked(first.span(), masked)) {
                i++;
                continue;
            }
            String country = gazetteer.countryOfWord(first.text()).orElse(null);
            if (country == null && isArabic(first.text())) {
                String bare = ArabicPlaceWords.bareKey(first.text()); // "وسوريا", "بسوريا"
                country = bare == null ? null : gazetteer.countryOfWord(bare).orElse(null);
            }
            if (country != null && !gazetteer.country(country).map(e -> NameKey.exact(e.name())
                    .equals(NameKey.exact(first.text()))).orElse(false)) {
                votes.merge(country, 0.5, Double::sum); // a demonym: "Syrian", "Iraqis"
                i++;
                continue;
            }
            if (isAcronym(first.text()) && i + 1 < tokens.size() && !nameLike(tokens.get(i + 1).text())) {
                i++; // "NBC", "UNRWA", "TTP": organisations, not places
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

    private Candidate longestMatch(Sentence sentence, List<Token> tokens, int i, java.util.BitSet masked) {
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
            int possessive = possessiveLength(phrase);
            phrase = phrase.substring(0, phrase.length() - possessive); // "Hama's countryside" is Hama
            String key = NameKey.exact(phrase);
            if (end == i && PlaceStopwords.isStopword(key)) {
                continue; // "al-Sham" is "Sham"
            }
            int[] hits = gazetteer.byExactKey(key);
            int nameStart = tokens.get(i).start();
            if (isArabic(phrase)) {
                ArabicPlaceWords.Match arabic = ArabicPlaceWords.match(gazetteer, tokens, i, end, phrase);
                if (arabic == null) {
                    continue;
                }
                hits = arabic.hits();
                key = arabic.key();
                nameStart += arabic.cliticLength();
            }
            if (hits.length == 0 && GLUED_ARTICLE.matcher(key).matches()) {
                key = key.substring(2); // "Alhassakeh", "Alderbasyeh": the article written as one word
                if (end == i && PlaceStopwords.isStopword(key)) {
                    continue; // "Alsham" is "Sham"
                }
                hits = gazetteer.byExactKey(key);
            }
            int[] regional = regionalPhrase(sentence, tokens, i, end);
            if (regional != null) {
                // "rural Damascus", "Damascus countryside": the province around the city, not the city
                int startChar = tokens.get(i > 0 && tokens.get(i - 1).lower().equals("rural") ? i - 1 : i).start();
                int endToken = end + 1 < tokens.size() && tokens.get(end + 1).lower().equals("countryside") ? end + 1 : end;
                return new Candidate(new Span(startChar, tokens.get(endToken).end()),
                        sentence.slice(startChar, tokens.get(endToken).end()), sentence.index(), regional, false, key,
                        endToken, GeoLevel.PROVINCE, false);
            }
            // spelling variants are kept beside exact matches: "al-Sousa" matches only a Brazilian Sousa
            // exactly, and the Syrian As Susah by variant, which counts if the exact reading is ruled out;
            // they are looked up only when needed (no exact match here, or the exact ones ruled out later)
            boolean fuzzy = hits.length == 0;
            if (fuzzy && (end == i && i == 0 || startsWithDirection(tokens.get(i)) || isArabic(phrase))) {
                // a sentence's first word is capitalised anyway, and "East Aleppo" is Aleppo: only an exact
                // name counts there
                continue;
            }
            if (fuzzy) {
                hits = key.length() >= 4 ? variantMatches(key, hits) : hits;
            }
            if (hits.length > 0) {
                return new Candidate(new Span(nameStart, last.end() - possessive),
                        sentence.slice(nameStart, last.end() - possessive), sentence.index(), hits, fuzzy, key, end,
                        levelHint(tokens, i, end), end < maxEnd);
            }
        }
        return null;
    }

    /** The entries of "rural X" or "X countryside" where the gazetteer knows such a name (a region alias). */
    private int[] regionalPhrase(Sentence sentence, List<Token> tokens, int i, int end) {
        String phrase = sentence.slice(tokens.get(i).start(), tokens.get(end).end());
        if (i > 0 && tokens.get(i - 1).lower().equals("rural")) {
            int[] hits = gazetteer.byExactKey(NameKey.exact("rural " + phrase));
            if (hits.length > 0) {
                return hits;
            }
        }
        if (end + 1 < tokens.size() && tokens.get(end + 1).lower().equals("countryside")) {
            int[] hits = gazetteer.byExactKey(NameKey.exact(phrase + " countryside"));
            if (hits.length > 0) {
                return hits;
            }
        }
        return null;
    }

    /**
     * Entries whose names are spellings of {@code key} other than itself: the same name with doubled letters
     * single, ou/oo as u, ee as i, a final -ah as -a or the reverse (looked up exactly), then by skeleton, or for
     * short names by loose key. Too many matches mean the variant says nothing: none are returned.
     */
    private int[] variantMatches(String key, int[] exact) {
        java.util.Set<Integer> out = new java.util.LinkedHashSet<>();
        String single = collapseDoubles(key);
        String folded = single.replace("ou", "u").replace("oo", "u").replace("ee", "i");
        for (String v : List.of(single, folded, folded.endsWith("ah") ? folded.substring(0, folded.length() - 1)
                : folded.endsWith("a") ? folded + "h" : folded)) {
            if (!v.equals(key)) {
                for (int i : gazetteer.byExactKey(v)) {
                    out.add(i);
                }
            }
        }
        String skeleton = NameKey.skeleton(key);
        int[] bySkeleton = skeleton.length() >= 4 ? gazetteer.bySkeleton(skeleton) : looseMatches(key, skeleton);
        if (bySkeleton.length <= MAX_FUZZY_CANDIDATES) {
            for (int i : bySkeleton) {
                out.add(i);
            }
        }
        for (int i : exact) {
            out.remove(i);
        }
        return out.size() > MAX_FUZZY_CANDIDATES ? new int[0] : out.stream().mapToInt(Integer::intValue).toArray();
    }

    private static String collapseDoubles(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            if (i == 0 || s.charAt(i) != s.charAt(i - 1)) {
                out.append(s.charAt(i));
            }
        }
        return out.toString();
    }

    /**
     * For names whose skeleton is too short to trust ("al-Sousa" = "ss", "Shadadah" = "shd"): the entries of that
     * skeleton whose main name has the same {@link NameKey#loose loose key}.
     */
    private int[] looseMatches(String key, String skeleton) {
        if (skeleton.length() < 2 || key.length() < 4) {
            return new int[0];
        }
        String loose = NameKey.loose(key);
        int[] bucket = gazetteer.bySkeletonAnyLength(skeleton);
        if (bucket.length > MAX_LOOSE_BUCKET) {
            return new int[0]; // checking thousands of names one by one is no lookup
        }
        return java.util.Arrays.stream(bucket)
                .filter(i -> NameKey.loose(NameKey.exact(gazetteer.entry(i).name())).equals(loose))
                .toArray();
    }

    /**
     * The candidate of an ambiguous name that lies within {@value #ANCHOR_KM} km of one of the document's
     * unambiguous places, when exactly one does; else null (context already decided, or cannot).
     */
    private PlaceMention resolveNear(Candidate c, int self, List<String> docCountries,
                                     Map<String, Set<Integer>> admin1Context, Map<String, Set<Integer>> admin2Context,
                                     GeoBias bias, List<GeoEntry> anchors) {
        int nearIndex = -1;
        for (int i : c.hits) {
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
        PlaceMention m = resolve(c, new int[] {nearIndex}, c.fuzzy, self, docCountries, admin1Context, admin2Context,
                bias, null);
        return m.isResolved() ? m : null;
    }

    private static boolean namedByOthers(Map<String, Set<Integer>> context, String key, int self) {
        Set<Integer> namers = context.get(key);
        return namers != null && (namers.size() > 1 || !namers.contains(self));
    }

    private static String gapText(List<Sentence> sentences, Candidate c, PlaceMention next) {
        return sentences.get(c.sentenceIndex).slice(c.span.end(), next.span().start());
    }

    private PlaceMention resolve(Candidate c, int self, List<String> docCountries,
                                 Map<String, Set<Integer>> admin1Context, Map<String, Set<Integer>> admin2Context,
                                 GeoBias bias, GeoEntry container) {
        PlaceMention exact = resolve(c, c.hits, c.fuzzy, self, docCountries, admin1Context, admin2Context, bias,
                container);
        if (exact.isResolved() || c.fuzzy || c.key.length() < 4 || isArabic(c.text)) {
            return exact;
        }
        int[] variants = variantMatches(c.key, c.hits);
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
        boolean unique = hits.length <= 3 && (!fuzzy || c.text.contains(" "));
        for (int i : hits) {
            unique &= gazetteer.entry(i).country().equals(onlyCountry);
        }
        for (int i : hits) {
            GeoEntry e = gazetteer.entry(i);
            if (!bias.contains(e.lat(), e.lon())) {
                continue;
            }
            if (!WRITTEN_IN_ARABIC.contains(e.country()) && nameLike(c.text) && c.text.charAt(0) >= '\u0600') {
                continue; // an Arabic name of a place far from where Arabic is written is a common word ("بوست")
            }
            int countryRank = docCountries.indexOf(e.country());
            boolean inDocCountries = countryRank >= 0;
            if (!docCountries.isEmpty() && !inDocCountries && e.level() != GeoLevel.COUNTRY) {
                continue; // a place abroad is far more often a name clash than the place meant
            }
            if (docCountries.isEmpty() && (fuzzy || e.level() == GeoLevel.LOCALITY && e.population() < 100_000
                    && !(unique && (c.text.contains(" ") || e.population() >= 1_000 && isOwnName(e, c))))) {
                continue; // with no country to go by, only a well-known place or a name found once is safe
            }
            if (docCountries.isEmpty() && e.level() == GeoLevel.LOCALITY && !isOwnName(e, c) && c.key.length() <= 3) {
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
                    if (fuzzy || c.partial) {
                        continue;
                    }
                    score -= 2.0;
                }
            }
            if (c.levelHint != null && c.levelHint == e.level()) {
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
        return new PlaceMention(c.span, c.text, c.sentenceIndex, best, best == null ? 0 : bestScore, fuzzy,
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


    /** The level the words around a name ask for: "Idlib province", "Mir Ali town", "the village of X". */
    private static GeoLevel levelHint(List<Token> tokens, int first, int last) {
        if (first >= 1 && isArabic(tokens.get(first).text())) {
            return ArabicPlaceWords.levelBefore(tokens.get(first - 1).text()); // "ريف إدلب", "بلدة كنصفرة"
        }
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
        if (first >= 1 && DIRECTIONS.contains(tokens.get(first - 1).lower())) {
            return GeoLevel.PROVINCE; // "in southern Idleb", "eastern Hama": the governorate, not the city
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

    private static boolean startsWithDirection(Token token) {
        String w = token.lower();
        return DIRECTIONS.contains(w) || w.equals("east") || w.equals("west") || w.equals("north") || w.equals("south");
    }

    private static int possessiveLength(String phrase) {
        return phrase.endsWith("'s") || phrase.endsWith("’s") ? 2 : 0;
    }

    static boolean isMajor(GeoEntry e) {
        return e.population() >= 50_000 || e.featureCode().equals("PPLA") || e.featureCode().equals("PPLC");
    }

    private static boolean isAcronym(String word) {
        if (word.length() > 5 || word.length() < 2) {
            return false;
        }
        for (int k = 0; k < word.length(); k++) {
            if (!Character.isUpperCase(word.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /** Countries where places are named in Arabic script in the news (the Arab states and their neighbours). */
    private static final Set<String> WRITTEN_IN_ARABIC = Set.of("SY", "IQ", "YE", "LY", "PS", "LB", "JO", "EG", "SA",
            "KW", "QA", "AE", "BH", "OM", "SD", "DZ", "MA", "TN", "MR", "SO", "DJ", "TR", "IR", "IL");

    static boolean isArabic(String word) {
        return !word.isEmpty() && word.charAt(0) >= '\u0600' && word.charAt(0) <= '\u06FF';
    }


    static boolean nameLike(String word) {
        char first = word.charAt(0);
        if (Character.isUpperCase(first) || first >= '\u0600' && first <= '\u06FF') {
            return true; // Arabic script has no capitals: any Arabic word may be a name
        }
        // "al-Bab", "ash-Shaddadi": only worth the pattern when a hyphen or apostrophe follows an article
        int mark = -1;
        for (int i = 1; i < Math.min(4, word.length()) && mark < 0; i++) {
            char c = word.charAt(i);
            mark = c == '-' || c == '\'' || c == '’' || c == '‘' ? i : -1;
        }
        return mark > 0 && mark <= 3 && ARTICLE_PREFIXED.matcher(word).matches();
    }

    private static boolean isMasked(Span span, java.util.BitSet masked) {
        int next = masked.nextSetBit(span.start());
        return next >= 0 && next < span.end();
    }

    /**
     * A name found in the text and the entries it may mean: {@code hits} (exact matches, or variants when there
     * is none, then {@code fuzzy}) and the exact key the name's spelling variants are looked up by; {@code partial}
     * when the name is only the start of a longer run of capitalised words ("Mandi" of "Mandi Khel").
     */
    /**
     * Whether the text names the place by its own name (or a spelling of it) rather than by one of its other
     * names: a lone word that matches only another name of a town abroad ("Ramadan", "Hazrat") is more often
     * something else.
     */
    private static boolean isOwnName(GeoEntry e, Candidate c) {
        if (isArabic(c.text) && WRITTEN_IN_ARABIC.contains(e.country())) {
            return true; // a place's Arabic name where Arabic is written is its own name in its own language
        }
        String own = NameKey.exact(e.name());
        return own.equals(c.key) || NameKey.skeleton(own).equals(NameKey.skeleton(c.key)); // "Miranshah"
    }

    private record Candidate(Span span, String text, int sentenceIndex, int[] hits, boolean fuzzy, String key,
                             int lastToken, GeoLevel levelHint, boolean partial) {
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
