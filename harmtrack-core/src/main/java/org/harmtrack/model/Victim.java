package org.harmtrack.model;

import java.util.Locale;
import java.util.Objects;

/**
 * A person, or a group of relatives, a report says was killed or injured, as it describes them: by name where it
 * names them ("Ahmed Khalil, 12"), else by relation ("five of his children"). Only what the report says is set;
 * the rest is null.
 *
 * @param name     the person's name as the report gives it, or null for a group told by relation
 * @param count    how many people the entry stands for: 1 for a named person, 5 for "five of his children"
 * @param age      the age in years the report gives, or null
 * @param ageGroup child or adult where the age or the words say so ("boy", "children", "12"), or null
 * @param gender   where the words say so ("his son", "Mrs", "girl"), or null
 * @param outcome  {@link Measure#KILLED} or {@link Measure#INJURED}
 * @param relation the tie the report gives ("son of Hassan Omar", "children of Abdel Rahman Ali"), or null
 * @param span     the words of the report that tell of the victim
 */
public record Victim(String name, int count, Integer age, AgeGroup ageGroup, Gender gender, Measure outcome,
                     String relation, Span span) implements java.io.Serializable {
    public Victim {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(span, "span");
        if (count < 1) {
            throw new IllegalArgumentException("count must be >= 1: " + count);
        }
        if (age != null && (age < 0 || age > 130)) {
            throw new IllegalArgumentException("age must be within 0..130: " + age);
        }
        if (name == null && relation == null) {
            throw new IllegalArgumentException("a victim needs a name or a relation");
        }
    }

    /**
     * Who the entry is, to tell the same victim in several sentences or reports: a name without case or extra
     * spaces; relatives told by relation, by relation, count and outcome.
     */
    public String identity() {
        if (name != null) {
            return "name:" + name.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        }
        return "kin:" + relation.toLowerCase(Locale.ROOT) + ":" + count + ":" + outcome;
    }

    /** Child or adult. */
    public enum AgeGroup {
        CHILD, ADULT;

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** As the report's words give it. */
    public enum Gender {
        MALE, FEMALE;

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
