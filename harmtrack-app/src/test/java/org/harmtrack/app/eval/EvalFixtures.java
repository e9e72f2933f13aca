package org.harmtrack.app.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;

/** Gold and predictions written compactly in tests (single quotes for double), and a metric as "right/covered". */
final class EvalFixtures {
    private static final ObjectMapper JSON = new ObjectMapper();

    private EvalFixtures() {
    }

    static JsonNode json(String s) throws Exception {
        return JSON.readTree(s.replace('\'', '"'));
    }

    static String cell(Map<String, Tally.Metric> m, String name) {
        Tally.Metric x = m.get(name);
        return x == null ? "absent" : x.right() + "/" + x.covered();
    }
}
