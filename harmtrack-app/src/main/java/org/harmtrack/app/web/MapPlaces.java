package org.harmtrack.app.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.harmtrack.gazetteer.Gazetteer;
import org.harmtrack.gazetteer.GeoEntry;
import org.harmtrack.gazetteer.GeoLevel;
import org.harmtrack.store.IncidentSearch.Box;

/**
 * What the map draws from the gazetteer, offline: the names of the countries (zoomed out) and of the towns in view,
 * the largest first and no two in one cell of a grid of {@value #CELL_WIDTH} by {@value #CELL_HEIGHT} pixels over the
 * view (so labels do not pile up), with fewer and larger towns the further out the map is zoomed; and a country's
 * extent, for zooming to it when the list is filtered by country.
 * <p>Thread-safe: the gazetteer is immutable, the population order is computed once, and extents are cached in a
 * concurrent map.
 */
final class MapPlaces {
    /** The size of a label's cell on the screen, in pixels: about a town's name across and two lines down. */
    static final int CELL_WIDTH = 110;
    static final int CELL_HEIGHT = 34;
    /** Labels in one answer at most. */
    static final int MAX_LABELS = 120;
    /** Country names are drawn up to this zoom; up to {@link #COUNTRIES_FIRST} before towns, after them beyond. */
    static final int COUNTRY_ZOOM = 6;
    static final int COUNTRIES_FIRST = 4;

    /** A name to draw: a town or a country. */
    record Label(String name, double lat, double lon, long population, boolean country) {
    }

    /** A country's extent: the middle 98% of its towns' latitudes and longitudes (outlying islands left out). */
    record Extent(String country, String name, double south, double west, double north, double east) {
    }

    private final Gazetteer gazetteer;
    private volatile int[] byPopulation;
    private volatile int[] byCountrySize;
    private final Map<String, Optional<Extent>> extents = new ConcurrentHashMap<>();

    MapPlaces(Gazetteer gazetteer) {
        this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
    }

    /** The smallest population labelled at a zoom level (Leaflet's: 0 the world, 18 a street). */
    static long minPopulation(int zoom) {
        return zoom <= 3 ? 2_000_000 : zoom == 4 ? 500_000 : zoom == 5 ? 150_000 : zoom == 6 ? 50_000
                : zoom == 7 ? 15_000 : zoom == 8 ? 5_000 : 0;
    }

    /**
     * The names to draw in a view of {@code width} by {@code height} pixels at a zoom level: countries (zoomed out)
     * and towns, the largest first, one a cell.
     */
    List<Label> labels(Box view, int zoom, int width, int height) {
        Grid grid = new Grid(view, Math.max(1, width / CELL_WIDTH), Math.max(1, height / CELL_HEIGHT));
        List<Label> out = new ArrayList<>();
        if (zoom <= COUNTRIES_FIRST) {
            countries(grid, out);
        }
        long min = minPopulation(zoom);
        int towns = 0;
        for (int i : populationOrder()) {
            GeoEntry e = gazetteer.entry(i);
            if (e.population() < min || towns >= MAX_LABELS) {
                break;
            }
            if (contains(view, e) && grid.take(e)) {
                towns++;
                out.add(new Label(e.name(), e.lat(), e.lon(), e.population(), false));
            }
        }
        if (zoom > COUNTRIES_FIRST && zoom <= COUNTRY_ZOOM) {
            countries(grid, out);
        }
        return out;
    }

    private void countries(Grid grid, List<Label> out) {
        for (int i : countryOrder()) {
            GeoEntry e = gazetteer.entry(i);
            if (contains(grid.view, e) && grid.take(e)) {
                out.add(new Label(e.name(), e.lat(), e.lon(), e.population(), true));
            }
        }
    }

    /** The extent of a country (ISO code), from its towns; empty when the gazetteer has none. */
    Optional<Extent> extent(String country) {
        return extents.computeIfAbsent(country, this::computeExtent);
    }

    private Optional<Extent> computeExtent(String country) {
        List<double[]> points = new ArrayList<>();
        for (int i = 0; i < gazetteer.size(); i++) {
            GeoEntry e = gazetteer.entry(i);
            if (country.equals(e.country()) && e.level() != GeoLevel.COUNTRY) {
                points.add(new double[] {e.lat(), e.lon()});
            }
        }
        Optional<GeoEntry> entry = gazetteer.country(country);
        if (points.isEmpty()) {
            return entry.map(e -> new Extent(country, e.name(), e.lat() - 2, e.lon() - 2, e.lat() + 2, e.lon() + 2));
        }
        double[] lats = points.stream().mapToDouble(p -> p[0]).sorted().toArray();
        double[] lons = points.stream().mapToDouble(p -> p[1]).sorted().toArray();
        int lo = (int) Math.floor(0.01 * (lats.length - 1));
        int hi = (int) Math.ceil(0.99 * (lats.length - 1));
        return Optional.of(new Extent(country, entry.map(GeoEntry::name).orElse(country), lats[lo], lons[lo],
                lats[hi], lons[hi]));
    }

    /** The countries, those with the most places in the gazetteer first (a rough measure of size and population). */
    private int[] countryOrder() {
        int[] order = byCountrySize;
        if (order == null) {
            Map<String, Integer> places = new java.util.HashMap<>();
            List<Integer> countries = new ArrayList<>();
            for (int i = 0; i < gazetteer.size(); i++) {
                GeoEntry e = gazetteer.entry(i);
                places.merge(e.country(), 1, Integer::sum);
                if (e.level() == GeoLevel.COUNTRY) {
                    countries.add(i);
                }
            }
            countries.sort(Comparator.comparingInt((Integer i) -> places.get(gazetteer.entry(i).country())).reversed());
            order = countries.stream().mapToInt(Integer::intValue).toArray();
            byCountrySize = order;
        }
        return order;
    }

    private int[] populationOrder() {
        int[] order = byPopulation;
        if (order == null) {
            Integer[] all = new Integer[gazetteer.size()];
            int n = 0;
            for (int i = 0; i < gazetteer.size(); i++) {
                if (gazetteer.entry(i).level() == GeoLevel.LOCALITY) {
                    all[n++] = i;
                }
            }
            Integer[] localities = Arrays.copyOf(all, n);
            Arrays.sort(localities, Comparator.comparingLong((Integer i) -> gazetteer.entry(i).population()).reversed());
            order = Arrays.stream(localities).mapToInt(Integer::intValue).toArray();
            byPopulation = order;
        }
        return order;
    }

    private static boolean contains(Box view, GeoEntry e) {
        boolean lat = e.lat() >= view.south() && e.lat() <= view.north();
        boolean lon = view.west() <= view.east() ? e.lon() >= view.west() && e.lon() <= view.east()
                : e.lon() >= view.west() || e.lon() <= view.east(); // across the antimeridian
        return lat && lon;
    }

    /** The view cut into cells; a cell holds one label. */
    private static final class Grid {
        final Box view;
        final int columns;
        final int rows;
        final boolean[] taken;

        Grid(Box view, int columns, int rows) {
            this.view = view;
            this.columns = columns;
            this.rows = rows;
            this.taken = new boolean[columns * rows];
        }

        /** Takes the entry's cell; false when another label holds it. */
        boolean take(GeoEntry e) {
            double width = view.west() <= view.east() ? view.east() - view.west() : view.east() + 360 - view.west();
            double dx = e.lon() - view.west();
            dx = dx < 0 ? dx + 360 : dx;
            int column = (int) Math.min(columns - 1, Math.floor(dx / Math.max(width, 1e-9) * columns));
            int row = (int) Math.min(rows - 1, Math.floor((e.lat() - view.south())
                    / Math.max(view.north() - view.south(), 1e-9) * rows));
            int cell = row * columns + column;
            if (taken[cell]) {
                return false;
            }
            taken[cell] = true;
            return true;
        }
    }
}
