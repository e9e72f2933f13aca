package org.harmtrack.link;

import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.harmtrack.model.Event;

/**
 * One event as one report tells it, with the words the linker compares beyond the event's fields.
 *
 * @param documentId the report's id
 * @param eventIndex the event's position among the report's events
 * @param event      the extracted event
 * @param details    the things struck and the groups named ("house", "madrassa", "haqqani"), lower case
 * @param names      the proper names of the event's sentences, as {@link DetailWords#names} skeletons
 * @param placeNames those of the names a place word leads to ("in Spalaga"), as skeletons
 * @param ordinal    which strike of the day the report says this was (1 for "the first"), 0 if it does not say
 * @param publisher  who published the report, or null when unknown
 * @param sketch     a {@link TextSketch} of the event's sentences, to recognise copies of one wire story
 * @param words      the report's words and their counts, to weigh how alike two undated reports read (empty when
 *                   not kept, as for events read back from a store, which links no undated event)
 */
public record ReportedEvent(String documentId, int eventIndex, Event event, Set<String> details, Set<String> names,
                            Set<String> placeNames, int ordinal, String publisher, Set<Integer> sketch,
                            Map<String, Integer> words) implements java.io.Serializable {
    public ReportedEvent {
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(event, "event");
        details = Set.copyOf(details);
        names = Set.copyOf(names);
        placeNames = Set.copyOf(placeNames);
        sketch = Set.copyOf(sketch);
        words = Map.copyOf(words);
    }

    /** A report whose words are not kept. */
    public ReportedEvent(String documentId, int eventIndex, Event event, Set<String> details, Set<String> names,
                         Set<String> placeNames, int ordinal, String publisher, Set<Integer> sketch) {
        this(documentId, eventIndex, event, details, names, placeNames, ordinal, publisher, sketch, Map.of());
    }

    /** A report with no publisher and no text sketch (so it is never taken for a copy of another). */
    public ReportedEvent(String documentId, int eventIndex, Event event, Set<String> details, Set<String> names,
                         Set<String> placeNames, int ordinal) {
        this(documentId, eventIndex, event, details, names, placeNames, ordinal, null, Set.of());
    }

    /** A stable key for ordering: the report's id, then the event's position. */
    public String key() {
        return documentId + "#" + eventIndex;
    }
}
