package org.harmtrack.gazetteer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Collects places, region names and countries, then builds an immutable {@link Gazetteer}: region entries get
 * their seat's point (or their places' centroid), and every name is indexed under its exact key and skeleton.
 * <p>Not thread-safe: one builder per load.
 */
public final class GazetteerBuilder {
    private static final Pattern REGION_WORDS = Pattern.compile(
            "(?i)\\b(district|governorate|province|agency|region|municipality|muhafazat|wilayah|wilayat|oblast|raion"
            + "|county|tehsil|frontier region|subdistrict|nahiya|mintaqat)\\b");

    private final List<GeoEntry> entries = new ArrayList<>();
    private final Map<String, int[]> byExact = new HashMap<>(1 << 20);
    private final Map<String, int[]> bySkeleton = new HashMap<>(1 << 19);
    private final Map<String, String> admin1Names = new HashMap<>();
    private final Map<String, String> admin2Names = new HashMap<>();
    private final Map<String, List<String>> regionAliases = new HashMap<>();
    private final Map<String, String> countryWords = new HashMap<>();
    private final Map<String, GeoEntry> countries = new HashMap<>();
    private final Map<Long, Integer> byId = new HashMap<>();

    /** Adds a place under its names; a place already added (same GeoNames id) only gains the names. */
    public GazetteerBuilder addPlace(GeoEntry place, Iterable<String> names) {
        Integer index = place.id() == 0 ? null : byId.get(place.id());
        if (index == null) {
            index = entries.size();
            entries.add(place);
            if (place.id() != 0) {
                byId.put(place.id(), index);
            }
        }
        index(place.name(), index);
        for (String name : names) {
            index(name, index);
        }
        return this;
    }

    /**
     * Adds names to a place already added, by GeoNames id (from {@code alternateNamesV2.txt}).
     *
     * @return whether the place was known
     */
    public boolean addNames(long geonameId, Iterable<String> names) {
        Integer index = byId.get(geonameId);
        if (index == null) {
            return false;
        }
        for (String name : names) {
            index(name, index);
        }
        return true;
    }

    public GazetteerBuilder addAdmin1Name(String admin1Key, String name) {
        admin1Names.put(admin1Key, name);
        return this;
    }

    public GazetteerBuilder addAdmin2Name(String admin2Key, String name) {
        admin2Names.put(admin2Key, name);
        return this;
    }

    /** Other names a region goes by in the news ("Rural Damascus" for SY.08). */
    public GazetteerBuilder addRegionAlias(String regionKey, String alias) {
        regionAliases.computeIfAbsent(regionKey, k -> new ArrayList<>()).add(alias);
        return this;
    }

    /** A country, its other names, and its demonyms (which tell the country but are not places). */
    public GazetteerBuilder addCountry(String iso2, String name, List<String> otherNames, List<String> demonyms,
                                       double lat, double lon) {
        GeoEntry entry = new GeoEntry(0, name, lat, lon, iso2, "", "", 0, GeoLevel.COUNTRY, "PCLI");
        countries.put(iso2, entry);
        List<String> names = new ArrayList<>(otherNames);
        addPlace(entry, names);
        countryWords.put(countryWordKey(name), iso2);
        otherNames.forEach(n -> countryWords.put(countryWordKey(n), iso2));
        demonyms.forEach(n -> countryWords.put(countryWordKey(n), iso2));
        return this;
    }

    /** How a country's name or demonym is looked up: lower case, Arabic script folded ("السورية" as "السوريه"). */
    static String countryWordKey(String word) {
        return org.harmtrack.text.ArabicScript.isIn(word) ? org.harmtrack.text.ArabicScript.key(word)
                : word.toLowerCase(Locale.ROOT);
    }

    public Gazetteer build() {
        addRegions(admin1Names, GeoLevel.PROVINCE, "PPLA", "ADM1", GeoEntry::admin1Key);
        addRegions(admin2Names, GeoLevel.DISTRICT, "PPLA2", "ADM2", GeoEntry::admin2Key);
        return new Gazetteer(entries.toArray(GeoEntry[]::new), NameIndex.of(byExact), NameIndex.of(bySkeleton),
                Map.copyOf(admin1Names), Map.copyOf(admin2Names), Map.copyOf(countryWords), Map.copyOf(countries));
    }

    private void addRegions(Map<String, String> names, GeoLevel level, String seatCode, String featureCode,
                            java.util.function.Function<GeoEntry, String> keyOf) {
        Map<String, GeoEntry> seats = new HashMap<>();
        Map<String, double[]> sums = new HashMap<>(); // lat, lon, count
        for (GeoEntry e : entries) {
            if (e.level() != GeoLevel.LOCALITY) {
                continue;
            }
            String key = keyOf.apply(e);
            if (key.isEmpty() || !names.containsKey(key)) {
                continue;
            }
            double[] s = sums.computeIfAbsent(key, k -> new double[3]);
            s[0] += e.lat();
            s[1] += e.lon();
            s[2]++;
            boolean isSeat = e.featureCode().equals(seatCode) || e.featureCode().equals("PPLC");
            GeoEntry seat = seats.get(key);
            if (isSeat && (seat == null || e.population() > seat.population())) {
                seats.put(key, e);
            }
        }
        for (Map.Entry<String, double[]> region : sums.entrySet()) {
            String key = region.getKey();
            String[] parts = key.split("\\.");
            GeoEntry seat = seats.get(key);
            double[] s = region.getValue();
            double lat = seat != null ? seat.lat() : s[0] / s[2];
            double lon = seat != null ? seat.lon() : s[1] / s[2];
            String name = names.get(key);
            GeoEntry entry = new GeoEntry(0, name, lat, lon, parts[0], parts[1], parts.length > 2 ? parts[2] : "",
                    0, level, featureCode);
            List<String> aliases = new ArrayList<>(regionAliases.getOrDefault(key, List.of()));
            String bare = REGION_WORDS.matcher(name).replaceAll(" ").replaceAll("\\s+", " ").trim();
            if (!bare.isEmpty() && !bare.equalsIgnoreCase(name)) {
                aliases.add(bare);
            }
            addPlace(entry, aliases);
        }
    }

    private void index(String name, int index) {
        if (name == null || name.isBlank() || name.length() > 60 || !readableScript(name)) {
            return; // other scripts are not read by this geoparser yet; skipping them keeps the index small
        }
        String key = NameKey.exact(name);
        if (key.isEmpty()) {
            return; // other scripts are not read by this geoparser yet; skipping them keeps the index small
        }
        append(byExact, key, index);
        String skeleton = NameKey.skeleton(key);
        if (skeleton.length() >= 2) {
            append(bySkeleton, skeleton, index);
        }
    }

    /** Latin (with diacritics), Arabic or Cyrillic script: the scripts the geoparser reads. Checked before normalising. */
    private static boolean readableScript(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c > 0x024F && !(c >= 0x0600 && c <= 0x06FF) && !(c >= 0x1E00 && c <= 0x1EFF) && !(c >= 0x0400 && c <= 0x04FF)
                    && !(c >= 0x2018 && c <= 0x201F) && c != 0x02BC && c != 0x02BF && c != 0x02BE && c != 0x02BB) {
                return false;
            }
        }
        return true;
    }


    private static void append(Map<String, int[]> index, String key, int value) {
        int[] old = index.get(key);
        if (old == null) {
            index.put(key, new int[] {value});
        } else if (old[old.length - 1] != value && Arrays.stream(old).noneMatch(v -> v == value)) {
            int[] grown = Arrays.copyOf(old, old.length + 1);
            grown[old.length] = value;
            index.put(key, grown);
        }
    }
}
