package org.harmtrack.app.output;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.harmtrack.model.Place;
import org.harmtrack.store.StoredIncident;

/**
 * A GeoJSON (RFC 7946) FeatureCollection: a Point feature per incident with a place, coordinates in
 * [longitude, latitude] order, properties the {@link IncidentColumns} plus the event's {@code figures}. Incidents
 * without a place cannot be drawn: they are left out and counted in the top-level member {@code unplaced}.
 * Streams, so the collection is never held twice in memory.
 */
final class GeoJsonIncidentWriter implements IncidentWriter {
    private static final ObjectMapper JSON = new ObjectMapper(
            JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build());

    @Override
    public String name() {
        return "geojson";
    }

    @Override
    public String mediaType() {
        return "application/geo+json";
    }

    @Override
    public void write(List<StoredIncident> incidents, Writer out) throws IOException {
        collection(incidents, i -> i.event().place() == null ? null : feature(i), out);
    }

    /** Writes a FeatureCollection of the items' features; an item without one (null) is counted as unplaced. */
    static <T> void collection(List<T> items, java.util.function.Function<T, ObjectNode> feature, Writer out)
            throws IOException {
        long unplaced = 0;
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("type", "FeatureCollection");
            g.writeArrayFieldStart("features");
            for (T item : items) {
                ObjectNode f = feature.apply(item);
                if (f == null) {
                    unplaced++;
                } else {
                    JSON.writeTree(g, f);
                }
            }
            g.writeEndArray();
            g.writeNumberField("unplaced", unplaced);
            g.writeEndObject();
        }
        out.write('\n');
        out.flush();
    }

    private static ObjectNode feature(StoredIncident incident) {
        ObjectNode f = feature(incident.incidentId(), incident.event().place(), IncidentColumns.NAMES,
                IncidentColumns.values(incident));
        ((ObjectNode) f.get("properties")).set("figures", ExtractionJson.event(incident.event()).get("figures"));
        return f;
    }

    /**
     * A Point feature at the place, with the values as properties under their column names; a feature with a null
     * geometry (RFC 7946, 3.2) when {@code place} is null: known, but no point (a country-level incident).
     */
    static ObjectNode feature(String id, Place place, List<String> names, List<Object> values) {
        ObjectNode f = JSON.createObjectNode();
        f.put("type", "Feature");
        f.put("id", id);
        if (place == null) {
            f.putNull("geometry");
        } else {
            ObjectNode geometry = f.putObject("geometry");
            geometry.put("type", "Point");
            geometry.putArray("coordinates").add(place.lon()).add(place.lat());
        }
        ObjectNode properties = f.putObject("properties");
        for (int i = 0; i < values.size(); i++) {
            String name = names.get(i);
            Object v = values.get(i);
            if (v == null) {
                properties.putNull(name);
            } else if (v instanceof Long n) {
                properties.put(name, n);
            } else if (v instanceof Double x) {
                properties.put(name, x);
            } else {
                properties.put(name, v.toString());
            }
        }
        return f;
    }
}
