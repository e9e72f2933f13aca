package org.harmtrack.app.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.harmtrack.app.Resources;
import org.harmtrack.app.ingest.DocumentReader;
import org.harmtrack.app.ingest.GuardedExtraction;
import org.harmtrack.app.ingest.LanguageGuard;
import org.harmtrack.app.output.ComparisonJson;
import org.harmtrack.app.output.ExtractionJson;
import org.harmtrack.app.output.IncidentJson;
import org.harmtrack.app.output.LinkedIncidentWriter;
import org.harmtrack.extract.IncidentExtractor;
import org.harmtrack.gazetteer.Gazetteer;
import org.harmtrack.link.IncidentSummary;
import org.harmtrack.model.Document;
import org.harmtrack.store.Comparison;
import org.harmtrack.store.IncidentBrief;
import org.harmtrack.store.IncidentPage;
import org.harmtrack.store.IncidentSearch;
import org.harmtrack.store.IncidentStore;
import org.harmtrack.store.IngestOutcome;
import org.harmtrack.store.LinkedIncident;
import org.harmtrack.store.SearchHit;
import org.harmtrack.store.StoreException;
import org.harmtrack.store.StoredAggregate;
import org.harmtrack.store.TimelineBucket;

/**
 * harmtrack's HTTP API and web page (Javalin on Jetty). Reading is open; writing (POST /api/articles) needs the
 * configured token as {@code Authorization: Bearer TOKEN}, and is refused when none is configured. Every error
 * is JSON, {@code {"status": 400, "error": "parameter 'size' takes ..."}}, with the matching status. Pages hold at
 * most {@value #MAX_PAGE} incidents, exports {@value #MAX_EXPORT}; request bodies at most {@value #MAX_BODY}
 * bytes. The routes and their parameters are described by the OpenAPI document at {@value #OPENAPI}.
 *
 * <p>Thread-safe: handlers share only the thread-safe store and extractor.
 */
public final class ApiServer implements AutoCloseable {
    public static final int MAX_PAGE = 500;
    public static final int MAX_EXPORT = 100_000;
    public static final long MAX_BODY = 10L * 1024 * 1024;
    /** A refused body up to this size is read and dropped before the 413, so the client surely receives it. */
    private static final long DRAIN_LIMIT = 4 * MAX_BODY;
    /** The most articles one request may store: each is read and linked while the client waits. */
    public static final int MAX_ARTICLES = 200;
    /** One request stores articles at a time; another meanwhile is told to retry (429), not queued unbounded. */
    private final java.util.concurrent.Semaphore writing = new java.util.concurrent.Semaphore(1);
    public static final String OPENAPI = "/api/openapi.json";
    private static final int DEFAULT_PAGE = 50;
    /** Reports in one answer about an incident unless asked otherwise: the page fetches each one's text. */
    private static final int DEFAULT_REPORTS = 20;

    private final IncidentStore store;
    private final IncidentExtractor extractor;
    private final Gazetteer gazetteer;
    private final MapPlaces mapPlaces;
    private final byte[] token;
    private final LanguageGuard languages = LanguageGuard.shared();
    private final String version;
    private final Javalin app;

    /**
     * @param token the write token, or null to refuse all writing
     */
    public ApiServer(IncidentStore store, IncidentExtractor extractor, Gazetteer gazetteer, String token,
                     String version) {
        this.store = Objects.requireNonNull(store, "store");
        this.extractor = Objects.requireNonNull(extractor, "extractor");
        this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
        this.mapPlaces = new MapPlaces(gazetteer);
        if (token != null && token.isBlank()) {
            throw new IllegalArgumentException("the write token must not be blank (pass null to refuse writing)");
        }
        this.token = token == null ? null : token.getBytes(StandardCharsets.UTF_8);
        this.version = version;
        this.app = Javalin.create(config -> {
            config.http.maxRequestSize = MAX_BODY;
            config.startup.showJavalinBanner = false;
            config.jetty.modifyServer(server -> server.setErrorHandler(new SecureResponses.JsonErrors()));
            config.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = "/org/harmtrack/web";
                files.location = Location.CLASSPATH;
            });
            var r = config.routes;
            r.before(ctx -> SecureResponses.HEADERS.forEach(ctx::header));
            r.get("/api/health", this::health);
            r.get("/api/version", ctx -> json(ctx, obj().put("name", "harmtrack").put("version", version)));
            r.get("/api/incidents", this::incidents);
            r.get("/api/incidents/{id}", this::incident);
            r.get("/api/timeline", this::timeline);
            r.get("/api/places", this::places);
            r.get("/api/countries/{country}", this::country);
            r.get("/api/articles/{id}", this::article);
            r.post("/api/articles", this::postArticles);
            r.get("/api/aggregates", this::aggregates);
            r.get("/api/compare", this::compare);
            r.get("/api/search", this::search);
            r.get("/api/export", this::export);
            r.get(OPENAPI, ctx -> resource(ctx, "/org/harmtrack/web/openapi.json", "application/json"));
            r.exception(ApiError.class, (e, ctx) -> error(ctx, e.status, e.getMessage()));
            r.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), e.getMessage()));
            r.exception(IllegalArgumentException.class, (e, ctx) -> error(ctx, 400, e.getMessage()));
            r.exception(StoreException.class, (e, ctx) -> error(ctx, 500, e.getMessage()));
            r.exception(Exception.class, (e, ctx) -> error(ctx, 500, "internal error: " + e));
            r.error(404, ctx -> {
                String type = ctx.res().getContentType();
                // an API handler's own 404 ("no incident 'x'") is already JSON: keep it
                if (ctx.path().startsWith("/api/") && (type == null || !type.contains("json"))) {
                    error(ctx, 404, "no such resource: " + ctx.method() + " " + ctx.path());
                }
            });
        });
    }

    /** Starts serving on the host and port (0: any free port); returns the port. */
    public int start(String host, int port) {
        app.start(host, port);
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
    }

    private void health(Context ctx) {
        json(ctx, obj().put("status", "ok").put("articles", store.articleCount())
                .put("incidents", store.linkedIncidentCount()).put("reports", store.incidentCount()));
    }

    private void incidents(Context ctx) {
        IncidentSearch search = SearchParams.read(ctx, DEFAULT_PAGE, MAX_PAGE, this::country);
        IncidentBrief.Page page = store.incidentBriefs(search);
        ObjectNode n = obj();
        int size = search.filters().limit();
        n.put("total", page.total()).put("page", page.offset() / size + 1).put("size", size);
        ArrayNode items = n.putArray("items");
        for (IncidentBrief i : page.items()) {
            items.add(brief(i));
        }
        json(ctx, n);
    }

    /** An incident as a list or a map needs it: its summary, without claims and reports. */
    static ObjectNode brief(IncidentBrief i) {
        ObjectNode n = obj();
        n.put("incident_id", i.id());
        n.put("date_start", i.dateStart() == null ? null : i.dateStart().toString());
        n.put("date_end", i.dateEnd() == null ? null : i.dateEnd().toString());
        n.put("type", i.type().key());
        IncidentJson.place(n, i.place());
        IncidentJson.range(n, "killed", i.killed());
        IncidentJson.range(n, "civilians_killed", i.civilians());
        n.put("grade", i.grade().key());
        n.put("airwars_grade", i.airwars() == null ? null : i.airwars().grade().key());
        n.put("reports", i.reports());
        n.put("title", i.title());
        ArrayNode sources = n.putArray("sources");
        i.sources().forEach(sources::add);
        return n;
    }

    /**
     * Ids written before version 8 held '#' ("inc:a1#1"); a link of that time followed by a client that did not
     * encode it reaches the server cut at the '#'. Names the incidents such a link may have meant, by their ids now.
     */
    private String fragmentHint(String id) {
        List<String> meant = new ArrayList<>();
        for (int n = 1; n <= 20 && meant.size() < 5 && !id.contains("#"); n++) {
            store.linkedIncident(id + "#" + n).ifPresent(i -> meant.add(i.id()));
        }
        return meant.isEmpty() ? "" : "; a link from before incident ids were safe in a URL loses what follows '#':"
                + " it may mean " + String.join(", ", meant.stream().distinct().map(m -> "/api/incidents/" + m).toList());
    }

    /** A country's ISO code from its name ("Syria"), as the gazetteer knows it. */
    private java.util.Optional<String> country(String name) {
        return Comparison.country(gazetteer, name);
    }

    private void incident(Context ctx) {
        String id = ctx.pathParam("id");
        int offset = (int) SearchParams.integer(valueOr(SearchParams.param(ctx, "reports_offset"), "0"),
                "reports_offset", 0, Integer.MAX_VALUE);
        int limit = (int) SearchParams.integer(valueOr(SearchParams.param(ctx, "reports_limit"),
                String.valueOf(DEFAULT_REPORTS)), "reports_limit", 1, MAX_PAGE);
        LinkedIncident i = store.linkedIncident(id)
                .orElseThrow(() -> new ApiError(404, "no incident '" + id + "'" + fragmentHint(id)));
        ObjectNode n = IncidentJson.node(IncidentSummary.of(i.incident()), i.reports(), offset, limit);
        if (!i.id().equals(id)) {
            n.put("merged_from", id); // an id retired when its incident merged into this one
        }
        json(ctx, n);
    }

    private void timeline(Context ctx) {
        IncidentSearch search = SearchParams.read(ctx, DEFAULT_PAGE, MAX_PAGE, this::country);
        ArrayNode months = JsonNodeFactory.instance.arrayNode();
        for (TimelineBucket b : store.timeline(search)) {
            months.addObject().put("month", b.month()).put("incidents", b.incidents())
                    .put("killed_min", b.killedMin()).put("killed_max", b.killedMax());
        }
        // the undated: every matching incident less those the months count (each once, in its first month)
        long dated = 0;
        for (com.fasterxml.jackson.databind.JsonNode m : months) {
            dated += m.get("incidents").asLong();
        }
        long all = store.incidentBriefs(search.withOffset(0)).total();
        json(ctx, obj().put("undated", all - dated).set("months", months));
    }

    /**
     * The names the map draws in a view ({@code bbox}) of {@code width} by {@code height} pixels at a zoom level
     * ({@code zoom}, 0-20), from the gazetteer.
     */
    private void places(Context ctx) {
        IncidentSearch.Box view = SearchParams.box(ctx);
        if (view == null) {
            throw new ApiError(400, "parameter 'bbox' is required: SOUTH,WEST,NORTH,EAST in decimal degrees");
        }
        int zoom = (int) SearchParams.integer(valueOr(SearchParams.param(ctx, "zoom"), "6"), "zoom", 0, 20);
        int width = (int) SearchParams.integer(valueOr(SearchParams.param(ctx, "width"), "800"), "width", 1, 10_000);
        int height = (int) SearchParams.integer(valueOr(SearchParams.param(ctx, "height"), "450"), "height", 1, 10_000);
        ArrayNode places = JsonNodeFactory.instance.arrayNode();
        for (MapPlaces.Label l : mapPlaces.labels(view, zoom, width, height)) {
            places.addObject().put("name", l.name()).put("lat", l.lat()).put("lon", l.lon())
                    .put("population", l.population()).put("kind", l.country() ? "country" : "town");
        }
        ctx.header("Cache-Control", "max-age=3600");
        json(ctx, obj().set("places", places));
    }

    /** A country's code, name and extent ({@code south}, {@code west}, {@code north}, {@code east}). */
    private void country(Context ctx) {
        String given = ctx.pathParam("country");
        String code = country(given).orElseThrow(() -> new ApiError(404, "no country '" + given
                + "': give an ISO 3166 code (SY) or a name (Syria)"));
        MapPlaces.Extent e = mapPlaces.extent(code).orElseThrow(() -> new ApiError(404, "the gazetteer has no place in '"
                + code + "'"));
        json(ctx, obj().put("country", e.country()).put("name", e.name()).put("south", e.south())
                .put("west", e.west()).put("north", e.north()).put("east", e.east()));
    }

    private void article(Context ctx) {
        String id = ctx.pathParam("id");
        Document d = store.article(id).orElseThrow(() -> new ApiError(404, "no article '" + id + "'"));
        ObjectNode n = obj().put("id", d.id()).put("title", d.title()).put("url", d.url())
                .put("publisher", d.publisher()).put("published", d.published() == null ? null : d.published().toString())
                .put("text", d.text()).put("copy_of", store.copyOf(id).orElse(null));
        json(ctx, n);
    }

    private void postArticles(Context ctx) throws IOException {
        if (token == null) {
            throw new ApiError(403, "writing is disabled: start the server with a token (--token-file)");
        }
        String auth = ctx.header("Authorization");
        byte[] given = auth != null && auth.startsWith("Bearer ")
                ? auth.substring(7).trim().getBytes(StandardCharsets.UTF_8) : new byte[0];
        if (!MessageDigest.isEqual(token, given)) {
            throw new ApiError(401, "writing needs 'Authorization: Bearer TOKEN' with the server's token");
        }
        long length = ctx.req().getContentLengthLong();
        if (length > MAX_BODY) {
            // read the refused body (up to a bound) before answering: a server that answers and closes while the
            // client is still sending resets the connection, and the client may never see the 413
            if (length <= DRAIN_LIMIT) {
                try {
                    ctx.req().getInputStream().skipNBytes(length);
                } catch (IOException stoppedSending) {
                    // the client gave up sending: it gets the answer if it still listens
                }
            }
            throw new ApiError(413, "request body of " + length + " bytes is over the limit of " + MAX_BODY);
        }
        byte[] body = ctx.bodyAsBytes();
        if (body.length == 0) {
            throw new ApiError(400, "empty request body: send one JSON object per line with id and text");
        }
        List<String> problems = new ArrayList<>();
        List<Document> docs = new ArrayList<>();
        new DocumentReader(p -> problems.add(p.toString()))
                .readJsonLines("request body", new ByteArrayInputStream(body), docs::add);
        if (docs.isEmpty()) {
            throw new ApiError(400, "no article in the request body: " + String.join("; ", problems));
        }
        if (docs.size() > MAX_ARTICLES) {
            throw new ApiError(413, docs.size() + " articles in one request is over the limit of " + MAX_ARTICLES
                    + ": send them in batches");
        }
        if (!writing.tryAcquire()) {
            ctx.header("Retry-After", "5");
            throw new ApiError(429, "another request is storing articles; retry when it is done");
        }
        try {
            storeArticles(ctx, docs, problems);
        } finally {
            writing.release();
        }
    }

    /** Reads and stores the articles of one accepted request, and answers with each one's outcome. */
    private void storeArticles(Context ctx, List<Document> docs, List<String> problems) {
        ObjectNode n = obj();
        ArrayNode results = n.putArray("articles");
        int stored = 0;
        GuardedExtraction guarded = new GuardedExtraction(d -> extractor.extract(d, Resources.DOCUMENT_BUDGET),
                p -> problems.add(p.toString()));
        for (Document d : docs) {
            // as ingest does: an article not in English is stored but not extracted
            String language = languages.language(d.text());
            org.harmtrack.model.Extraction extraction = languages.supported(language) ? guarded.extract(d)
                    : new org.harmtrack.model.Extraction(d.id(), List.of(), List.of());
            if (extraction == null) {
                // one article the extractor fails on costs that article only (named among the problems)
                results.addObject().put("id", d.id()).put("outcome", "failed").put("language", language)
                        .put("extracted", false);
                continue;
            }
            IngestOutcome outcome = store.ingest(d, extraction);
            stored += outcome == IngestOutcome.STORED || outcome == IngestOutcome.UPDATED ? 1 : 0;
            results.addObject().put("id", d.id()).put("outcome", outcome.name().toLowerCase(java.util.Locale.ROOT))
                    .put("language", language).put("extracted", languages.supported(language));
        }
        ArrayNode bad = n.putArray("problems");
        problems.forEach(bad::add);
        ctx.status(stored > 0 ? 201 : 200);
        json(ctx, n);
    }

    private void aggregates(Context ctx) {
        LocalDate from = SearchParams.date(ctx, "from");
        LocalDate to = SearchParams.date(ctx, "to");
        if (from != null && to != null && from.isAfter(to)) {
            throw ApiError.badParameter("from", from.toString(), "must not be after 'to' (" + to + ")");
        }
        String region = SearchParams.param(ctx, "country");
        String country = region == null ? null : Comparison.country(gazetteer, region).orElseThrow(() ->
                ApiError.badParameter("country", region, "takes a country's ISO 3166 code or name, such as SY or Syria"));
        Comparison places = new Comparison(store, gazetteer);
        ArrayNode list = JsonNodeFactory.instance.arrayNode();
        for (StoredAggregate a : store.aggregates(from, to)) {
            if (country != null && !places.namesPlaceIn(a.aggregate(), country)) {
                continue; // a campaign figure is in a country when a place it names is, as compare counts it
            }
            ObjectNode n = ExtractionJson.aggregate(a.aggregate());
            n.put("article_id", a.documentId()).put("title", a.title()).put("url", a.url());
            list.add(n);
        }
        json(ctx, obj().set("aggregates", list));
    }

    private void compare(Context ctx) {
        String region = SearchParams.param(ctx, "region");
        if (region == null) {
            throw new ApiError(400, "parameter 'region' is required: a country's ISO code or name (SY, Syria)");
        }
        String country = Comparison.country(gazetteer, region)
                .orElseThrow(() -> ApiError.badParameter("region", region, "takes a country's ISO code or name"));
        LocalDate from = SearchParams.date(ctx, "from");
        LocalDate to = SearchParams.date(ctx, "to");
        if (from != null && to != null && from.isAfter(to)) {
            throw ApiError.badParameter("from", from.toString(), "must not be after 'to' (" + to + ")");
        }
        json(ctx, ComparisonJson.of(new Comparison(store, gazetteer).compare(country, from, to),
                id -> store.article(id).map(Document::text).orElse(null)));
    }

    private void search(Context ctx) {
        String q = SearchParams.param(ctx, "q");
        if (q == null) {
            throw new ApiError(400, "parameter 'q' is required: the words to search for");
        }
        int limit = (int) SearchParams.integer(valueOr(SearchParams.param(ctx, "limit"), "20"), "limit", 1,
                MAX_PAGE);
        ArrayNode hits = JsonNodeFactory.instance.arrayNode();
        for (SearchHit h : store.search(q, limit)) {
            ObjectNode n = hits.addObject().put("article_id", h.articleId()).put("title", h.title())
                    .put("score", h.score()).put("snippet", h.snippet()).put("match_start", h.matchStart())
                    .put("match_end", h.matchEnd());
            ArrayNode ids = n.putArray("incident_ids");
            h.incidentIds().forEach(ids::add);
        }
        json(ctx, obj().put("q", q).set("hits", hits));
    }

    private void export(Context ctx) throws IOException {
        String format = valueOr(SearchParams.param(ctx, "format"), "csv");
        LinkedIncidentWriter writer;
        try {
            writer = LinkedIncidentWriter.forName(format);
        } catch (IllegalArgumentException e) {
            throw ApiError.badParameter("format", format, "takes csv, geojson or jsonl");
        }
        if (writer == LinkedIncidentWriter.TABLE) {
            throw ApiError.badParameter("format", format, "takes csv, geojson or jsonl");
        }
        IncidentSearch search = SearchParams.read(ctx, MAX_EXPORT, MAX_EXPORT, this::country);
        IncidentPage page = store.linkedIncidents(search);
        StringWriter out = new StringWriter();
        // the notes read each incident's first report from its article, one at a time (no texts kept)
        writer.write(page.items(), out, id -> store.article(id).map(org.harmtrack.model.Document::text).orElse(null));
        String extension = writer == LinkedIncidentWriter.GEOJSON ? "geojson" : writer.formatName();
        ctx.header("Content-Disposition", "attachment; filename=\"incidents." + extension + "\"");
        ctx.header("X-Total-Count", String.valueOf(page.total()));
        ctx.contentType(writer.mediaType()).result(out.toString());
    }

    private static void resource(Context ctx, String path, String type) throws IOException {
        try (InputStream in = ApiServer.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new ApiError(404, "no such resource: " + ctx.path());
            }
            ctx.contentType(type).result(in.readAllBytes());
        }
    }

    private static void error(Context ctx, int status, String message) {
        ctx.status(status);
        ctx.contentType("application/json; charset=utf-8").result(SecureResponses.errorJson(status, message));
    }

    private static void json(Context ctx, ObjectNode node) {
        ctx.contentType("application/json; charset=utf-8").result(node.toString());
    }

    private static ObjectNode obj() {
        return JsonNodeFactory.instance.objectNode();
    }

    private static String valueOr(String v, String otherwise) {
        return v == null ? otherwise : v;
    }
}
