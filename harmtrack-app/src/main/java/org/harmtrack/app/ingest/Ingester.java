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
 * Documents are extracted (web pages parsed too) in parallel on every core as they are read (the extractor is
 * thread-safe), while a writer thread stores the batch before: extraction, the costly part, does not wait for the
 * store's single writer, and at most three batches are in memory. Documents already stored with the same text are
 * skipped before extraction, so a run that was interrupted can simply be run again.
 * Documents are stored in batches of {@value #BATCH} ({@link IncidentStore#ingestAll}: one transaction and one
 * linking pass per batch, several times faster than one each; the search index is committed every few seconds);
 * when a batch fails, its
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
    /** The documents of the batch being filled, each being extracted in the background. */
    private java.util.List<java.util.concurrent.Future<Prepared>> incoming = new java.util.ArrayList<>();
    /** The full batch before it, still being extracted; stored when the next one is full or at the end. */
    private java.util.List<java.util.concurrent.Future<Prepared>> waiting = java.util.List.of();
    /** Extracts a batch's documents in parallel, one thread per core. */
    private final java.util.concurrent.ForkJoinPool workers =
            new java.util.concurrent.ForkJoinPool(Runtime.getRuntime().availableProcessors());
    /** The store's single writer: stores one batch while the workers extract the next ones. */
    private final java.util.concurrent.ExecutorService writer = java.util.concurrent.Executors.newSingleThreadExecutor(
            r -> {
                Thread t = new Thread(r, "harmtrack-store-writer");
                t.setDaemon(true); // a run that fails midway must not be kept alive by it
                return t;
            });
    /** The batch being stored, if any. */
    private java.util.concurrent.Future<?> writing = java.util.concurrent.CompletableFuture.completedFuture(null);
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
    /**
     * Whether the store held articles when the run began; if not, none can be held unchanged but those of this
     * run, which the store itself finds unchanged, so no document is looked up before extraction.
     */
    private final boolean storeHadArticles;
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
        this.storeHadArticles = store.articleCount() > 0;
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

    /**
     * Reads the paths (and standard input for "-") into this ingester, web pages being parsed on the workers with
     * their extraction rather than on the reading thread ({@link DocumentReader#withPages}).
     */
    public void read(DocumentReader reader, java.util.List<java.nio.file.Path> paths, java.io.InputStream stdin) {
        reader.withPages(this::acceptPage).read(paths, stdin, this::accept);
    }

    /** Takes one document; it is extracted and stored with the next batch. */
    public void accept(Document doc) {
        take(doc.id(), () -> prepare(doc));
    }

    /** Takes one unparsed web page; it is parsed, extracted and stored with the next batch. */
    public void acceptPage(DocumentReader.Page page) {
        take(page.id(), () -> {
            InputProblem[] problem = {null};
            Document doc = page.read(p -> problem[0] = p);
            return doc == null ? new Prepared(null, null, null, false, null, problem[0]) : prepare(doc);
        });
    }

    private void take(String id, java.util.concurrent.Callable<Prepared> preparation) {
        if (pendingIds.contains(id)) {
            rotate(); // a later version of a document in this batch goes into the next one
        }
        incoming.add(workers.submit(preparation));
        pendingIds.add(id);
        if (incoming.size() >= BATCH) {
            rotate();
        }
    }

    /**
     * A document made ready in parallel: skipped as already stored, extracted, or failed (with why); or a page
     * that gave no document ({@code problem}).
     */
    private record Prepared(Document doc, Extraction extraction, String language, boolean held, String failure,
                            InputProblem problem) {
        Prepared(Document doc, Extraction extraction, String language, boolean held, String failure) {
            this(doc, extraction, language, held, failure, null);
        }
    }

    private Prepared prepare(Document doc) {
        try {
            if (storeHadArticles && store.holds(doc)) {
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

    /**
     * Closes the batch being filled: the one before it goes to the writer, once the writer is done with the one
     * before that, while the workers go on extracting (storing stays in order, one batch at a time). So at most
     * three batches are in memory, and the workers have the next batch's documents while a batch is stored.
     */
    private void rotate() {
        awaitWriting();
        java.util.List<java.util.concurrent.Future<Prepared>> full = waiting;
        writing = writer.submit(() -> store(full));
        waiting = incoming;
        incoming = new java.util.ArrayList<>();
        pendingIds.clear();
    }

    private void awaitWriting() {
        try {
            writing.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while storing", e);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException("storing failed: " + e.getCause(), e.getCause());
        }
    }

    /** Stores a batch once extracted, on the writer's thread. */
    private void store(java.util.List<java.util.concurrent.Future<Prepared>> batch) {
        if (batch.isEmpty()) {
            return;
        }
        java.util.List<Prepared> prepared = new java.util.ArrayList<>(batch.size());
        try {
            for (java.util.concurrent.Future<Prepared> p : batch) {
                prepared.add(p.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while extracting", e);
        } catch (java.util.concurrent.ExecutionException e) { // prepare() catches what extraction throws
            throw new IllegalStateException("extraction failed: " + e.getCause(), e.getCause());
        }
        storePrepared(prepared);
    }

    /**
     * Stores extracted documents: as one batch, or one at a time when the batch fails. Under this ingester's lock
     * (taken once the extractions are done, so reading never waits for them), as the counters are shared with
     * {@link #problem}.
     */
    private synchronized void storePrepared(java.util.List<Prepared> prepared) {
        for (Prepared p : prepared) {
            if (p.problem() != null) {
                problem(p.problem());
                continue;
            }
            bytes += Sizes.utf8Length(p.doc().text());
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
    public synchronized void problem(InputProblem problem) {
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
        rotate();
        rotate();
        awaitWriting();
        writer.shutdown();
        workers.shutdown();
        progress.clear();
        return new IngestSummary(stored, updated, unchanged, duplicates, skipped, warnings, failed, events,
                aggregates, notExtracted, bytes,
                (System.nanoTime() - startNanos) / 1e9);
    }
}
