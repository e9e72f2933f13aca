package org.harmtrack.app;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.harmtrack.model.Aggregate;
import org.harmtrack.model.EventDate;
import org.harmtrack.model.Range;
import org.harmtrack.store.IncidentStore;
import org.harmtrack.store.StoredAggregate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code harmtrack compare}: official campaign figures beside other figures and beside the incidents. */
@Command(name = "compare", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"For a country and a period, set side by side: the campaign-level claims of officials",
                "(a coalition's count of strikes and of civilian deaths), those of other sources, and the sums of",
                "the stored incidents' reconciled ranges. Each claim with its source and article.",
                "Example: harmtrack compare --region SY --from 2014-08-01 --to 2019-08-31"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:compared", "2:usage error (a bad region or date)",
                "3:failed (no database in the folder, output not writable)"})
public final class CompareCommand implements Callable<Integer> {
    @ParentCommand
    HarmtrackCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--db", paramLabel = "DIR", defaultValue = "harmtrack-data",
            description = "Database folder written by 'harmtrack ingest' (default: ${DEFAULT-VALUE}).")
    Path db;

    @Option(names = "--region", paramLabel = "COUNTRY", required = true,
            description = "The country: an ISO 3166 code (SY) or its name (Syria).")
    String region;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "First day of the period (default: open).")
    String from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Last day of the period (default: open).")
    String to;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Output file (default: standard output).")
    Path output;

    @Override
    public Integer call() {
        String fmt = format.trim().toLowerCase(Locale.ROOT);
        if (!fmt.equals("table") && !fmt.equals("json")) {
            throw bad("--format", "takes table or json, not '" + format + "'");
        }
        LocalDate fromDate = date("--from", from);
        LocalDate toDate = date("--to", to);
        if (fromDate != null && toDate != null && fromDate.isAfter(toDate)) {
            throw bad("--from", from + " is after --to " + to);
        }
        var gazetteer = parent.resources().gazetteer();
        String country = Comparison.country(gazetteer, region).orElseThrow(() -> bad("--region",
                "takes a country's ISO code or name (e.g. SY or Syria), not '" + region + "'"));
        Comparison.Result result;
        try (IncidentStore store = Databases.openExisting(db)) {
            result = new Comparison(store, gazetteer).compare(country, fromDate, toDate);
        }
        Output target = Output.open(output, spec.commandLine().getOut());
        try (target) {
            Writer out = target.writer();
            if (fmt.equals("json")) {
                out.write(json(result).toPrettyString());
                out.write('\n');
            } else {
                out.write(table(result));
            }
            out.flush();
        } catch (IOException e) {
            throw new CommandFailure("could not write " + target.name() + ": " + Output.reason(e), e);
        }
        return ExitCodes.OK;
    }

    static String table(Comparison.Result r) {
        StringBuilder b = new StringBuilder();
        b.append(r.country()).append(", ").append(window(r.from(), r.to())).append('\n');
        section(b, "Official claims", r.official());
        section(b, "Other claims", r.other());
        section(b, "Claims without a period (they cannot be placed in the window)", r.withoutPeriod());
        if (r.unplacedAggregates() > 0) {
            b.append("(").append(r.unplacedAggregates()).append(" claims in this period name no place and are left out)\n");
        }
        b.append("\nIncidents: ").append(r.incidents()).append(" in the window");
        if (r.undatedIncidents() > 0) {
            b.append("; ").append(r.undatedIncidents()).append(" more in the country without a date, not summed");
        }
        b.append('\n');
        for (Comparison.Sum s : r.sums()) {
            b.append(String.format(Locale.ROOT, "  %-17s %s  (sum of minimums..maximums over %d incidents; %d give"
                    + " no figure)%n", s.measure(), s.min() == s.max() ? String.format(Locale.ROOT, "%,d", s.min())
                    : String.format(Locale.ROOT, "%,d..%,d", s.min(), s.max()), s.incidents(), s.unknown()));
        }
        return b.toString();
    }

    private static void section(StringBuilder b, String title, List<StoredAggregate> claims) {
        b.append('\n').append(title).append(": ").append(claims.isEmpty() ? "none" : claims.size()).append('\n');
        for (StoredAggregate s : claims) {
            Aggregate a = s.aggregate();
            b.append(String.format(Locale.ROOT, "  %-17s %-15s %-23s %s [%s]%n", a.measure(), count(a.count()),
                    period(a.period()), a.attributedTo() == null ? "(unattributed)" : a.attributedTo(),
                    s.documentId()));
        }
    }

    private static String count(Range r) {
        return r.min() == r.max() ? String.format(Locale.ROOT, "%,d", r.min())
                : String.format(Locale.ROOT, "%,d..%,d", r.min(), r.max());
    }

    private static String period(EventDate d) {
        if (d == null) {
            return "-";
        }
        return d.start() == null ? "\"" + d.text() + "\"" : d.start() + ".." + d.end();
    }

    private static String window(LocalDate from, LocalDate to) {
        return (from == null ? "any time" : from.toString()) + " to " + (to == null ? "now" : to.toString());
    }

    static ObjectNode json(Comparison.Result r) {
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        n.put("country", r.country());
        n.put("from", r.from() == null ? null : r.from().toString());
        n.put("to", r.to() == null ? null : r.to().toString());
        claims(n.putArray("official"), r.official());
        claims(n.putArray("other"), r.other());
        claims(n.putArray("without_period"), r.withoutPeriod());
        n.put("unplaced_aggregates", r.unplacedAggregates());
        ObjectNode incidents = n.putObject("incidents");
        incidents.put("count", r.incidents()).put("undated_in_country", r.undatedIncidents());
        for (Comparison.Sum s : r.sums()) {
            incidents.putObject(s.measure()).put("min", s.min()).put("max", s.max())
                    .put("incidents", s.incidents()).put("without_figure", s.unknown());
        }
        return n;
    }

    private static void claims(ArrayNode array, List<StoredAggregate> claims) {
        for (StoredAggregate s : claims) {
            Aggregate a = s.aggregate();
            ObjectNode c = array.addObject();
            c.put("measure", a.measure()).put("min", a.count().min()).put("max", a.count().max());
            c.put("period_start", a.period() == null || a.period().start() == null ? null : a.period().start().toString());
            c.put("period_end", a.period() == null || a.period().end() == null ? null : a.period().end().toString());
            c.put("period_text", a.period() == null ? null : a.period().text());
            ArrayNode places = c.putArray("places");
            a.places().forEach(places::add);
            ArrayNode actors = c.putArray("perpetrators");
            a.perpetrators().forEach(p -> actors.add(p.name()));
            c.put("source", a.attributedTo()).put("article_id", s.documentId()).put("title", s.title())
                    .put("url", s.url());
        }
    }

    private LocalDate date(String option, String value) {
        return Usage.date(spec, option, value);
    }

    private ParameterException bad(String option, String message) {
        return Usage.bad(spec, option, message);
    }
}
