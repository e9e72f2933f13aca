package org.harmtrack.app.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.harmtrack.app.output.ComparisonJson;
import org.harmtrack.model.Aggregate;
import org.harmtrack.model.Document;
import org.harmtrack.model.EventDate;
import org.harmtrack.model.Range;
import org.harmtrack.store.Comparison;
import org.harmtrack.store.IncidentStore;
import org.harmtrack.store.StoredAggregate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

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
        Map<String, String> texts = new HashMap<>(); // the claims' articles, for the words of each figure
        try (IncidentStore store = Databases.openExisting(database.db)) {
            result = new Comparison(store, gazetteer).compare(country, fromDate, toDate);
            for (List<StoredAggregate> claims : List.of(result.official(), result.other(), result.withoutPeriod(),
                    result.unplaced())) {
                claims.forEach(c -> texts.computeIfAbsent(c.documentId(),
                        id -> store.article(id).map(Document::text).orElse(null)));
            }
        }
        Output target = Output.open(output, spec.commandLine().getOut());
        try (target) {
            Writer out = target.writer();
            if (fmt.equals("json")) {
                out.write(ComparisonJson.of(result, texts::get).toPrettyString());
                out.write('\n');
            } else {
                out.write(table(result, texts::get));
            }
            out.flush();
        } catch (IOException e) {
            throw new CommandFailure("could not write " + target.name() + ": " + Output.reason(e), e);
        }
        return ExitCodes.OK;
    }

    static String table(Comparison.Result r, Function<String, String> articleText) {
        StringBuilder b = new StringBuilder();
        b.append(r.country()).append(", ").append(window(r.from(), r.to())).append('\n');
        section(b, "Official claims", r.official(), articleText);
        section(b, "Other claims", r.other(), articleText);
        section(b, "Claims without a period (they cannot be placed in the window)", r.withoutPeriod(), articleText);
        if (!r.unplaced().isEmpty()) {
            section(b, "Left out: claims of the period that name no place", r.unplaced(), articleText);
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

    private static void section(StringBuilder b, String title, List<StoredAggregate> claims,
                                Function<String, String> articleText) {
        b.append('\n').append(title).append(": ").append(claims.isEmpty() ? "none" : claims.size()).append('\n');
        for (StoredAggregate s : claims) {
            Aggregate a = s.aggregate();
            String words = ComparisonJson.words(s, articleText);
            b.append(String.format(Locale.ROOT, "  %-17s %-15s %-23s %s [%s]%n", a.measure(), count(a.count()),
                    period(a.period()), a.attributedTo() == null ? "(source not named)" : a.attributedTo(),
                    s.documentId()));
            if (words != null) {
                b.append("    \"").append(words.replaceAll("\\s+", " ")).append("\"\n");
            }
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
