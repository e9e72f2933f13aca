package org.harmtrack.app.ingest;

import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import org.harmtrack.app.Resources;
import org.harmtrack.app.cli.CommandFailure;
import org.harmtrack.app.cli.ProgressLine;
import org.harmtrack.app.output.Sizes;
import org.harmtrack.extract.IncidentExtractor;
import org.harmtrack.model.Document;
import org.harmtrack.model.Extraction;
import org.harmtrack.store.IncidentStore;
import org.harmtrack.store.IngestOutcome;

/**
 * Extracts and stores documents, counting what happened: the one code path of {@code ingest} and {@code demo}.
 * A batch's documents are extracted in parallel on every core (the extractor is thread-safe); documents already
 * stored with the same text are skipped before extraction, so a run that was interrupted can simply be run again.
 * Documents are stored in batches of {@value #BATCH} ({@link IncidentStore#ingestAll}: one transaction, one linking
 * pass and one search-index commit per batch, several times faster than one each); when a batch fails, its
 * documents are stored one at a time, so the failing one is named on standard error and the others are kept.
 * <p>Not thread-safe: one ingester per run.
 */
public final class Ingester {
    /** Documents stored together. */
    public static final int BATCH = 200;

    private final IncidentStore store;
    private final java.util.List<Document> pendingDocs = new java.util.ArrayList<>();
    private final java.util.List<Extraction> pendingExtractions = new java.util.ArrayList<>();
    private final java.util.Set<String> pendingIds = new java.util.HashSet<>();
    private final java.util.List<Document> incoming = new java.util.ArrayList<>();
    /** Extracts a batch's documents in parallel, one thread per core. */
    private final java.util.concurrent.ForkJoinPool workers =
            new java.util.concurrent.ForkJoinPool(Runtime.getRuntime().availableProcessors());
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
    private long notExtracted;
    private long duplicates;
    private LanguageGuard languages;
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
    public static IngestSummary run(IncidentStore store, IncidentExtractor extractor, String who, ProgressLine progress,
                             Consumer<Ingester> feed) {
        Ingester ingester = new Ingester(store, doc -> extractor.extract(doc, Resources.DOCUMENT_BUDGET), who, progress);
        ingester.languages = LanguageGuard.shared();
        try {
            feed.accept(ingester);
        } catch (UncheckedIOException e) {
            IngestSummary partial = ingester.finish();
            throw new CommandFailure(e.getMessage() + ": " + e.getCause().getMessage() + " (until then " + partial + ")", e);
        }
        return ingester.finish();
    }

    /** Takes one document; it is extracted and stored with the next batch. */
    public void accept(Document doc) {
        bytes += Sizes.utf8Length(doc.text());
        if (pendingIds.contains(doc.id())) {
            flush(); // a later version of a document in this batch goes into the next one
        }
        incoming.add(doc);
        pendingIds.add(doc.id());
        if (incoming.size() >= BATCH) {
            flush();
        }
    }

    /** A document made ready in parallel: skipped as already stored, extracted, or failed (with why). */
    private record Prepared(Document doc, Extraction extraction, String language, boolean held, String failure) {
    }

    private Prepared prepare(Document doc) {
        try {
            if (store.holds(doc)) {
                return new Prepared(doc, null, null, true, null); // resumed run: stored before, same text
            }
            String language = languages == null ? null : languages.language(doc.text());
            if (languages != null && !languages.supported(language)) {
                // stored, so nothing is lost, but not read: the extractor's rules are for English
                return new Prepared(doc, new Extraction(doc.id(), java.util.List.of(), java.util.List.of()),
                        language, false, null);
            }
            return new Prepared(doc, extractor.apply(doc), language, false, null);
        } catch (RuntimeException e) {
            return new Prepared(doc, null, null, false, java.util.Objects.toString(e.getMessage(), e.toString()));
        }
    }

    /** Stores the pending documents: as one batch, or one at a time when the batch fails. */
    private void flush() {
        if (incoming.isEmpty()) {
            return;
        }
        // extraction, the costly part, on every core; storing stays in order, one batch at a time
        java.util.List<Prepared> prepared;
        try {
            prepared = workers.submit(() -> incoming.parallelStream().map(this::prepare).toList()).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while extracting", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("extraction failed: " + e.getCause(), e.getCause());
        }
        incoming.clear();
        for (Prepared p : prepared) {
            if (p.held()) {
                unchanged++;
            } else if (p.failure() != null) {
                failed++;
                progress.println(who + ": could not read document " + p.doc().id() + ": " + p.failure());
            } else {
                if (languages != null && !languages.supported(p.language())) {
                    notExtracted++;
                    progress.println(who + ": stored without extraction: document " + p.doc().id() + " is in '"
                            + p.language() + "' (ISO 639-3); harmtrack extracts "
                            + String.join(", ", LanguageGuard.SUPPORTED));
                }
                pendingDocs.add(p.doc());
                pendingExtractions.add(p.extraction());
            }
        }
        if (pendingDocs.isEmpty()) {
            pendingIds.clear();
            progress.update(stored + updated + unchanged + duplicates + failed, bytes);
            return;
        }
        try {
            java.util.List<IngestOutcome> outcomes = store.ingestAll(pendingDocs, pendingExtractions);
            for (int i = 0; i < outcomes.size(); i++) {
                count(outcomes.get(i), pendingExtractions.get(i));
            }
        } catch (RuntimeException batchFailed) {
            for (int i = 0; i < pendingDocs.size(); i++) {
                Document doc = pendingDocs.get(i);
                try {
                    count(store.ingest(doc, pendingExtractions.get(i)), pendingExtractions.get(i));
                } catch (RuntimeException e) {
                    // StoreException names the document already; say which one anyway for other failures
                    failed++;
                    progress.println(who + ": could not store document " + doc.id() + ": " + e.getMessage());
                }
            }
        }
        pendingDocs.clear();
        pendingExtractions.clear();
        pendingIds.clear();
        progress.update(stored + updated + unchanged + duplicates + failed, bytes);
    }

    private void count(IngestOutcome outcome, Extraction extraction) {
        switch (outcome) {
            case STORED -> stored++;
            case UPDATED -> updated++;
            case UNCHANGED -> unchanged++;
            case DUPLICATE -> {
                duplicates++;
                return;
            }
        }
        if (outcome != IngestOutcome.UNCHANGED) {
            events += extraction.events().size();
            aggregates += extraction.aggregates().size();
        }
    }

    /** Reports a piece of input the reader could not use. */
    public void problem(InputProblem problem) {
        if (problem.skipped()) {
            skipped++;
            progress.println(who + ": skipped " + problem);
        } else {
            warnings++;
            progress.println(who + ": warning: " + problem);
        }
    }

    /** Ends the run: stores what is pending, wipes the progress line and returns the counts. */
    IngestSummary finish() {
        flush();
        workers.shutdown();
        progress.clear();
        return new IngestSummary(stored, updated, unchanged, duplicates, skipped, warnings, failed, events,
                aggregates, notExtracted, bytes,
                (System.nanoTime() - startNanos) / 1e9);
    }
}
