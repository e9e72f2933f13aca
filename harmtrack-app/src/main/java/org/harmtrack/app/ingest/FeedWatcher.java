package org.harmtrack.app.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.harmtrack.extract.IncidentExtractor;
import org.harmtrack.model.Document;
import org.harmtrack.model.Extraction;
import org.harmtrack.store.IncidentStore;
import org.harmtrack.store.IngestOutcome;

/**
 * Polls RSS and Atom feeds (Rome) and ingests the articles their new items link to, fetched politely
 * ({@link PoliteFetcher}). What it has seen and each feed's validators are kept in a state file, written after
 * every item, so a restart neither ingests an item twice nor loses one: an item whose page did not answer (or
 * answered with a passing error) is not marked seen, and is tried again at the next poll, the feed being fetched
 * in full until all its items are read; an item that cannot be had (forbidden by robots.txt, gone, over the size
 * limit, no article in the page) is reported once and passed over. A feed that does not parse, a page that does
 * not answer, is too large or is forbidden by robots.txt is reported by address, and the rest go on.
 * Not thread-safe: one watcher per state file.
 */
public final class FeedWatcher {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final IncidentStore store;
    private final IncidentExtractor extractor;
    private final LanguageGuard languages;
    private final PoliteFetcher fetcher;
    private final Path stateFile;
    private final Map<String, String[]> validators = new LinkedHashMap<>();
    private final Set<String> seen = new LinkedHashSet<>();

    /** What one poll did. */
    public record Poll(int feeds, int unchangedFeeds, int stored, int alreadySeen, int notExtracted,
                       List<String> problems) {
        @Override
        public String toString() {
            return feeds + (feeds == 1 ? " feed" : " feeds") + " (" + unchangedFeeds + " unchanged): " + stored
                    + " new articles stored, " + alreadySeen + " items seen before, " + notExtracted
                    + " not extracted (language), " + problems.size() + " problems";
        }
    }

    public FeedWatcher(IncidentStore store, IncidentExtractor extractor, LanguageGuard languages,
                       PoliteFetcher fetcher, Path stateFile) {
        this.store = Objects.requireNonNull(store, "store");
        this.extractor = Objects.requireNonNull(extractor, "extractor");
        this.languages = Objects.requireNonNull(languages, "languages");
        this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
        this.stateFile = Objects.requireNonNull(stateFile, "stateFile");
        load();
    }

    /** Polls each feed once and ingests its new items. */
    public Poll poll(List<URI> feeds) throws InterruptedException {
        int unchanged = 0;
        int stored = 0;
        int alreadySeen = 0;
        int notExtracted = 0;
        List<String> problems = new ArrayList<>();
        for (URI feedUri : feeds) {
            String[] v = validators.getOrDefault(feedUri.toString(), new String[2]);
            PoliteFetcher.Fetched fetched;
            try {
                fetched = fetcher.fetch(feedUri, v[0], v[1]);
            } catch (PoliteFetcher.FetchException e) {
                problems.add("feed " + e.getMessage());
                continue;
            }
            if (fetched.status() == 304) {
                unchanged++;
                continue;
            }
            if (fetched.status() != 200) {
                problems.add("feed " + feedUri + ": HTTP " + fetched.status());
                continue;
            }
            SyndFeed feed;
            try {
                feed = new SyndFeedInput().build(new XmlReader(new ByteArrayInputStream(fetched.body())));
            } catch (FeedException | IOException | IllegalArgumentException e) {
                problems.add("feed " + feedUri + ": not a readable RSS or Atom feed: " + firstLine(e.getMessage()));
                continue;
            }
            boolean allRead = true;
            GuardedExtraction guarded = new GuardedExtraction(
                    d -> extractor.extract(d, org.harmtrack.app.Resources.DOCUMENT_BUDGET), p -> problems.add("item " + p));
            for (SyndEntry entry : feed.getEntries()) {
                String link = entry.getLink();
                String key = entry.getUri() != null && !entry.getUri().isBlank() ? entry.getUri() : link;
                if (key == null || link == null) {
                    problems.add("feed " + feedUri + ": an item without a link (" + entry.getTitle() + ")");
                    continue;
                }
                if (seen.contains(key)) {
                    alreadySeen++;
                    continue;
                }
                URI page = null;
                try {
                    page = feedUri.resolve(link.trim());
                    PoliteFetcher.Fetched p = fetcher.fetch(page, null, null);
                    if (p.status() != 200) {
                        // gone for good (404, 410) or perhaps only for now (429, 5xx)
                        throw new PoliteFetcher.FetchException(page + ": HTTP " + p.status(),
                                p.status() == 404 || p.status() == 410);
                    }
                    Document doc = HtmlArticle.read(page.toString(), p.body(), p.charset(), page.toString());
                    if (doc.published() == null && entry.getPublishedDate() != null) {
                        LocalDate day = entry.getPublishedDate().toInstant().atZone(ZoneOffset.UTC).toLocalDate();
                        doc = new Document(doc.id(), doc.text(), day, doc.title(), doc.url(), doc.publisher());
                    }
                    String language = languages.language(doc.text());
                    Extraction extraction = languages.supported(language) ? guarded.extract(doc)
                            : new Extraction(doc.id(), List.of(), List.of());
                    if (extraction == null) {
                        seen.add(key); // named among the problems; trying the page again cannot help
                        save();
                        continue;
                    }
                    notExtracted += languages.supported(language) ? 0 : 1;
                    IngestOutcome outcome = store.ingest(doc, extraction);
                    stored += outcome == IngestOutcome.STORED || outcome == IngestOutcome.UPDATED ? 1 : 0;
                    seen.add(key);
                    save(); // after every item: a restart loses nothing and repeats nothing
                } catch (PoliteFetcher.FetchException | IllegalArgumentException e) {
                    problems.add("item " + (page == null ? "'" + link + "' of feed " + feedUri + ": not an address"
                            : e.getMessage()));
                    if (e instanceof PoliteFetcher.FetchException f && !f.permanent()) {
                        allRead = false; // not marked seen: tried again at the next poll
                    } else {
                        seen.add(key); // trying again cannot help (robots.txt, no article, too large): reported once
                        save();
                    }
                }
            }
            if (allRead) {
                // only then may the feed answer "not modified": an item that failed must be met again
                validators.put(feedUri.toString(), new String[]{fetched.etag(), fetched.lastModified()});
            }
            save();
        }
        return new Poll(feeds.size(), unchanged, stored, alreadySeen, notExtracted, problems);
    }

    private void load() {
        if (!Files.exists(stateFile)) {
            return;
        }
        try {
            JsonNode state = JSON.readTree(stateFile.toFile());
            state.path("feeds").fields().forEachRemaining(e -> validators.put(e.getKey(), new String[]{
                text(e.getValue().get("etag")), text(e.getValue().get("last_modified"))}));
            state.path("seen").forEach(n -> seen.add(n.asText()));
        } catch (IOException e) {
            throw new UncheckedIOException("the watch state " + stateFile + " is unreadable (move it away to start"
                    + " afresh)", e);
        }
    }

    private void save() {
        ObjectNode state = JSON.createObjectNode();
        ObjectNode feeds = state.putObject("feeds");
        validators.forEach((url, v) -> feeds.putObject(url).put("etag", v[0]).put("last_modified", v[1]));
        ArrayNode list = state.putArray("seen");
        seen.forEach(list::add);
        try {
            Path tmp = stateFile.resolveSibling(stateFile.getFileName() + ".tmp");
            Files.writeString(tmp, state.toPrettyString());
            Files.move(tmp, stateFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the watch state " + stateFile, e);
        }
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() ? null : n.asText();
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
