package org.harmtrack.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.harmtrack.app.Cli;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code harmtrack watch --once} against a feed on a loopback port, and its usage errors. */
class WatchCommandTest {
    @TempDir
    Path dir;
    HttpServer server;

    @BeforeEach
    void serve() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", x -> {
            String path = x.getRequestURI().getPath();
            String body = switch (path) {
                case "/feed.xml" -> "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title><link>"
                        + "http://example.invalid/</link><description>d</description><item><title>a</title><link>"
                        + "/a.html</link><guid>a</guid></item></channel></rss>";
                case "/a.html" -> "<html><head><meta property=\"article:published_time\" content=\"2022-02-02\">"
                        + "</head><body><article><p>Shelling hit the Saltivka district of Kharkiv on Tuesday, killing 3"
                        + " people, police said. Firefighters put out fires in two apartment blocks.</p></article>"
                        + "</body></html>";
                default -> null;
            };
            byte[] bytes = (body == null ? "not found" : body).getBytes(StandardCharsets.UTF_8);
            x.sendResponseHeaders(body == null ? 404 : 200, bytes.length);
            try (OutputStream out = x.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void onceIngestsTheNewItemsAndKeepsTheStateInTheDatabaseFolder() {
        String feed = "http://127.0.0.1:" + server.getAddress().getPort() + "/feed.xml";
        String db = dir.resolve("db").toString();
        Cli.Result first = Cli.run("watch", "--once", "--delay", "0s", "--db", db, feed);
        assertEquals(ExitCodes.OK, first.exitCode(), first::toString);
        assertTrue(first.err().contains("1 new articles stored"), first::toString);
        assertTrue(Files.exists(dir.resolve("db").resolve("watch-state.json")));
        Cli.Result again = Cli.run("watch", "--once", "--delay", "0s", "--db", db, feed);
        assertTrue(again.err().contains("0 new articles stored"), again::toString);
    }

    @Test
    void aFeedThatIsNotAnAddressOrADurationThatIsNotOneIsAUsageError() {
        Cli.Result notUrl = Cli.run("watch", "--once", "--db", dir.toString(), "feeds.txt");
        assertEquals(ExitCodes.USAGE, notUrl.exitCode(), notUrl::toString);
        assertTrue(notUrl.err().contains("feeds.txt"), notUrl::toString);
        Cli.Result badEvery = Cli.run("watch", "--every", "often", "--db", dir.toString(), "http://127.0.0.1:9/f");
        assertEquals(ExitCodes.USAGE, badEvery.exitCode(), badEvery::toString);
        assertTrue(badEvery.err().contains("--every") && badEvery.err().contains("often"), badEvery::toString);
    }
}
