package org.harmtrack.app.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.harmtrack.app.TestEvents;
import org.harmtrack.app.cli.Databases;
import org.harmtrack.app.cli.ExitCodes;
import org.harmtrack.app.cli.ProgressLine;
import org.harmtrack.model.Document;
import org.harmtrack.model.Extraction;
import org.harmtrack.model.Range;
import org.harmtrack.store.IncidentStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngesterTest {
    @TempDir
    Path dir;

    @Test
    void aDocumentTheStoreRejectsIsReportedByIdAndTheRunGoesOnWithoutLosingTheOthers() {
        StringWriter err = new StringWriter();
        // a latitude off the globe passes the model but breaks the store's constraints
        java.util.function.Function<Document, Extraction> extractor = doc -> new Extraction(doc.id(), List.of(
                TestEvents.event(TestEvents.place("X", "X", doc.id().equals("bad") ? 123.0 : 36.2, 37.1),
                        Range.exactly(3), "residents")), List.of());
        IngestSummary summary;
        try (IncidentStore store = Databases.openOrCreate(dir)) {
            Ingester ingester = new Ingester(store, extractor, "harmtrack ingest", ProgressLine.off(new PrintWriter(err, true)));
            ingester.accept(Document.of("good-1", "first text"));
            ingester.accept(Document.of("bad", "second text"));
            ingester.accept(Document.of("good-2", "third text"));
            summary = ingester.finish();
            assertEquals(2, store.articleCount());
            assertEquals(2, store.incidentCount());
        }

        assertEquals(2, summary.stored());
        assertEquals(1, summary.failed());
        assertEquals(ExitCodes.FAILED, summary.exitCode());
        assertTrue(err.toString().contains("could not store document bad"), err::toString);
        assertTrue(summary.toString().contains("2 stored, 0 updated, 0 unchanged, 0 skipped, 1 failed"), summary::toString);
    }

    @Test
    void aRunAgainSkipsTheDocumentsAlreadyStoredWithoutExtractingThem() {
        java.util.concurrent.atomic.AtomicInteger extracted = new java.util.concurrent.atomic.AtomicInteger();
        java.util.function.Function<Document, Extraction> extractor = doc -> {
            extracted.incrementAndGet();
            return new Extraction(doc.id(), List.of(TestEvents.event(TestEvents.place("X", "X", 36.2, 37.1),
                    Range.exactly(3), "residents")), List.of());
        };
        try (IncidentStore store = Databases.openOrCreate(dir)) {
            for (int run = 0; run < 2; run++) {
                Ingester ingester = new Ingester(store, extractor, "harmtrack ingest",
                        ProgressLine.off(new PrintWriter(new StringWriter(), true)));
                for (int i = 0; i < 450; i++) { // more than two batches
                    ingester.accept(Document.of("doc-" + i, "text number " + i));
                }
                IngestSummary summary = ingester.finish();
                assertEquals(run == 0 ? 450 : 0, summary.stored());
                assertEquals(run == 0 ? 0 : 450, summary.unchanged());
            }
            assertEquals(450, extracted.get(), "the second run extracted nothing");
            assertEquals(450, store.articleCount());
        }
    }
}
