package org.harmtrack.gazetteer;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.harmtrack.model.Span;
import org.harmtrack.text.Sentence;
import org.harmtrack.text.Token;

/**
 * The first half of the {@link Geoparser}'s work: the place names a sentence holds, each with every gazetteer entry
 * it may mean. A name is a run of up to {@value #MAX_WORDS} capitalised words (or Arabic words where the grammar
 * puts a place, see {@link ArabicPlaceWords}), matched longest first exactly, then by its spelling variants
 * (doubled letters, ou/u, -ah/-a, consonant skeleton); "rural Damascus" and "Hama countryside" are the province;
 * the words around a name ("province", "the village of") give the level it asks for. Choosing among the entries is
 * the Geoparser's.
 * <p>Thread-safe: holds only the immutable gazetteer.
 */
final class PlaceNameFinder {
    private static final int MAX_WORDS = 5;
    private static final int MAX_FUZZY_CANDIDATES = 40;
    private static final int MAX_LOOSE_BUCKET = 40;
    private static final Pattern ARTICLE_PREFIXED = Pattern.compile("(?:al|el|ash|as|ad|ar|az|ez|an|at|ath)[-‘’'](\\p{Lu}.*)");
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

    PlaceNameFinder(Gazetteer gazetteer) {
        this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
    }

    /** Adds the place names of a sentence to {@code out}; demonyms vote for their country in {@code votes}. */
    void find(Sentence sentence, java.util.BitSet masked, List<Candidate> out, Map<String, Double> votes) {
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
    int[] variantMatches(String key, int[] exact) {
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

    private static boolean startsWithDirection(Token token) {
        String w = token.lower();
        return DIRECTIONS.contains(w) || w.equals("east") || w.equals("west") || w.equals("north") || w.equals("south");
    }

    private static int possessiveLength(String phrase) {
        return phrase.endsWith("'s") || phrase.endsWith("’s") ? 2 : 0;
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
    record Candidate(Span span, String text, int sentenceIndex, int[] hits, boolean fuzzy, String key,
                             int lastToken, GeoLevel levelHint, boolean partial) {
    }
}
