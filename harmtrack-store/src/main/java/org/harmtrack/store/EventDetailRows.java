package org.harmtrack.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.harmtrack.model.Assessment;
import org.harmtrack.model.Event;
import org.harmtrack.model.Measure;
import org.harmtrack.model.Target;
import org.harmtrack.model.TargetKind;
import org.harmtrack.model.Victim;
import org.harmtrack.model.Weapon;
import org.harmtrack.model.WeaponKind;

/**
 * The rows of an event's targets, weapons, victims and assessments (tables of version 7): batched inserts for the
 * writer, and the mapping of a row back to its item for the reader. One instance per write; not thread-safe.
 */
final class EventDetailRows implements AutoCloseable {
    private final PreparedStatement target;
    private final PreparedStatement weapon;
    private final PreparedStatement victim;
    private final PreparedStatement assessment;

    EventDetailRows(Connection connection) throws SQLException {
        target = connection.prepareStatement("INSERT INTO event_target (article_id, event_no, ord, category, text,"
                + " span_start, span_end) VALUES (?, ?, ?, ?, ?, ?, ?)");
        weapon = connection.prepareStatement("INSERT INTO event_weapon (article_id, event_no, ord, kind, text,"
                + " alleged_by, span_start, span_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        victim = connection.prepareStatement("INSERT INTO event_victim (article_id, event_no, ord, name, victim_count,"
                + " age, age_group, gender, outcome, relation, span_start, span_end)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        assessment = connection.prepareStatement("INSERT INTO event_assessment (article_id, event_no, ord,"
                + " belligerent, position, killed_min, killed_max, injured_min, injured_max, statement_date, source,"
                + " span_start, span_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    }

    /** Adds the event's detail rows to the batches. */
    void add(String articleId, int eventNo, Event e) throws SQLException {
        List<Target> targets = e.targets();
        for (int k = 0; k < targets.size(); k++) {
            Target t = targets.get(k);
            Params.of(target).string(articleId).integer(eventNo).integer(k).key(t.kind()).string(t.text())
                    .span(t.span());
            target.addBatch();
        }
        List<Weapon> weapons = e.weapons();
        for (int k = 0; k < weapons.size(); k++) {
            Weapon w = weapons.get(k);
            Params.of(weapon).string(articleId).integer(eventNo).integer(k).key(w.kind()).string(w.text())
                    .string(w.allegedBy()).span(w.span());
            weapon.addBatch();
        }
        List<Victim> victims = e.victims();
        for (int k = 0; k < victims.size(); k++) {
            Victim v = victims.get(k);
            Params.of(victim).string(articleId).integer(eventNo).integer(k).string(v.name()).integer(v.count())
                    .integer(v.age()).key(v.ageGroup()).key(v.gender()).key(v.outcome()).string(v.relation())
                    .span(v.span());
            victim.addBatch();
        }
        List<Assessment> assessments = e.assessments();
        for (int k = 0; k < assessments.size(); k++) {
            Assessment a = assessments.get(k);
            Params.of(assessment).string(articleId).integer(eventNo).integer(k).string(a.belligerent())
                    .key(a.position()).range(a.killed()).range(a.injured()).date(a.statementDate())
                    .string(a.source()).span(a.span());
            assessment.addBatch();
        }
    }

    void executeBatches() throws SQLException {
        target.executeBatch();
        weapon.executeBatch();
        victim.executeBatch();
        assessment.executeBatch();
    }

    static Target target(ResultSet rs) throws SQLException {
        return new Target(Rows.key(rs, "category", TargetKind.class), rs.getString("text"), Rows.span(rs, "span"));
    }

    static Weapon weapon(ResultSet rs) throws SQLException {
        return new Weapon(Rows.key(rs, "kind", WeaponKind.class), rs.getString("text"), Rows.span(rs, "span"),
                rs.getString("alleged_by"));
    }

    static Victim victim(ResultSet rs) throws SQLException {
        return new Victim(rs.getString("name"), rs.getInt("victim_count"), Rows.intOrNull(rs, "age"),
                Rows.key(rs, "age_group", Victim.AgeGroup.class), Rows.key(rs, "gender", Victim.Gender.class),
                Rows.key(rs, "outcome", Measure.class), rs.getString("relation"), Rows.span(rs, "span"));
    }

    static Assessment assessment(ResultSet rs) throws SQLException {
        return new Assessment(rs.getString("belligerent"), Rows.key(rs, "position", Assessment.Position.class),
                Rows.range(rs, "killed"), Rows.range(rs, "injured"), Rows.date(rs, "statement_date"),
                rs.getString("source"), Rows.span(rs, "span"));
    }

    @Override
    public void close() throws SQLException {
        try (target; weapon; victim; assessment) {
            // closes all four, the first failure thrown with the others suppressed
        }
    }
}
