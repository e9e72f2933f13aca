package org.harmtrack.app.output;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.harmtrack.model.Assessment;
import org.harmtrack.model.Range;
import org.harmtrack.model.Target;
import org.harmtrack.model.Victim;
import org.harmtrack.model.Weapon;

/**
 * The JSON of what was hit, with what, who the victims were and each belligerent's assessment, as the extract
 * contract and the API write them (one shape in both, so a client reads them the same way).
 * <p>Thread-safe: stateless.
 */
public final class EventDetailsJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private EventDetailsJson() {
    }

    /** {@code {"category", "text", "start", "end"}}. */
    public static ObjectNode target(Target t) {
        return NODES.objectNode().put("category", t.kind().key()).put("text", t.text())
                .put("start", t.span().start()).put("end", t.span().end());
    }

    /** {@code {"kind", "text", "alleged", "alleged_by", "start", "end"}}; alleged_by null when told as fact. */
    public static ObjectNode weapon(Weapon w) {
        ObjectNode n = NODES.objectNode().put("kind", w.kind().key()).put("text", w.text()).put("alleged", w.alleged());
        n.put("alleged_by", w.allegedBy());
        return n.put("start", w.span().start()).put("end", w.span().end());
    }

    /** {@code {"belligerent", "position", "killed", "injured", "statement_date", "source", "start", "end"}}. */
    public static ObjectNode assessment(Assessment a) {
        ObjectNode n = NODES.objectNode().put("belligerent", a.belligerent()).put("position", a.position().key());
        n.set("killed", range(a.killed()));
        n.set("injured", range(a.injured()));
        n.put("statement_date", a.statementDate() == null ? null : a.statementDate().toString());
        return n.put("source", a.source()).put("start", a.span().start()).put("end", a.span().end());
    }

    /** {@code {"name", "count", "age", "age_group", "gender", "outcome", "relation", "start", "end"}}. */
    public static ObjectNode victim(Victim v) {
        ObjectNode n = NODES.objectNode().put("name", v.name()).put("count", v.count());
        n.put("age", v.age());
        n.put("age_group", v.ageGroup() == null ? null : v.ageGroup().key());
        n.put("gender", v.gender() == null ? null : v.gender().key());
        n.put("outcome", v.outcome().key()).put("relation", v.relation());
        return n.put("start", v.span().start()).put("end", v.span().end());
    }

    /** {@code {"min", "max"}}, or null for an unknown count. */
    static ObjectNode range(Range r) {
        if (r == null) {
            return null;
        }
        return NODES.objectNode().put("min", r.min()).put("max", r.max());
    }
}
