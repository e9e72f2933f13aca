package org.harmtrack.app.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.harmtrack.app.output.IncidentFormats;
import org.harmtrack.app.output.IncidentWriter;
import org.harmtrack.app.output.LinkedIncidentWriter;
import org.harmtrack.model.Document;
import org.harmtrack.model.EventType;
import org.harmtrack.store.Comparison;
import org.harmtrack.store.IncidentFilters;
import org.harmtrack.store.IncidentQuery;
import org.harmtrack.store.IncidentSearch;
import org.harmtrack.store.IncidentStore;
import org.harmtrack.store.LinkedIncident;
import org.harmtrack.store.StoredIncident;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

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
    String within;

    @Option(names = "--bbox", paramLabel = "S,W,N,E", description = "Incidents whose place lies in this box of"
            + " latitudes and longitudes (south,west,north,east; linked incidents only).")
    String bbox;

    @Option(names = "--perpetrator", paramLabel = "TEXT", description = "A perpetrator's name contains this (any case).")
    String perpetrator;

    @Option(names = "--min-killed", paramLabel = "N", description = "At least N killed for certain (the lowest figure given).")
    String minKilled;

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

    @Override
    public Integer call() {
        IncidentWriter writer = writer();
        LinkedIncidentWriter linkedWriter = LinkedIncidentWriter.forName(writer.name());
        IncidentSearch search = search(); // every value checked, whichever listing is asked for
        IncidentQuery query = search.filters();
        List<StoredIncident> events = List.of();
        List<LinkedIncident> linked = List.of();
        try (IncidentStore store = Databases.openExisting(database.db)) {
            if (reports) {
                if (grade != null || sort != null || bbox != null) {
                    throw bad(grade != null ? "--grade" : sort != null ? "--sort" : "--bbox",
                            "applies to linked incidents, not to --reports");
                }
                EventType kind = search.type();
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

    private IncidentWriter writer() {
        try {
            return IncidentFormats.forName(format);
        } catch (IllegalArgumentException e) {
            throw bad("--format", "takes one of " + String.join(", ", IncidentFormats.names()) + ", not '" + format + "'");
        }
    }

    /**
     * The search the options describe, read by {@link IncidentFilters} as the API reads its parameters; a nonsense
     * value is a usage error naming the option and the value.
     */
    IncidentSearch search() {
        if (limit <= 0) {
            throw bad("--limit", "must be at least 1, not " + limit);
        }
        Map<String, String> values = new HashMap<>();
        values.put("country", country);
        values.put("from", from);
        values.put("to", to);
        values.put("bbox", bbox);
        values.put("near", near);
        values.put("within", within);
        values.put("perpetrator", perpetrator);
        values.put("min_killed", minKilled);
        values.put("text", text);
        values.put("target", target);
        values.put("weapon", weapon);
        values.put("type", type);
        values.put("grade", grade);
        values.put("sort", sort);
        try {
            // a code is taken as it is; a name is looked up in the gazetteer, loaded only then
            return IncidentFilters.read(values::get, name -> Comparison.country(parent.resources().gazetteer(), name),
                    limit);
        } catch (IncidentFilters.BadFilter e) {
            throw bad("--" + e.filter().replace('_', '-'), e.expected().replace("'near'", "--near")
                    .replace("'to'", "--to") + ", not '" + e.value() + "'");
        }
    }

    private ParameterException bad(String option, String message) {
        return Usage.bad(spec, option, message);
    }
}
