package org.harmtrack.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.harmtrack.extract.IncidentExtractor;
import org.harmtrack.gazetteer.Gazetteer;
import org.harmtrack.gazetteer.GazetteerIndex;
import org.harmtrack.gazetteer.GazetteerLoader;
import org.harmtrack.gazetteer.GeoBias;
import org.harmtrack.gazetteer.Geoparser;
import org.harmtrack.model.Document;
import org.harmtrack.model.Extraction;

/**
 * The loaded resources of one process: the gazetteer is loaded on first use and then shared read-only.
 * The gazetteer is the user's imported one (a folder holding {@code gazetteer.idx}, written by
 * {@code harmtrack gazetteer import}) where there is one, else the default built into harmtrack.
 * One instance per process, owned by the top-level command. Thread-safe.
 */
public final class Resources {
    /** Where an imported gazetteer is looked for when no folder is given. */
    public static final Path DEFAULT_GAZETTEER_DIR = Path.of("harmtrack-data", "gazetteer");

    private Path gazetteerDir;
    private Gazetteer gazetteer;
    private UnaryOperator<Function<Document, Extraction>> extractionWrapper = UnaryOperator.identity();
    /**
     * The time one document may take to read: far beyond any real article (a 5 MB page reads in about 10 s on
     * one core), so only pathological text meets it; that document is then named and passed over.
     */
    public static final java.time.Duration DOCUMENT_BUDGET = java.time.Duration.ofSeconds(60);
    private java.time.Duration documentBudget = DOCUMENT_BUDGET;

    /** Use the imported gazetteer in {@code dir}; must be called before the gazetteer is first used. */
    public synchronized void useGazetteerDir(Path dir) {
        if (gazetteer != null && !dir.equals(gazetteerDir)) {
            throw new IllegalStateException("the gazetteer is already loaded");
        }
        gazetteerDir = dir;
    }

    /** The folder an imported gazetteer is read from and written to. */
    public synchronized Path gazetteerDir() {
        if (gazetteerDir != null) {
            return gazetteerDir;
        }
        String env = System.getenv("HARMTRACK_GAZETTEER");
        return env != null && !env.isBlank() ? Path.of(env) : DEFAULT_GAZETTEER_DIR;
    }

    public synchronized Gazetteer gazetteer() {
        if (gazetteer == null) {
            Path index = gazetteerDir().resolve(GazetteerLoader.INDEX_NAME);
            if (Files.isRegularFile(index)) {
                try (InputStream in = Files.newInputStream(index)) {
                    gazetteer = GazetteerIndex.read(in, index.toString());
                } catch (IOException e) {
                    throw new UncheckedIOException("could not read the imported gazetteer " + index + ": "
                            + e.getMessage(), e);
                }
            } else {
                gazetteer = GazetteerLoader.loadDefault();
            }
        }
        return gazetteer;
    }

    public IncidentExtractor extractor(GeoBias bias) {
        return new IncidentExtractor(new Geoparser(gazetteer()), bias);
    }

    /**
     * The extraction the stateless commands run: the extractor for {@code bias}, as the wrapper set by
     * {@link #wrapExtraction} (if any) passes it on.
     */
    public synchronized Function<Document, Extraction> extraction(GeoBias bias) {
        IncidentExtractor extractor = extractor(bias);
        java.time.Duration budget = documentBudget;
        return extractionWrapper.apply(doc -> extractor.extract(doc, budget));
    }

    /** The time one document may take to read ({@link #DOCUMENT_BUDGET} unless a test sets another). */
    synchronized java.time.Duration documentBudget() {
        return documentBudget;
    }

    /** Sets the time one document may take to read; tests use it to meet the budget with ordinary text. */
    public synchronized void useDocumentBudget(java.time.Duration budget) {
        documentBudget = java.util.Objects.requireNonNull(budget, "budget");
    }

    /** Wraps the extraction the commands run; tests use it to make extraction fail on documents they choose. */
    public synchronized void wrapExtraction(UnaryOperator<Function<Document, Extraction>> wrapper) {
        extractionWrapper = java.util.Objects.requireNonNull(wrapper, "wrapper");
    }
}
