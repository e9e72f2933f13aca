package org.harmtrack.app.output;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.harmtrack.store.StoredIncident;

/**
 * JSON Lines: one object a line with the incident's provenance (incident_id, document_id, title, url, publisher,
 * published) followed by the event's fields exactly as {@code harmtrack extract} writes them.
 */
final class JsonlIncidentWriter implements IncidentWriter {
    @Override
    public String name() {
        return "jsonl";
    }

    @Override
    public String mediaType() {
        return "application/x-ndjson";
    }

    @Override
    public void write(List<StoredIncident> incidents, Writer out) throws IOException {
        for (StoredIncident incident : incidents) {
            out.write(toNode(incident).toString());
            out.write('\n');
        }
        out.flush();
    }

    /** The incident as one JSON object. */
    static ObjectNode toNode(StoredIncident i) {
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        n.put("incident_id", i.incidentId());
        n.put("document_id", i.documentId());
        n.put("title", i.title());
        n.put("url", i.url());
        n.put("publisher", i.publisher());
        n.put("published", i.published() == null ? null : i.published().toString());
        n.setAll(ExtractionJson.event(i.event()));
        return n;
    }
}
