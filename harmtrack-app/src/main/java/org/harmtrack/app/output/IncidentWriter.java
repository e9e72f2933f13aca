package org.harmtrack.app.output;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.harmtrack.store.StoredIncident;

/**
 * Writes a list of stored incidents in one output format. Get one from {@link IncidentFormats}.
 * <p>Implementations are stateless and thread-safe.
 */
public interface IncidentWriter {
    /** The format's name, as {@code --format} takes it: "table", "jsonl", "csv", "geojson". */
    String name();

    /** The media type for HTTP responses, with the charset where the type has one. */
    String mediaType();

    /** Writes {@code incidents}, in order, to {@code out} (which is flushed but not closed). */
    void write(List<StoredIncident> incidents, Writer out) throws IOException;
}
