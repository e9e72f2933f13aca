package org.harmtrack.spark;

import java.io.Serializable;
import java.util.List;
import org.harmtrack.link.ReportedEvent;
import org.harmtrack.model.Document;
import org.harmtrack.model.Extraction;

/**
 * One document of an input file as an executor read it: the document, its extraction (empty when its language is
 * not read), its events as the linker sees them, and its place in the file; or a problem instead (a record or file
 * that could not be read, a document whose extraction failed), named as the single-machine ingest names it.
 *
 * @param input    the file it came from
 * @param sequence its position among the file's documents (a later version of an id wins, as in ingest)
 * @param document the document, or null for a problem that has none
 * @param problem  what went wrong, or null
 */
record ExtractedDocument(String input, int sequence, Document document, Extraction extraction, String language,
                         List<ReportedEvent> reports, String problem) implements Serializable {

    static ExtractedDocument problem(String input, int sequence, String problem) {
        return new ExtractedDocument(input, sequence, null, null, null, List.of(), problem);
    }

    /** Whether this is a document to keep (read, and extracted or passed over for its language). */
    boolean stored() {
        return document != null && extraction != null;
    }
}
