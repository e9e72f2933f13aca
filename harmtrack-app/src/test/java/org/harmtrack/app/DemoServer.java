package org.harmtrack.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.harmtrack.app.cli.Databases;
import org.harmtrack.app.ingest.DocumentReader;
import org.harmtrack.app.web.ApiServer;
import org.harmtrack.extract.IncidentExtractor;
import org.harmtrack.gazetteer.GeoBias;
import org.harmtrack.model.Document;
import org.harmtrack.store.IncidentStore;

/**
 * The demo corpus, plus one report whose text holds markup and an Arabic report of the same strike, stored in a fresh database and served on a free
 * loopback port with a write token, for the API and browser tests.
 */
public final class DemoServer implements AutoCloseable {
    public static final String TOKEN = "test-token-0123456789abcdef";
    /** A report written for the tests: its text carries a script element that must show as text. */
    public static final Document MARKUP = new Document("markup-001", "An air strike hit the grain market in Binnish on"
            + " 4 May 2021, killing 6 people, the civil defence said. A reader's comment pasted into the page read"
            + " <script>window.harmtrackInjected = true;</script> and <b>bold</b>.", LocalDate.of(2021, 5, 5),
            "Strike on Binnish grain market <i>kills</i> six", "https://example.invalid/binnish", "Test Gazette");

    /** The same strike as {@link #MARKUP}, reported in Arabic two days after it (written for the tests). */
    public static final Document ARABIC = new Document("report-ar-001", "قتل ستة أشخاص أول أمس حين أصابت غارة جوية سوق الحبوب"
            + " في بلدة بنش بريف إدلب، وفق ما ذكر الدفاع المدني الذي انتشل الجثث من تحت الأنقاض.",
            LocalDate.of(2021, 5, 6), "غارة على سوق الحبوب في بنش", "https://example.invalid/binnish-ar", "صحيفة تجريبية");

    public final IncidentStore store;
    public final ApiServer server;
    public final int port;

    public DemoServer(Path dir) throws IOException {
        Resources resources = new Resources();
        IncidentExtractor extractor = resources.extractor(GeoBias.NONE);
        store = Databases.openOrCreate(dir);
        List<Document> docs = new ArrayList<>();
        try (InputStream in = DemoServer.class.getClassLoader().getResourceAsStream("org/harmtrack/demo/reports.jsonl")) {
            new DocumentReader(p -> {
                throw new AssertionError(p.toString());
            }).readJsonLines("demo", in, docs::add);
        }
        docs.add(MARKUP);
        docs.add(ARABIC);
        for (Document d : docs) {
            store.ingest(d, extractor.extract(d));
        }
        server = new ApiServer(store, extractor, resources.gazetteer(), TOKEN, "test");
        port = server.start("127.0.0.1", 0);
    }

    public String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    public static String utf8(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        server.close();
        store.close();
    }
}
