package org.harmtrack.app.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.harmtrack.app.Resources;
import org.harmtrack.extract.IncidentExtractor;
import org.harmtrack.gazetteer.GeoBias;
import org.harmtrack.store.IncidentStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Watching a feed served on a loopback port by the test: new items are ingested once across a restart, a page
 * that does not answer in time is tried again later, robots.txt is obeyed, an unchanged feed answers 304, and a
 * feed that is not XML is reported by address.
 */
class FeedWatcherTest {
    private static final IncidentExtractor EXTRACTOR = new Resources().extractor(GeoBias.NONE);
    private static final LanguageGuard LANGUAGES = LanguageGuard.load();

    @TempDir
    Path dir;
    HttpServer server;
    final Map<String, String> pages = new ConcurrentHashMap<>();
    final AtomicInteger pageRequests = new AtomicInteger();
    volatile String feed;
    volatile boolean slowPageHangs = true;

    static String page(String town, String day) {
        return "<html><head><meta property=\"article:published_time\" content=\"" + day + "\"></head><body>"
                + "<nav>Home</nav><article><p>An air strike hit the market of " + town + " on " + day
                + ", killing 5 people, the civil defence said. Rescuers searched the rubble into the night.</p>"
                + "</article></body></html>";
    }

    static String rss(String... items) {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Test wire"
                + "</title><link>http://example.invalid/</link><description>test</description>");
        for (String path : items) {
            b.append("<item><title>").append(path).append("</title><link>").append(path).append("</link><guid>")
                    .append(path).append("</guid></item>");
        }
        return b.append("</channel></rss>").toString();
    }

    @BeforeEach
    void serve() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
        pages.put("/a.html", page("Ariha", "2021-05-03"));
        pages.put("/b.html", page("Saraqib", "2021-05-04"));
        pages.put("/private/c.html", page("Binnish", "2021-05-05"));
        pages.put("/d.html", page("Taftanaz", "2021-05-06"));
        pages.put("/huge.html", page("Sarmin", "2021-05-08").replace("</article>", "<p>"
                + "x".repeat(1_200_000) + "</p></article>"));
        server.createContext("/", this::handle);
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void handle(HttpExchange x) throws IOException {
        String path = x.getRequestURI().getPath();
        if (path.equals("/robots.txt")) {
            reply(x, 200, "text/plain", "User-agent: *\nDisallow: /private/\n", null);
        } else if (path.equals("/feed.xml")) {
            String etag = "\"" + Integer.toHexString(feed.hashCode()) + "\"";
            if (etag.equals(x.getRequestHeaders().getFirst("If-None-Match"))) {
                x.sendResponseHeaders(304, -1);
                x.close();
            } else {
                reply(x, 200, "application/rss+xml", feed, etag);
            }
        } else if (path.equals("/slow.html")) {
            pageRequests.incrementAndGet();
            if (slowPageHangs) {
                try {
                    Thread.sleep(3000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            reply(x, 200, "text/html", page("Idlib", "2021-05-07"), null);
        } else if (pages.containsKey(path)) {
            pageRequests.incrementAndGet();
            reply(x, 200, "text/html; charset=utf-8", pages.get(path), null);
        } else {
            reply(x, 404, "text/plain", "not found", null);
        }
    }

    private static void reply(HttpExchange x, int status, String type, String body, String etag) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        x.getResponseHeaders().add("Content-Type", type);
        if (etag != null) {
            x.getResponseHeaders().add("ETag", etag);
        }
        try {
            x.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = x.getResponseBody()) {
                out.write(bytes);
            }
        } catch (IOException e) {
            // the client gave up waiting (the hanging page): nothing to do
        }
    }

    private URI feedUri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/feed.xml");
    }

    private FeedWatcher watcher(IncidentStore store) {
        return new FeedWatcher(store, EXTRACTOR, LANGUAGES, new PoliteFetcher(Duration.ofSeconds(1),
                Duration.ofMillis(20), 1_000_000), dir.resolve("watch-state.json"));
    }

    @Test
    void newItemsAreIngestedOnceAcrossARestartAndAFailedOneIsTriedAgain() throws Exception {
        feed = rss("/a.html", "/b.html", "/private/c.html", "/slow.html");
        try (IncidentStore store = IncidentStore.openH2(dir.resolve("db"))) {
            FeedWatcher.Poll first = watcher(store).poll(List.of(feedUri()));
            assertEquals(2, first.stored(), first::toString);
            assertEquals(2, first.problems().size(), first::toString);
            assertTrue(first.problems().stream().anyMatch(p -> p.contains("/private/c.html")
                    && p.contains("robots.txt")), first::toString);
            assertTrue(first.problems().stream().anyMatch(p -> p.contains("/slow.html") && p.contains("no answer")),
                    first::toString);
        }
        // a restart: a new watcher and store on the same folders; the feed has one more item, the slow page answers
        feed = rss("/a.html", "/b.html", "/private/c.html", "/slow.html", "/d.html");
        slowPageHangs = false;
        int before = pageRequests.get();
        try (IncidentStore store = IncidentStore.openH2(dir.resolve("db"))) {
            FeedWatcher.Poll second = watcher(store).poll(List.of(feedUri()));
            assertEquals(2, second.stored(), second::toString); // the slow page and the new one
            // a, b, and the page robots.txt forbids (reported once, not fetched again)
            assertEquals(3, second.alreadySeen(), second::toString);
            assertEquals(2, pageRequests.get() - before, "seen pages are not fetched again");
            assertEquals(4, store.articleCount());
            // nothing new: the feed answers 304
            FeedWatcher.Poll third = watcher(store).poll(List.of(feedUri()));
            assertEquals(1, third.unchangedFeeds(), third::toString);
            assertEquals(0, third.stored());
        }
    }

    @Test
    void aFeedThatIsNotXmlIsReportedByAddressAndTheOthersGoOn() throws Exception {
        feed = "<html>this is a web page, not a feed";
        URI broken = feedUri();
        try (IncidentStore store = IncidentStore.openH2(dir.resolve("db"))) {
            FeedWatcher.Poll poll = watcher(store).poll(List.of(broken,
                    URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/missing.xml")));
            assertEquals(2, poll.problems().size(), poll::toString);
            assertTrue(poll.problems().get(0).contains(broken + ": not a readable RSS or Atom feed"), poll::toString);
            assertTrue(poll.problems().get(1).contains("missing.xml: HTTP 404"), poll::toString);
        }
    }

    @Test
    void aPageOverTheSizeLimitIsReportedAndNotStored() throws Exception {
        feed = rss("/huge.html", "/d.html");
        try (IncidentStore store = IncidentStore.openH2(dir.resolve("db"))) {
            FeedWatcher.Poll poll = watcher(store).poll(List.of(feedUri()));
            assertEquals(1, poll.stored(), poll::toString);
            assertEquals(1, poll.problems().size(), poll::toString);
            assertTrue(poll.problems().get(0).contains("/huge.html") && poll.problems().get(0).contains("limit"),
                    poll::toString);
        }
    }

    @Test
    void robotsRulesForHarmtrackWinOverTheGeneralOnes() {
        assertEquals(List.of("/feeds/"), PoliteFetcher.disallowedFor(
                "User-agent: *\nDisallow: /\n\nUser-agent: harmtrack\nDisallow: /feeds/\n"));
        assertEquals(List.of("/"), PoliteFetcher.disallowedFor("User-agent: *\nDisallow: /\n"));
        assertEquals(List.of(), PoliteFetcher.disallowedFor("User-agent: other\nDisallow: /\n"));
    }
}
