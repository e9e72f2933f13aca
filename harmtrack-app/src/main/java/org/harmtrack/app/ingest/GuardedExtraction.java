package org.harmtrack.app.ingest;

import java.util.function.Consumer;
import java.util.function.Function;
import org.harmtrack.model.Document;
import org.harmtrack.model.Extraction;

/**
 * Runs the extractor on one document so that a failure inside it costs that document only: the exception is told as
 * an {@link InputProblem} naming the document, and the caller goes on with the next one. The extractor is meant never
 * to throw; this is the guard for when it does, so one document never stops a batch.
 * <p>Thread-safe when the problem sink is.
 */
public final class GuardedExtraction {
    private final Function<Document, Extraction> extractor;
    private final Consumer<InputProblem> problems;

    public GuardedExtraction(Function<Document, Extraction> extractor, Consumer<InputProblem> problems) {
        this.extractor = extractor;
        this.problems = problems;
    }

    /** The document's extraction, or null when the extractor failed on it (the failure is reported). */
    public Extraction extract(Document doc) {
        try {
            return extractor.apply(doc);
        } catch (org.harmtrack.extract.ExtractionOverBudget e) {
            problems.accept(new InputProblem("document " + doc.id(), "skipped: its reading " + e.reason()));
            return null;
        } catch (RuntimeException | StackOverflowError e) {
            problems.accept(new InputProblem("document " + doc.id(), "extraction failed: " + e));
            return null;
        }
    }
}
