package org.harmtrack.spark;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.harmtrack.app.Resources;
import org.harmtrack.app.ingest.DocumentReader;
import org.harmtrack.app.ingest.GuardedExtraction;
import org.harmtrack.app.ingest.InputProblem;
import org.harmtrack.app.ingest.LanguageGuard;
import org.harmtrack.link.IncidentLinker;
import org.harmtrack.link.ReportedEvent;
import org.harmtrack.model.Document;
import org.harmtrack.model.Extraction;

/**
 * Reads one input file on an executor and extracts its documents, with the single-machine readers
 * ({@link DocumentReader#readStream}: JSON Lines, HTML, WARC, text) and the same checks as ingest: a document in
 * a language harmtrack does not read is kept without extraction; a record that cannot be read, or a document whose
 * extraction fails or runs over its time, becomes a problem naming it, and the file goes on.
 */
final class FileDocuments {
    private FileDocuments() {
    }

    /**
     * @param file the file's address (its ending tells its kind)
     * @param id   the id a page or text file's document gets (its path below the input folder)
     * @param in   the file's bytes; closed by the caller
     */
    static List<ExtractedDocument> read(String file, String id, InputStream in) {
        List<ExtractedDocument> out = new ArrayList<>();
        int[] sequence = {0};
        DocumentReader reader = new DocumentReader(p -> out.add(ExtractedDocument.problem(file, sequence[0]++,
                (p.skipped() ? "skipped " : "warning: ") + p)));
        try {
            reader.readStream(file, id, in, doc -> out.add(extract(file, sequence[0]++, doc)));
        } catch (IOException | RuntimeException e) {
            out.add(ExtractedDocument.problem(file, sequence[0]++, "skipped " + file + ": could not read: " + e));
        }
        return out;
    }

    /**
     * The document's events as the linker sees them, without the report's word counts: those weigh how alike two
     * undated reports read, and the job links no undated report (they would be compared with every other one).
     */
    private static List<ReportedEvent> linkable(Document doc, Extraction extraction) {
        return IncidentLinker.reportedEvents(doc, extraction).stream().map(r -> new ReportedEvent(r.documentId(),
                r.eventIndex(), r.event(), r.details(), r.names(), r.placeNames(), r.ordinal(), r.publisher(),
                r.sketch())).toList();
    }

    static ExtractedDocument extract(String file, int sequence, Document doc) {
        LanguageGuard languages = LanguageGuard.shared();
        String language = languages.language(doc.text());
        if (!languages.supported(language)) {
            return new ExtractedDocument(file, sequence, doc, new Extraction(doc.id(), List.of(), List.of()),
                    language, List.of(), null);
        }
        // the single-machine guard: a failure or an overrun is a problem naming the document, not a failed task
        InputProblem[] problem = {null};
        Extraction extraction = new GuardedExtraction(d -> ExecutorResources.extractor().extract(d,
                Resources.DOCUMENT_BUDGET), p -> problem[0] = p).extract(doc);
        if (extraction == null) {
            return ExtractedDocument.problem(file, sequence, "skipped " + problem[0]);
        }
        return new ExtractedDocument(file, sequence, doc, extraction, language, linkable(doc, extraction), null);
    }
}
