package org.harmtrack.app.cli;

import org.harmtrack.app.output.ComparisonJson;
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
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import org.harmtrack.store.Comparison;

/** {@code harmtrack compare}: official campaign figures beside other figures and beside the incidents. */
@Command(name = "compare", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Set officials' figures for a country and a period beside other sources' and the incidents'.",
                "The campaign-level claims of officials (a coalition's count of strikes and of civilian deaths), those"
                        + " of other sources, and the sums of the stored incidents' reconciled ranges; each claim with"
                        + " its source and article.",
                "Example: harmtrack compare --region SY --from 2014-08-01 --to 2019-08-31"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:compared", "2:usage error (a bad region or date)",
                "3:failed (no database in the folder, output not writable)"})
public final class CompareCommand implements Callable<Integer> {
    @ParentCommand
    HarmtrackCommand parent;

    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOption database;

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
        try (IncidentStore store = Databases.openExisting(database.db)) {
            result = new Comparison(store, gazetteer).compare(country, fromDate, toDate);
        }
        Output target = Output.open(output, spec.commandLine().getOut());
        try (target) {
            Writer out = target.writer();
            if (fmt.equals("json")) {
                out.write(ComparisonJson.of(result).toPrettyString());
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

    private LocalDate date(String option, String value) {
        return Usage.date(spec, option, value);
    }

    private ParameterException bad(String option, String message) {
        return Usage.bad(spec, option, message);
    }
}
