package org.harmtrack.app.ingest;

import org.harmtrack.app.cli.ExitCodes;
import org.harmtrack.app.output.Sizes;

/**
 * What one ingest run did.
 *
 * @param stored     new articles stored
 * @param updated    articles stored before with another text, now replaced
 * @param unchanged  articles already stored with the same text (nothing written)
 * @param duplicates new ids whose text is exactly that of another stored article (nothing written)
 * @param skipped    inputs left out because they could not be read as documents
 * @param warnings   inputs read but with a bad value ignored (an unreadable publication date)
 * @param failed     documents the store (or the extractor) failed on, each reported by id
 * @param events     incidents written (of stored and updated articles)
 * @param aggregates campaign aggregates written (of stored and updated articles)
 * @param notExtracted articles stored but not extracted, being in a language harmtrack does not read (each reported)
 * @param bytes      UTF-8 bytes of text of the documents read
 * @param seconds    how long the run took
 */
public record IngestSummary(long stored, long updated, long unchanged, long duplicates, long skipped,
                            long warnings, long failed, long events, long aggregates, long notExtracted, long bytes,
                            double seconds) {

    /** Documents read, whatever became of them. */
    public long documents() {
        return stored + updated + unchanged + duplicates + failed;
    }

    /** The exit code the run deserves: failed documents outweigh skipped inputs. */
    public int exitCode() {
        if (failed > 0) {
            return ExitCodes.FAILED;
        }
        return skipped + warnings > 0 ? ExitCodes.SOME_INPUT_SKIPPED : ExitCodes.OK;
    }

    /** The one-line summary: "35 documents: 30 stored, 2 updated, 3 unchanged, 1 skipped; 48 events, ...". */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder();
        s.append(documents()).append(documents() == 1 ? " document: " : " documents: ")
                .append(stored).append(" stored, ").append(updated).append(" updated, ")
                .append(unchanged).append(" unchanged, ").append(skipped).append(" skipped");
        if (duplicates > 0) {
            s.append(", ").append(duplicates).append(duplicates == 1 ? " duplicate" : " duplicates")
                    .append(" of stored text");
        }
        if (failed > 0) {
            s.append(", ").append(failed).append(" failed");
        }
        if (notExtracted > 0) {
            s.append(", ").append(notExtracted).append(" not extracted (language)");
        }
        s.append("; ").append(events).append(events == 1 ? " event and " : " events and ")
                .append(aggregates).append(aggregates == 1 ? " aggregate" : " aggregates").append(" written")
                .append(Sizes.format(" (%.2f MB in %.1f s)", Sizes.megabytes(bytes), seconds));
        return s.toString();
    }
}
