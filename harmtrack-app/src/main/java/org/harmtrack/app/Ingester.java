package org.harmtrack.app;

import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import org.harmtrack.extract.IncidentExtractor;
import org.harmtrack.model.Document;
import org.harmtrack.model.Extraction;
import org.harmtrack.store.IncidentStore;
import org.harmtrack.store.IngestOutcome;

/**
 * Extracts and stores documents one at a time, counting what happened: the one code path of {@code ingest} and
 * {@code demo}. Each document is its own store transaction, so a failure on one (reported on standard error with
 * the document's id) loses nothing already stored, and the run goes on.
 * <p>Not thread-safe: one ingester per run.
 */
final class Ingester {
    private final IncidentStore store;
    private final Function<Document, Extraction> extractor;
    private final String who;
    private final ProgressLine progress;
    private final long startNanos = System.nanoTime();
    private long stored;
    private long updated;
    private long unchanged;
    private long skipped;
    private long warnings;
    private long failed;
    private long events;
    private long aggregates;
    private long bytes;

    /**
     * @param store     where documents go
     * @param extractor what reads them (normally {@code IncidentExtractor::extract})
     * @param who       the command, as messages name it ("harmtrack ingest")
     * @param progress  the progress line, which also carries the messages to standard error
     */
    Ingester(IncidentStore store, Function<Document, Extraction> extractor, String who, ProgressLine progress) {
        this.store = Objects.requireNonNull(store, "store");
        this.extractor = Objects.requireNonNull(extractor, "extractor");
        this.who = Objects.requireNonNull(who, "who");
        this.progress = Objects.requireNonNull(progress, "progress");
    }

    /**
     * Lets {@code feed} push documents into a new ingester on {@code store}, then returns what happened.
     *
     * @throws CommandFailure if reading the input fails midway; what was stored until then stays stored
     */
    static IngestSummary run(IncidentStore store, IncidentExtractor extractor, String who, ProgressLine progress,
                             Consumer<Ingester> feed) {
        Ingester ingester = new Ingester(store, extractor::extract, who, progress);
        try {
            feed.accept(ingester);
        } catch (UncheckedIOException e) {
            IngestSummary partial = ingester.finish();
            throw new CommandFailure(e.getMessage() + ": " + e.getCause().getMessage() + " (until then " + partial + ")", e);
        }
        return ingester.finish();
    }

    /** Extracts and stores one document. */
    void accept(Document doc) {
        bytes += Sizes.utf8Length(doc.text());
        try {
            Extraction extraction = extractor.apply(doc);
            IngestOutcome outcome = store.ingest(doc, extraction);
            switch (outcome) {
                case STORED -> stored++;
                case UPDATED -> updated++;
                case UNCHANGED -> unchanged++;
            }
            if (outcome != IngestOutcome.UNCHANGED) {
                events += extraction.events().size();
                aggregates += extraction.aggregates().size();
            }
        } catch (RuntimeException e) {
            // StoreException names the document already; say which one anyway for other failures
            failed++;
            progress.println(who + ": could not store document " + doc.id() + ": " + e.getMessage());
        }
        progress.update(stored + updated + unchanged + failed, bytes);
    }

    /** Reports a piece of input the reader could not use. */
    void problem(InputProblem problem) {
        if (problem.skipped()) {
            skipped++;
            progress.println(who + ": skipped " + problem);
        } else {
            warnings++;
            progress.println(who + ": warning: " + problem);
        }
    }

    /** Ends the run: wipes the progress line and returns the counts. */
    IngestSummary finish() {
        progress.clear();
        return new IngestSummary(stored, updated, unchanged, skipped, warnings, failed, events, aggregates, bytes,
                (System.nanoTime() - startNanos) / 1e9);
    }
}
