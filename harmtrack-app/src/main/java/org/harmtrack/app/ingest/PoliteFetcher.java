package org.harmtrack.app.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Fetches pages as a polite crawler does: it identifies itself, respects each host's robots.txt (the rules for
 * its agent, else for "*"), waits a set delay between two requests to one host, gives up on a response that takes
 * longer than the timeout, and refuses bodies over a size limit. Conditional requests (ETag, Last-Modified) let a
 * feed that has not changed answer 304 without a body. Not thread-safe: one fetcher per watcher.
 */
public final class PoliteFetcher {
    /** The agent name it sends and looks for in robots.txt. */
    public static final String AGENT = "harmtrack";

    private final HttpClient http;
    private final Duration timeout;
    private final Duration delay;
    private final long maxBytes;
    private final Map<String, Long> lastRequest = new HashMap<>();
    private final Map<String, List<String>> disallowed = new HashMap<>();

    public PoliteFetcher(Duration timeout, Duration delay, long maxBytes) {
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NORMAL)
                .version(HttpClient.Version.HTTP_1_1).build();
        this.timeout = timeout;
        this.delay = delay;
        this.maxBytes = maxBytes;
    }

    /**
     * A response: its status, body (empty for 304), content type and validators.
     */
    public record Fetched(int status, byte[] body, String contentType, String etag, String lastModified) {
        /** The charset the content type names, or null. */
        public String charset() {
            if (contentType == null) {
                return null;
            }
            for (String part : contentType.split(";")) {
                String p = part.trim();
                if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
                    return p.substring(8).replace("\"", "").trim();
                }
            }
            return null;
        }
    }

    /**
     * Why a page was not fetched: the message names the address. Permanent when trying again cannot help
     * (robots.txt forbids it, it is over the size limit); otherwise (no answer, a cut connection) it may.
     */
    public static final class FetchException extends IOException {
        private final boolean permanent;

        public FetchException(String message) {
            this(message, false);
        }

        public FetchException(String message, boolean permanent) {
            super(message);
            this.permanent = permanent;
        }

        public boolean permanent() {
            return permanent;
        }
    }

    /** Whether robots.txt lets harmtrack fetch the address (an unreadable robots.txt allows everything). */
    public boolean allowed(URI uri) {
        String host = hostKey(uri);
        List<String> rules = disallowed.computeIfAbsent(host, h -> readRobots(uri));
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return rules.stream().noneMatch(path::startsWith);
    }

    /**
     * Fetches an address, waiting first as the host's delay requires.
     *
     * @param etag         the validator from the last fetch, or null
     * @param lastModified likewise, or null
     * @throws FetchException when robots.txt forbids it, the server takes longer than the timeout, the body is over
     *                        the limit, or the connection fails; the message names the address
     */
    public Fetched fetch(URI uri, String etag, String lastModified) throws FetchException, InterruptedException {
        if (!allowed(uri)) {
            throw new FetchException(uri + ": robots.txt does not allow " + AGENT + " to fetch it", true);
        }
        waitForHost(uri);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(timeout)
                .header("User-Agent", AGENT + " (news monitor; +https://example.invalid/harmtrack)");
        if (etag != null) {
            request.header("If-None-Match", etag);
        }
        if (lastModified != null) {
            request.header("If-Modified-Since", lastModified);
        }
        HttpResponse<InputStream> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpTimeoutException e) {
            throw new FetchException(uri + ": no answer within " + timeout.toSeconds() + " s");
        } catch (IOException e) {
            throw new FetchException(uri + ": " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        }
        Optional<String> length = response.headers().firstValue("Content-Length");
        if (length.isPresent() && parseLong(length.get()) > maxBytes) {
            try {
                response.body().close();
            } catch (IOException ignored) {
                // the connection is dropped either way
            }
            throw new FetchException(uri + ": " + length.get() + " bytes is over the limit of " + maxBytes, true);
        }
        byte[] body;
        InputStream in = response.body();
        // the request timeout ends when the headers arrive: a body trickling in gets its own deadline
        java.util.concurrent.CompletableFuture<byte[]> reading = java.util.concurrent.CompletableFuture.supplyAsync(
                () -> {
                    try {
                        return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
        try {
            body = reading.get(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            closeQuietly(in);
            throw new FetchException(uri + ": the body did not arrive within " + timeout.toSeconds() + " s");
        } catch (java.util.concurrent.ExecutionException e) {
            closeQuietly(in);
            throw new FetchException(uri + ": the body was cut off: " + e.getCause().getMessage());
        } finally {
            closeQuietly(in);
        }
        if (body.length > maxBytes) {
            throw new FetchException(uri + ": the body is over the limit of " + maxBytes + " bytes", true);
        }
        return new Fetched(response.statusCode(), body, response.headers().firstValue("Content-Type").orElse(null),
                response.headers().firstValue("ETag").orElse(null),
                response.headers().firstValue("Last-Modified").orElse(null));
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException ignored) {
            // closing is all that is left to do
        }
    }

    private void waitForHost(URI uri) throws InterruptedException {
        String host = hostKey(uri);
        Long last = lastRequest.get(host);
        if (last != null) {
            long waitMs = delay.toMillis() - (System.nanoTime() - last) / 1_000_000;
            if (waitMs > 0) {
                Thread.sleep(waitMs);
            }
        }
        lastRequest.put(host, System.nanoTime());
    }

    /** The Disallow prefixes of robots.txt for harmtrack (its own group, else "*"). */
    private List<String> readRobots(URI page) {
        URI robots = page.resolve("/robots.txt");
        try {
            waitForHost(robots);
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(robots).timeout(timeout)
                    .header("User-Agent", AGENT).build(), HttpResponse.BodyHandlers.ofString());
            return r.statusCode() == 200 ? disallowedFor(r.body()) : List.of();
        } catch (IOException e) {
            return List.of();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of();
        }
    }

    /** The Disallow rules that apply to harmtrack in a robots.txt text. */
    static List<String> disallowedFor(String robots) {
        Map<String, List<String>> groups = new HashMap<>();
        List<String> agents = new ArrayList<>();
        boolean inRules = false;
        for (String raw : robots.split("\\R")) {
            String line = raw.replaceAll("#.*", "").trim();
            int colon = line.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String field = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).trim();
            if (field.equals("user-agent")) {
                if (inRules) {
                    agents.clear();
                    inRules = false;
                }
                agents.add(value.toLowerCase(Locale.ROOT));
                groups.computeIfAbsent(value.toLowerCase(Locale.ROOT), k -> new ArrayList<>());
            } else if (field.equals("disallow") || field.equals("allow")) {
                inRules = true;
                if (field.equals("disallow") && !value.isEmpty()) {
                    agents.forEach(a -> groups.get(a).add(value));
                }
            }
        }
        List<String> own = groups.get(AGENT);
        return own != null ? own : groups.getOrDefault("*", List.of());
    }

    private static String hostKey(URI uri) {
        return uri.getScheme() + "://" + uri.getHost() + ":" + uri.getPort();
    }

    private static long parseLong(String s) {
        try {
            return Long.parseLong(s.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
