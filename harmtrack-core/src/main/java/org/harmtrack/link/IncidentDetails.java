package org.harmtrack.link;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.harmtrack.model.Assessment;
import org.harmtrack.model.Target;
import org.harmtrack.model.TargetKind;
import org.harmtrack.model.Victim;
import org.harmtrack.model.Weapon;
import org.harmtrack.model.WeaponKind;

/**
 * What all the reports of one incident say was hit, with what, who the victims were and what each belligerent
 * said of it, gathered by documented rules:
 * <ul>
 *   <li>targets: each kind once, quoted from the first report naming it, with every report that names it;</li>
 *   <li>weapons: each kind once; told as fact by any report, it is no longer only alleged (the allegation's first
 *       wording is kept where no report tells it as fact), with every report that names it;</li>
 *   <li>victims: a named person once however many reports name them (names compared without case or extra
 *       spaces), the first report's entry kept and an age or gender only a later report gives filled in;
 *       relatives told by relation once per relation, count and outcome;</li>
 *   <li>assessments: grouped by belligerent (without case), the latest statement first (by the date the report
 *       gives the statement; undated ones after the dated, in report order), every earlier one kept.</li>
 * </ul>
 *
 * @param targets     what was hit
 * @param weapons     the means used or alleged
 * @param victims     the people the reports list
 * @param assessments each belligerent's statements
 */
public record IncidentDetails(List<Told<Target>> targets, List<Told<Weapon>> weapons, List<Told<Victim>> victims,
                              List<BelligerentView> assessments) {
    public IncidentDetails {
        targets = List.copyOf(targets);
        weapons = List.copyOf(weapons);
        victims = List.copyOf(victims);
        assessments = List.copyOf(assessments);
    }

    /**
     * An item with the report it is quoted from and every report that tells of it.
     *
     * @param item       the item as its first report gives it (offsets into that report)
     * @param documentId the report it is quoted from
     * @param reports    every report telling of it, in incident order
     */
    public record Told<T>(T item, String documentId, List<String> reports) {
        public Told {
            Objects.requireNonNull(item, "item");
            Objects.requireNonNull(documentId, "documentId");
            reports = List.copyOf(reports);
        }
    }

    /**
     * One belligerent's statements on the incident, the latest first.
     *
     * @param belligerent as the first statement names it
     * @param statements  its statements, each with its report
     */
    public record BelligerentView(String belligerent, List<Told<Assessment>> statements) {
        public BelligerentView {
            Objects.requireNonNull(belligerent, "belligerent");
            statements = List.copyOf(statements);
        }

        /** The latest statement. */
        public Assessment latest() {
            return statements.get(0).item();
        }
    }

    /** Nothing gathered. */
    public static final IncidentDetails NONE = new IncidentDetails(List.of(), List.of(), List.of(), List.of());

    /** Gathers an incident's details. */
    public static IncidentDetails of(Incident incident) {
        Map<TargetKind, Gathered<Target>> targets = new LinkedHashMap<>();
        Map<WeaponKind, Gathered<Weapon>> weapons = new LinkedHashMap<>();
        Map<String, Gathered<Victim>> victims = new LinkedHashMap<>();
        Map<String, List<Dated>> said = new LinkedHashMap<>();
        int order = 0;
        for (ReportedEvent r : incident.events()) {
            String id = r.documentId();
            for (Target t : r.event().targets()) {
                targets.computeIfAbsent(t.kind(), k -> new Gathered<>(t, id)).seen(id);
            }
            for (Weapon w : r.event().weapons()) {
                Gathered<Weapon> g = weapons.computeIfAbsent(w.kind(), k -> new Gathered<>(w, id));
                if (g.item.alleged() && !w.alleged()) {
                    g.item = w; // told as fact by this report
                    g.documentId = id;
                }
                g.seen(id);
            }
            for (Victim v : r.event().victims()) {
                Gathered<Victim> g = victims.computeIfAbsent(v.identity(), k -> new Gathered<>(v, id));
                g.item = filledIn(g.item, v);
                g.seen(id);
            }
            for (Assessment a : r.event().assessments()) {
                LocalDate day = a.statementDate();
                said.computeIfAbsent(a.belligerent().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                        .add(new Dated(a, id, day, order++));
            }
        }
        List<BelligerentView> views = new ArrayList<>();
        for (List<Dated> statements : said.values()) {
            String name = statements.get(0).assessment.belligerent();
            statements.sort(Comparator.comparing((Dated d) -> d.day, Comparator.nullsLast(Comparator.reverseOrder()))
                    .thenComparingInt(d -> d.order));
            views.add(new BelligerentView(name, statements.stream()
                    .map(d -> new Told<>(d.assessment, d.documentId, List.of(d.documentId))).toList()));
        }
        return new IncidentDetails(told(targets.values()), told(weapons.values()), told(victims.values()), views);
    }

    private static Victim filledIn(Victim first, Victim later) {
        if (first == later || first.age() != null && first.gender() != null && first.relation() != null) {
            return first;
        }
        return new Victim(first.name(), first.count(), first.age() != null ? first.age() : later.age(),
                first.ageGroup() != null ? first.ageGroup() : later.ageGroup(),
                first.gender() != null ? first.gender() : later.gender(), first.outcome(),
                first.relation() != null ? first.relation() : later.relation(), first.span());
    }

    private static <T> List<Told<T>> told(java.util.Collection<Gathered<T>> gathered) {
        return gathered.stream().map(g -> new Told<>(g.item, g.documentId, g.reports)).toList();
    }

    private static final class Gathered<T> {
        T item;
        String documentId;
        final List<String> reports = new ArrayList<>();

        Gathered(T item, String documentId) {
            this.item = item;
            this.documentId = documentId;
        }

        void seen(String id) {
            if (!reports.contains(id)) {
                reports.add(id);
            }
        }
    }

    private record Dated(Assessment assessment, String documentId, LocalDate day, int order) {
    }
}
