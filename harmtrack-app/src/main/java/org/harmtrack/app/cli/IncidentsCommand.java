package org.harmtrack.app.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.harmtrack.app.output.IncidentFormats;
import org.harmtrack.app.output.IncidentWriter;
import org.harmtrack.app.output.LinkedIncidentWriter;
import org.harmtrack.extract.HitVocabulary;
import org.harmtrack.model.TargetKind;
import org.harmtrack.model.WeaponKind;
import org.harmtrack.link.Corroboration;
import org.harmtrack.model.Document;
import org.harmtrack.model.EventType;
import org.harmtrack.store.IncidentQuery;
import org.harmtrack.store.IncidentSearch;
import org.harmtrack.store.IncidentStore;
import org.harmtrack.store.LinkedIncident;
import org.harmtrack.store.StoredIncident;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import org.harmtrack.store.Comparison;

/**
 * {@code harmtrack incidents}: the stored incidents (reports linked across articles) with a report matching some
 * filters, or with {@code --reports} each article's events on their own, as a table, JSONL, CSV or GeoJSON.
 */
@Command(name = "incidents", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"List the stored incidents that match every filter given, with figures, grades and reports.",
                "Each incident has a report that matches every filter; ordered by date (undated last) unless --sort"
                        + " says otherwise: reconciled figures with the rule behind them, grade, sources and reports.",
                "Example: harmtrack incidents --country SY --from 2017-01-01 --min-killed 10 --format csv -o syria.csv"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:listed", "2:usage error (a bad filter value)",
                "3:failed (no database in the folder, output not writable)"})
public final class IncidentsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOption database;

    @ParentCommand
    HarmtrackCommand parent;

    @Option(names = "--country", paramLabel = "COUNTRY", description = "Country of the incident's place: an ISO 3166 code (SY) or its name (Syria).")
    String country;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Incidents on or after this day.")
    String from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Incidents on or before this day.")
    String to;

    @Option(names = "--near", paramLabel = "LAT,LON", description = "Incidents whose place is within --within km of this point.")
    String near;

    @Option(names = "--within", paramLabel = "KM", description = "Radius for --near in kilometres (default: 25).")
    Double within;

    @Option(names = "--perpetrator", paramLabel = "TEXT", description = "A perpetrator's name contains this (any case).")
    String perpetrator;

    @Option(names = "--min-killed", paramLabel = "N", description = "At least N killed for certain (the lowest figure given).")
    Long minKilled;

    @Option(names = "--text", paramLabel = "TEXT", description = "The article's text or title contains this (any case).")
    String text;

    @Option(names = "--target", paramLabel = "WHAT", description = "A report says this was hit: a category (healthcare)"
            + " or the words of one (hospital, school, family home).")
    String target;

    @Option(names = "--weapon", paramLabel = "MEANS", description = "A report names this means, as fact or alleged:"
            + " a kind (cluster munitions) or its words (cluster bombs, barrel bomb, drone).")
    String weapon;

    @Option(names = "--type", paramLabel = "TYPE", description = "Kind of incident: airstrike, drone_strike, shelling,"
            + " armed_clash, explosive_device, suicide_bombing, attack, ground_operation, shootdown, mass_grave, other.")
    String type;

    @Option(names = "--grade", paramLabel = "GRADE", description = "harmtrack's grade: single_source, corroborated,"
            + " contested, acknowledged (linked incidents only).")
    String grade;

    @Option(names = "--sort", paramLabel = "ORDER", description = "date (default), -date, -killed or -reports"
            + " (linked incidents only).")
    String sort;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "" + IncidentQuery.DEFAULT_LIMIT,
            description = "At most N incidents (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table, jsonl, csv or geojson (default: ${DEFAULT-VALUE}). The table gives a place's "
                    + "precision unless it is a locality; geojson leaves out incidents without a place and counts them.")
    String format;

    @Option(names = "--wide", description = "A table as wide as its content: no cell is cut to fit the terminal"
            + " (ids are never cut).")
    boolean wide;

    @Option(names = "--reports", description = "One row per article's event instead of one per linked incident.")
    boolean reports;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Output file (default: standard output).")
    Path output;

    /** The default radius of --near, in kilometres. */
    static final double DEFAULT_WITHIN_KM = 25;

    @Override
    public Integer call() {
        IncidentWriter writer = writer();
        LinkedIncidentWriter linkedWriter = LinkedIncidentWriter.forName(writer.name());
        IncidentQuery query = query();
        List<StoredIncident> events = List.of();
        List<LinkedIncident> linked = List.of();
        try (IncidentStore store = Databases.openExisting(database.db)) {
            IncidentSearch search = search(query); // every value checked, whichever listing is asked for
            if (reports) {
                if (grade != null || sort != null) {
                    throw bad(grade != null ? "--grade" : "--sort", "applies to linked incidents, not to --reports");
                }
                EventType kind = type == null ? null : key(EventType.class, "--type", type);
                events = store.incidents(query).stream().filter(e -> kind == null || e.event().type() == kind)
                        .toList();
            } else {
                linked = store.linkedIncidents(search).items();
            }
            // written while the store is open: the notes read each incident's first report from its article
            Output target = Output.open(output, spec.commandLine().getOut());
            try (target) {
                boolean wholeTable = wide && writer.name().equals("table");
                if (reports) {
                    (wholeTable ? IncidentFormats.table(Integer.MAX_VALUE) : writer).write(events, target.writer());
                } else if (wholeTable) {
                    LinkedIncidentWriter.table(linked, target.writer(), Integer.MAX_VALUE);
                } else {
                    linkedWriter.write(linked, target.writer(),
                            id -> store.article(id).map(Document::text).orElse(null));
                }
            } catch (IOException e) {
                throw new CommandFailure("could not write " + target.name() + ": " + Output.reason(e), e);
            }
        }
        if (Math.max(events.size(), linked.size()) == query.limit()) {
            spec.commandLine().getErr().println("harmtrack incidents: showing the first " + query.limit()
                    + (query.limit() == 1 ? " incident" : " incidents") + "; there may be more (raise --limit)");
        }
        return ExitCodes.OK;
    }

    /** The search of linked incidents: the filters, and the type, grade and order the API takes too. */
    private IncidentSearch search(IncidentQuery query) {
        IncidentSearch search = IncidentSearch.of(query);
        if (type != null) {
            search = search.withType(key(EventType.class, "--type", type));
        }
        if (grade != null) {
            search = search.withGrade(key(Corroboration.Grade.class, "--grade", grade));
        }
        if (sort != null) {
            try {
                search = search.withSort(IncidentSearch.Sort.ofKey(sort));
            } catch (IllegalArgumentException e) {
                throw bad("--sort", "takes date, -date, -killed or -reports, not '" + sort + "'");
            }
        }
        return search;
    }

    /** An enum constant by its key ("drone_strike", "single_source"), or a usage error naming the keys. */
    private <E extends Enum<E>> E key(Class<E> kind, String option, String value) {
        for (E e : kind.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(value.strip().replace('-', '_').replace(' ', '_'))) {
                return e;
            }
        }
        String keys = String.join(", ", java.util.Arrays.stream(kind.getEnumConstants())
                .map(e -> e.name().toLowerCase(java.util.Locale.ROOT)).toList());
        throw bad(option, "takes one of " + keys + ", not '" + value + "'");
    }

    private static String kinds(Enum<?>[] kinds) {
        return String.join(", ", java.util.Arrays.stream(kinds).map(k -> k.name().toLowerCase(java.util.Locale.ROOT)
                .replace('_', ' ')).toList());
    }

    private IncidentWriter writer() {
        try {
            return IncidentFormats.forName(format);
        } catch (IllegalArgumentException e) {
            throw bad("--format", "takes one of " + String.join(", ", IncidentFormats.names()) + ", not '" + format + "'");
        }
    }

    /** The query the options describe; a nonsense value is a usage error naming the option and the value. */
    IncidentQuery query() {
        IncidentQuery q = IncidentQuery.all();
        if (limit <= 0) {
            throw bad("--limit", "must be at least 1, not " + limit);
        }
        q = q.withLimit(limit);
        if (country != null) {
            // a code is taken as it is; a name is looked up in the gazetteer, loaded only then
            String code = country.strip().matches("[A-Za-z]{2}") ? country.strip()
                    : Comparison.country(parent.resources().gazetteer(), country).orElseThrow(() -> bad("--country",
                    "takes a country's ISO 3166 code or name (e.g. SY or Syria), not '" + country + "'"));
            q = q.withCountry(code);
        }
        LocalDate fromDate = date("--from", from);
        LocalDate toDate = date("--to", to);
        if (fromDate != null && toDate != null && fromDate.isAfter(toDate)) {
            throw bad("--from", from + " is after --to " + to);
        }
        q = q.withDates(fromDate, toDate);
        if (within != null && near == null) {
            throw bad("--within", "needs --near LAT,LON");
        }
        if (near != null) {
            q = q.withNear(near(near, within == null ? DEFAULT_WITHIN_KM : within));
        }
        if (perpetrator != null) {
            q = q.withPerpetrator(notBlank("--perpetrator", perpetrator));
        }
        if (minKilled != null) {
            if (minKilled < 0) {
                throw bad("--min-killed", "must not be negative, not " + minKilled);
            }
            q = q.withMinKilled(minKilled);
        }
        if (text != null) {
            q = q.withText(notBlank("--text", text));
        }
        if (target != null) {
            q = q.withTarget(HitVocabulary.target(target).orElseThrow(() -> bad("--target", "names no kind of target"
                    + " harmtrack knows ('" + target + "'); the kinds: " + kinds(TargetKind.values()))));
        }
        if (weapon != null) {
            q = q.withWeapon(HitVocabulary.weapon(weapon).orElseThrow(() -> bad("--weapon", "names no means harmtrack"
                    + " knows ('" + weapon + "'); the kinds: " + kinds(WeaponKind.values()))));
        }
        return q;
    }

    private IncidentQuery.Near near(String value, double radiusKm) {
        String[] parts = value.split(",");
        double lat;
        double lon;
        try {
            if (parts.length != 2) {
                throw new NumberFormatException();
            }
            lat = Double.parseDouble(parts[0].trim());
            lon = Double.parseDouble(parts[1].trim());
        } catch (NumberFormatException e) {
            throw bad("--near", "takes LAT,LON in decimal degrees (e.g. 36.2,37.16), not '" + value + "'");
        }
        if (!(lat >= -90 && lat <= 90)) {
            throw bad("--near", "latitude must be within -90..90, not " + parts[0].trim() + " (in '" + value + "')");
        }
        if (!(lon >= -180 && lon <= 180)) {
            throw bad("--near", "longitude must be within -180..180, not " + parts[1].trim() + " (in '" + value + "')");
        }
        if (!(radiusKm > 0) || Double.isInfinite(radiusKm)) {
            throw bad("--within", "must be a positive number of kilometres, not " + radiusKm);
        }
        return new IncidentQuery.Near(lat, lon, radiusKm);
    }

    private LocalDate date(String option, String value) {
        return Usage.date(spec, option, value);
    }

    private String notBlank(String option, String value) {
        if (value.isBlank()) {
            throw bad(option, "must not be blank");
        }
        return value;
    }

    private ParameterException bad(String option, String message) {
        return Usage.bad(spec, option, message);
    }
}
