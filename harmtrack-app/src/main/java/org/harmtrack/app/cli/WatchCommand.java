package org.harmtrack.app.cli;

import java.net.URI;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.harmtrack.app.ingest.DocumentReader;
import org.harmtrack.app.ingest.FeedWatcher;
import org.harmtrack.app.ingest.LanguageGuard;
import org.harmtrack.app.ingest.PoliteFetcher;
import org.harmtrack.gazetteer.GeoBias;
import org.harmtrack.store.IncidentStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code harmtrack watch}: poll feeds and ingest their new articles, until interrupted. */
@Command(name = "watch", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Poll RSS or Atom feeds and ingest the articles of their new items, politely.",
                "Politely: robots.txt, a delay between requests to one host, timeouts, size limits, conditional"
                        + " requests. What has been seen is kept in the database folder (watch-state.json), so a"
                        + " restart repeats and loses nothing.",
                "Example: harmtrack watch https://news.example/feed.xml --every 15m"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:polled (with --once: no problem)", "1:--once and some feed or item had a problem",
                "2:usage error", "3:failed"})
public final class WatchCommand implements Callable<Integer> {
    @ParentCommand
    HarmtrackCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FEED", arity = "1..*", description = "Feed addresses (http or https).")
    List<String> feeds;

    @Option(names = "--db", paramLabel = "DIR", defaultValue = "harmtrack-data",
            description = "Database folder (created if missing; default: ${DEFAULT-VALUE}).")
    java.nio.file.Path db;

    @Option(names = "--every", paramLabel = "DURATION", defaultValue = "15m",
            description = "Time between polls: 90s, 15m, 1h (default: ${DEFAULT-VALUE}).")
    String every;

    @Option(names = "--once", description = "Poll once and stop.")
    boolean once;

    @Option(names = "--delay", paramLabel = "DURATION", defaultValue = "1s",
            description = "Least time between two requests to one host (default: ${DEFAULT-VALUE}).")
    String delay;

    @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "30s",
            description = "Longest wait for a server (default: ${DEFAULT-VALUE}).")
    String timeout;

    @Override
    public Integer call() throws InterruptedException {
        List<URI> uris = new ArrayList<>();
        for (String f : feeds) {
            URI u;
            try {
                u = URI.create(f.trim());
            } catch (IllegalArgumentException e) {
                throw Usage.bad(spec, "FEED", "must be an http or https address, not '" + f + "'");
            }
            if (u.getScheme() == null || !u.getScheme().matches("https?") || u.getHost() == null) {
                throw Usage.bad(spec, "FEED", "must be an http or https address, not '" + f + "'");
            }
            uris.add(u);
        }
        Duration interval = duration("--every", every);
        PoliteFetcher fetcher = new PoliteFetcher(duration("--timeout", timeout), duration("--delay", delay),
                (long) DocumentReader.MAX_DOCUMENT_CHARS * 4);
        try (IncidentStore store = Databases.openOrCreate(db)) {
            FeedWatcher watcher = new FeedWatcher(store, parent.resources().extractor(GeoBias.NONE),
                    LanguageGuard.shared(), fetcher, db.resolve("watch-state.json"));
            while (true) {
                FeedWatcher.Poll poll = watcher.poll(uris);
                poll.problems().forEach(p -> spec.commandLine().getErr().println("harmtrack watch: " + p));
                spec.commandLine().getErr().println("harmtrack watch: " + poll);
                spec.commandLine().getErr().flush();
                if (once) {
                    return poll.problems().isEmpty() ? ExitCodes.OK : ExitCodes.SOME_INPUT_SKIPPED;
                }
                Thread.sleep(interval.toMillis());
            }
        }
    }

    /** "90s", "15m", "1h", or an ISO-8601 duration ("PT15M"). */
    private Duration duration(String option, String value) {
        String v = value.trim().toLowerCase(java.util.Locale.ROOT);
        try {
            if (v.matches("\\d+(ms|s|m|h)")) {
                long n = Long.parseLong(v.replaceAll("[a-z]+$", ""));
                return v.endsWith("ms") ? Duration.ofMillis(n) : v.endsWith("s") ? Duration.ofSeconds(n)
                        : v.endsWith("m") ? Duration.ofMinutes(n) : Duration.ofHours(n);
            }
            return Duration.parse(value.trim());
        } catch (DateTimeParseException | NumberFormatException e) {
            throw Usage.bad(spec, option, "takes a duration such as 90s, 15m or 1h, not '" + value + "'");
        }
    }
}
