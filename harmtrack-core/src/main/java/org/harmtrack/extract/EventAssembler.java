package org.harmtrack.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.harmtrack.gazetteer.Gazetteer;
import org.harmtrack.gazetteer.GeoEntry;
import org.harmtrack.gazetteer.GeoLevel;
import org.harmtrack.gazetteer.Geoparser;
import org.harmtrack.gazetteer.PlaceMention;
import org.harmtrack.model.Aggregate;
import org.harmtrack.model.DateGranularity;
import org.harmtrack.model.Document;
import org.harmtrack.model.Event;
import org.harmtrack.model.EventDate;
import org.harmtrack.model.EventType;
import org.harmtrack.model.Extraction;
import org.harmtrack.model.Figure;
import org.harmtrack.model.Measure;
import org.harmtrack.model.Perpetrator;
import org.harmtrack.model.Place;
import org.harmtrack.model.PlacePrecision;
import org.harmtrack.model.Range;
import org.harmtrack.model.Span;
import org.harmtrack.model.Target;
import org.harmtrack.model.TargetKind;
import org.harmtrack.model.Victim;
import org.harmtrack.model.VictimCategory;
import org.harmtrack.model.Weapon;
import org.harmtrack.model.WeaponKind;
import org.harmtrack.time.DateMention;

/**
 * Groups a document's sentence facts into incidents and campaign aggregates.
 * <ul>
 *   <li>A sentence with casualty figures or words of attack is an incident sentence. It continues the current
 *       incident unless it gives figures for another village or another day than the current incident's figures.
 *       Incidents about the same village and day are merged again afterwards (a headline and a later paragraph
 *       telling the same strike are one event).</li>
 *   <li>Figures in sentences about a campaign or a period, counts of strikes, bombs and sorties, and tolls of
 *       1,000 or more are aggregates, never events.</li>
 *   <li>An incident's place is the most specific place named in its sentences; a village the gazetteer does not
 *       know ("the village of X near Y") falls back to the named larger place with precision "near". Its date is
 *       the first date of its sentences, else the latest earlier date in the document, else the publication date.</li>
 * </ul>
 * Thread-safe: stateless.
 */
final class EventAssembler {
    private static final long AGGREGATE_THRESHOLD = 1000;
    private static final int LONG_DOCUMENT = 1500;
    private static final Pattern UNKNOWN_PLACE = Pattern.compile(
            "(?:\\b(?:village|town|hamlet|neighbou?rhood|area|camp|farms?|locality|settlement)\\s+of\\s+"
            + "(?<a>(?:(?:al|Al|el|El|ash|Ash|as|ad|ar|az)[- ])?\\p{Lu}[\\p{L}'’-]+(?:\\s+(?:al-)?\\p{Lu}[\\p{L}'’-]+)?))"
            + "|(?<b>(?:(?:al|Al|el|El|ash|Ash|as|ad|ar|az)[- ])?\\p{Lu}[\\p{L}'’-]+)\\s+(?:village|hamlet)\\b"
            // "Tal Shuwaikh, a village near al-Hasakah": a name set off by a describing apposition
            + "|(?<c>(?:(?:al|Al|el|El|ash|Ash|as|ad|ar|az)[- ])?\\p{Lu}[\\p{L}'’-]+(?:\\s+(?:al-)?\\p{Lu}[\\p{L}'’-]+)?),"
            + "\\s+an?\\s+(?:(?:small|remote|tiny|farming)\\s+)?(?:village|hamlet|settlement)\\b");

    private final TollCounter tolls = new TollCounter();
    private final AllocationReader allocations = new AllocationReader();
    /** The longest first line read as a headline (characters). */
    private static final int HEADLINE_LENGTH = 200;

    Extraction assemble(Document doc, List<SentenceFacts> facts, Geoparser.Geoparse geo, Gazetteer gazetteer) {
        List<IncidentDraft> drafts = new ArrayList<>();
        List<Aggregate> aggregates = new ArrayList<>();
        IncidentDraft current = null;
        for (SentenceFacts f : facts) {
            List<FigureMention> incidentFigures = new ArrayList<>();
            for (FigureMention m : f.figures()) {
                if (!m.isCasualty() || f.campaign() || m.count().min() >= AGGREGATE_THRESHOLD) {
                    if (!m.isCasualty() && m.count().max() < 2) {
                        continue; // "a strike", "one raid": a detail of an incident, not a campaign count
                    }
                    if (m.isCasualty() || f.campaign() || m.count().min() >= 50) {
                        aggregates.add(aggregate(m, f, geo));
                    }
                } else {
                    incidentFigures.add(m);
                }
            }
            boolean countsAggregated = incidentFigures.isEmpty() && f.figures().stream().anyMatch(m -> !m.isCasualty()
                    && m.count().max() >= 2);
            // a sentence of campaign counts only ("dropped more than 3,700 bombs on Mosul") tells of no incident
            boolean incident = !incidentFigures.isEmpty() || f.type() != null && !f.campaign() && !countsAggregated;
            if (!incident) {
                if (current != null) {
                    current.context.add(f);
                }
                continue;
            }
            if (current == null || IncidentBoundaries.startsNew(current, f, incidentFigures, doc.text(), geo.countries())) {
                current = new IncidentDraft();
                drafts.add(current);
            }
            current.add(f, incidentFigures);
        }
        List<IncidentDraft> merged = IncidentBoundaries.mergeSameIncident(drafts);
        boolean longDocument = doc.text().length() > LONG_DOCUMENT;
        List<Event> events = new ArrayList<>();
        for (IncidentDraft d : merged) {
            boolean hasFigures = !d.figures.isEmpty();
            if (longDocument && d.type() == null && d.figures.stream().allMatch(FigureMention::vague)) {
                continue; // "where many civilians have died", said of no one strike in a long piece: commentary
            }
            if (!hasFigures && (longDocument || merged.size() > 1) && !IncidentBoundaries.reportsStrike(d, doc.text())) {
                continue; // words of attack without a toll, in a long piece: commentary more often than an incident
            }
            Event event = toEvent(d, merged.size() == 1, doc, facts, geo, gazetteer);
            if (merged.size() == 1) {
                event = withAllocatedShare(event, doc.text());
            }
            events.add(event);
        }
        return new Extraction(doc.id(), events, aggregates);
    }

    /** The event's share of the toll where the note says how it is shared among places ("7 each"). */
    private Event withAllocatedShare(Event e, String text) {
        Range share = allocations.share(text, e.killed());
        if (share == null) {
            return e;
        }
        return new Event(e.type(), e.date(), e.place(), e.perpetrators(), share, e.injured(), e.civiliansKilled(),
                e.childrenKilled(), e.womenKilled(), e.combatantsKilled(), e.figures(), e.sources(), e.evidence(),
                e.confidence(), e.targets(), e.weapons(), e.assessments(), e.victims());
    }

    private Event toEvent(IncidentDraft d, boolean onlyEvent, Document doc, List<SentenceFacts> all,
                          Geoparser.Geoparse geo, Gazetteer gazetteer) {
        List<TollCounter.Told> told = new ArrayList<>();
        Set<String> sources = new LinkedHashSet<>();
        // forces whose own defence ministry gives the figures: a strike no one else is named for is theirs
        List<Perpetrator> ownForces = new ArrayList<>();
        AssessmentReader assessments = new AssessmentReader();
        d.context.forEach(assessments::sentence); // "the coalition said the allegation was not credible"
        for (int i = 0; i < d.sentences.size(); i++) {
            SentenceFacts f = d.sentences.get(i);
            assessments.sentence(f);
            for (FigureMention m : d.figuresBySentence.get(i)) {
                SourceMention source = resolved(nearestSource(f, m.span()), f, all);
                Figure.Stance stance = source == null ? Figure.Stance.REPORTED : source.stance();
                if (source != null && source.belligerent() && m.count().max() == 0) {
                    stance = Figure.Stance.DENIED; // a party to the fighting saying nobody was harmed
                } else if (source != null && source.belligerent() && stance == Figure.Stance.REPORTED
                        && m.category() == VictimCategory.FIGHTERS) {
                    stance = Figure.Stance.CLAIMED; // a party's count of enemy fighters it killed: its claim
                }
                Figure figure = new Figure(m.measure(), m.category(), m.count(), m.approximate(),
                        source == null ? null : source.name(), stance, m.span());
                told.add(new TollCounter.Told(figure, f.sentence().index(), m.subset(), m.additive(), m.vague(), m.named()));
                assessments.figure(source, figure, f);
                if (source != null) {
                    sources.add(source.name());
                    if (source.forces() != null && stance != Figure.Stance.DENIED) {
                        ownForces.add(source.forces());
                    }
                }
            }
            // who speaks in a sentence without figures is a source of the strike only if the sentence tells of
            // that kind of strike: "Kerry said the government's attacks had stalled the talks" is no source of a
            // helicopter's downing
            boolean tellsOfIt = !d.figuresBySentence.get(i).isEmpty() || f.type() != null
                    && !EventTypes.isGeneric(f.type());
            if (tellsOfIt) {
                f.sources().stream().filter(s -> !s.anaphor()).forEach(s -> sources.add(s.name()));
            }
        }
        Range killed = tolls.total(told, Measure.KILLED);
        Range injured = tolls.total(told, Measure.INJURED);
        Range civilians = tolls.category(told, Measure.KILLED, VictimCategory.CIVILIANS);
        Range children = tolls.category(told, Measure.KILLED, VictimCategory.CHILDREN);
        Range women = tolls.category(told, Measure.KILLED, VictimCategory.WOMEN);
        Range fighters = tolls.category(told, Measure.KILLED, VictimCategory.FIGHTERS);
        if (killed != null && civilians != null && civilians.max() > killed.max()) {
            boolean breakdownOnly = told.stream().filter(t -> t.figure().category() == VictimCategory.CIVILIANS
                    && t.figure().measure() == Measure.KILLED).allMatch(TollCounter.Told::subset);
            if (breakdownOnly) {
                // "about 40 dead, dozens of civilians among them": the part is no more than the whole
                civilians = new Range(Math.min(civilians.min(), killed.max()), killed.max());
                told = capped(told, killed.max());
            } else {
                killed = killed.hull(civilians);
            }
        }

        EventType type = null;
        Map<String, Perpetrator> perpetrators = new LinkedHashMap<>();
        List<Span> evidence = new ArrayList<>();
        // the attackers named where the toll is told come first, in their order; the attackers of the
        // passage's other sentences only when those name none ("the offensive launched by Nusra in Aleppo" is not
        // the air attack at Dayr al Zahr that "killed between 62 and 80 soldiers")
        for (int i = 0; i < d.sentences.size(); i++) {
            List<FigureMention> figures = d.figuresBySentence.get(i);
            d.sentences.get(i).actors().stream().filter(a -> a.perpetrating() && !figures.isEmpty())
                    .forEach(a -> perpetrators.putIfAbsent(a.actor().name(), a.actor()));
        }
        boolean fromToll = !perpetrators.isEmpty();
        for (SentenceFacts f : d.sentences) {
            type = EventTypes.moreSpecific(type, f.type());
            for (ActorMention a : f.actors()) {
                if (a.perpetrating() && !fromToll) {
                    perpetrators.putIfAbsent(a.actor().name(), a.actor());
                }
            }
            evidence.add(f.sentence().span());
        }
        // a force the incident's Arabic sentences name as the owner of the aircraft that struck comes before the
        // forces named beside it elsewhere ("قوات النظام" in the toll, "الطائرات الحربية الروسية" in the next line)
        String striker = d.sentences.stream().flatMap(f -> f.actors().stream()
                        .filter(a -> a.perpetrating() && perpetrators.containsKey(a.actor().name())
                                && ActorReader.struckByAir(doc.text(), f.sentence().start(), a)))
                .map(a -> a.actor().name()).findFirst().orElse(null);
        if (striker != null) {
            Map<String, Perpetrator> reordered = new LinkedHashMap<>();
            reordered.put(striker, perpetrators.get(striker));
            reordered.putAll(perpetrators);
            perpetrators.clear();
            perpetrators.putAll(reordered);
        }
        if (perpetrators.isEmpty()) {
            ownForces.forEach(p -> perpetrators.putIfAbsent(p.name(), p));
        }
        if (perpetrators.isEmpty()) {
            headlineAttackers(all, doc.text()).forEach(p -> perpetrators.putIfAbsent(p.name(), p));
        }
        Place place = place(d, onlyEvent, all, geo, gazetteer, doc.text());
        EventDate date = date(d, onlyEvent, doc, all);
        double confidence = 0.3 + (told.isEmpty() ? 0 : 0.3) + (place != null ? 0.15 : 0) + (date != null ? 0.1 : 0)
                + (sources.isEmpty() ? 0 : 0.1) + (perpetrators.isEmpty() ? 0 : 0.05);
        // what was hit and with what, each kind once, as the incident's sentences first name it
        Map<TargetKind, Target> targets = new java.util.EnumMap<>(TargetKind.class);
        Map<WeaponKind, Weapon> weapons = new java.util.EnumMap<>(WeaponKind.class);
        Map<String, Victim> victims = new LinkedHashMap<>();
        for (SentenceFacts f : d.sentences) {
            f.hits().targets().forEach(t -> targets.putIfAbsent(t.kind(), t));
            f.hits().weapons().forEach(w -> weapons.merge(w.kind(), w, (first, later) ->
                    first.alleged() && !later.alleged() ? later : first)); // told as fact once: not only alleged
            f.hits().victims().forEach(v -> victims.putIfAbsent(v.identity(), v));
        }
        Set<Integer> toldAt = new java.util.HashSet<>();
        d.sentences.forEach(f -> toldAt.add(f.sentence().index()));
        for (SentenceFacts f : d.context) {
            int at = f.sentence().index();
            if (toldAt.contains(at - 1) || toldAt.contains(at - 2)) {
                // "Among the dead were ...": the names listed right after a strike's telling are its victims
                f.hits().victims().forEach(v -> victims.putIfAbsent(v.identity(), v));
            }
        }
        if (targets.isEmpty()) {
            // "an airstrike killed some 70 people ... there were far more explosives in the IED factory than was
            // known": the facility the incident's lines, or the next ones, speak of by its article is what was hit
            d.sentences.forEach(f -> HitReader.named(doc.text(), f.sentence())
                    .forEach(t -> targets.putIfAbsent(t.kind(), t)));
            for (SentenceFacts f : d.context) {
                int at = f.sentence().index();
                if (toldAt.contains(at - 1) || toldAt.contains(at - 2)) {
                    HitReader.named(doc.text(), f.sentence()).forEach(t -> targets.putIfAbsent(t.kind(), t));
                }
            }
        }
        return new Event(type == null ? EventType.OTHER : type, date, place, List.copyOf(perpetrators.values()),
                killed, injured, civilians, children, women, fighters,
                told.stream().map(TollCounter.Told::figure).toList(), List.copyOf(sources), evidence,
                Math.min(1.0, confidence), List.copyOf(targets.values()), List.copyOf(weapons.values()),
                assessments.assessments(perpetrators.keySet()), List.copyOf(victims.values()));
    }

    /**
     * The attackers a headline names ("Turkish forces shell villages near Tel Tamr"): a strike whose own sentences
     * name none ("the same village was bombed again") is read under its headline, as a reader does. Only a first
     * line of its own, short, telling of an attack, and naming one attacker.
     */
    private static List<Perpetrator> headlineAttackers(List<SentenceFacts> all, String text) {
        if (all.isEmpty()) {
            return List.of();
        }
        SentenceFacts first = all.get(0);
        Span span = first.sentence().span();
        boolean ownLine = text.substring(0, span.start()).isBlank()
                && (span.end() >= text.length() || text.charAt(span.end()) == '\n'
                || text.substring(span.end(), Math.min(text.length(), span.end() + 3)).startsWith("  "));
        if (!ownLine || span.length() > HEADLINE_LENGTH || first.type() == null) {
            return List.of();
        }
        List<Perpetrator> attackers = first.actors().stream().filter(ActorMention::perpetrating)
                .map(ActorMention::actor).toList();
        return attackers.stream().map(Perpetrator::name).distinct().count() == 1 ? List.of(attackers.get(0)) : List.of();
    }

    /** The civilian breakdowns among {@code told} read within the whole they break down (at most {@code whole}). */
    private static List<TollCounter.Told> capped(List<TollCounter.Told> told, long whole) {
        List<TollCounter.Told> out = new ArrayList<>(told.size());
        for (TollCounter.Told t : told) {
            Figure f = t.figure();
            if (t.subset() && f.category() == VictimCategory.CIVILIANS && f.measure() == Measure.KILLED
                    && f.count().max() > whole) {
                f = new Figure(f.measure(), f.category(), new Range(Math.min(f.count().min(), whole), whole),
                        f.approximate(), f.attributedTo(), f.stance(), f.span());
                t = new TollCounter.Told(f, t.sentence(), t.subset(), t.additive(), t.vague(), t.named());
            }
            out.add(t);
        }
        return out;
    }

    /** A pronoun source ("He added") as the source named in the two sentences before; null when none is. */
    private static SourceMention resolved(SourceMention source, SentenceFacts f, List<SentenceFacts> all) {
        if (source == null || !source.anaphor()) {
            return source;
        }
        for (int i = f.sentence().index() - 1; i >= Math.max(0, f.sentence().index() - 2); i--) {
            List<SourceMention> before = all.get(i).sources();
            for (int k = before.size() - 1; k >= 0; k--) {
                if (!before.get(k).anaphor()) {
                    return source.as(before.get(k));
                }
            }
        }
        return null;
    }

    private static SourceMention nearestSource(SentenceFacts f, Span span) {
        SourceMention best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (SourceMention s : f.sources()) {
            int distance = s.span().start() >= span.end() ? s.span().start() - span.end()
                    : Math.max(0, span.start() - s.span().end());
            if (distance < bestDistance) {
                best = s;
                bestDistance = distance;
            }
        }
        return best;
    }

    private static Place place(IncidentDraft d, boolean onlyEvent, List<SentenceFacts> all, Geoparser.Geoparse geo,
                               Gazetteer gazetteer, String text) {
        List<PlaceMention> candidates = new ArrayList<>();
        d.sentences.forEach(f -> candidates.addAll(f.places()));
        PlaceMention inIncident = PlaceRanking.best(candidates, null);
        if (inIncident == null || inIncident.entry().level() == GeoLevel.COUNTRY) {
            // "...kills six in Pakistan. Wana, South Waziristan.": a finer place in the lines after the incident
            d.context.forEach(f -> candidates.addAll(f.places()));
        }
        if (PlaceRanking.best(candidates, null) == null && onlyEvent) {
            candidates.addAll(geo.mentions());
        }
        if (PlaceRanking.best(candidates, null) == null && !d.sentences.isEmpty()) {
            int first = d.sentences.get(0).sentence().index();
            for (int i = first - 1; i >= 0 && PlaceRanking.best(candidates, null) == null; i--) {
                candidates.addAll(all.get(i).places());
            }
        }
        String topCountry = geo.countries().isEmpty() ? null : geo.countries().get(0);
        List<PlaceMention> inTopCountry = candidates.stream()
                .filter(m -> m.isResolved() && m.entry().country().equals(topCountry)).toList();
        PlaceMention inCountry = PlaceRanking.best(inTopCountry, text, d.figures);
        PlaceMention anywhere = PlaceRanking.best(candidates, text, d.figures);
        if (inCountry != null && inCountry.entry().level() == GeoLevel.COUNTRY && anywhere != null
                && anywhere.entry().level() == GeoLevel.LOCALITY) {
            // the document's country named in passing ("to go to war in Syria") is no place for a strike its
            // sentences place in a town abroad ("UK air strikes on Mosul"); a province abroad named in passing
            // ("fighters from Diyala") is no such town
            inTopCountry = List.of();
        }
        PlaceMention chosen = PlaceRanking.best(inTopCountry.isEmpty() ? candidates : inTopCountry, text, d.figures);
        if (chosen == null) {
            return null;
        }
        String unknown = unknownPlace(d, geo);
        if (unknown != null && chosen.entry().level() == GeoLevel.LOCALITY) {
            // "Tal Hamam village of Azaz town, in the northern countryside of Aleppo": a village the gazetteer lacks is
            // named beside the small town it belongs to (in its sentence), not the city whose countryside it is in
            Span named = d.sentences.stream().map(f -> f.sentence()).filter(x -> x.text().contains(unknown))
                    .map(org.harmtrack.text.Sentence::span).findFirst().orElse(null);
            for (PlaceMention m : inTopCountry.isEmpty() ? candidates : inTopCountry) {
                if (named != null && named.contains(m.span()) && m.isResolved()
                        && m.entry().level() == GeoLevel.LOCALITY && !m.reference()
                        && !PlaceRanking.isTravelEnd(m, text) && m.entry().population() < chosen.entry().population()) {
                    chosen = m;
                }
            }
        }
        GeoEntry e = chosen.entry();
        PlacePrecision precision = e.level().precision();
        String mentionText = chosen.text();
        Span span = chosen.span();
        if (unknown != null && e.level() == GeoLevel.LOCALITY) {
            precision = PlacePrecision.NEAR;
            mentionText = unknown;
        }
        String admin2 = gazetteer.admin2Name(e.admin2Key());
        if (admin2 == null && e.level() == GeoLevel.LOCALITY) {
            // GeoNames often leaves a village's district blank; the document may name it ("Tapargai, South Waziristan")
            admin2 = geo.resolved().stream().map(PlaceMention::entry)
                    .filter(r -> r.level() == GeoLevel.DISTRICT && r.admin1Key().equals(e.admin1Key()))
                    .map(r -> gazetteer.admin2Name(r.admin2Key())).filter(java.util.Objects::nonNull).findFirst()
                    .orElse(null);
        }
        return new Place(mentionText, e.name(), e.id(), gazetteer.admin1Name(e.admin1Key()), admin2,
                e.country(), e.lat(), e.lon(), precision, span);
    }

    /** A village the text names in the incident's sentences that the gazetteer does not know, if any. */
    private static String unknownPlace(IncidentDraft d, Geoparser.Geoparse geo) {
        for (SentenceFacts f : d.sentences) {
            Matcher m = UNKNOWN_PLACE.matcher(f.sentence().text());
            while (m.find()) {
                String group = m.group("a") != null ? "a" : m.group("b") != null ? "b" : "c";
                int start = f.sentence().start() + m.start(group);
                int end = f.sentence().start() + m.end(group);
                Span span = new Span(start, end);
                boolean known = f.places().stream().anyMatch(p -> p.span().overlaps(span) && p.isResolved());
                if (!known) {
                    return m.group(group);
                }
            }
        }
        return null;
    }

    private static EventDate date(IncidentDraft d, boolean onlyEvent, Document doc, List<SentenceFacts> all) {
        DateMention day = d.day();
        if (day == null) {
            // "on Tuesday" that nothing anchors: the strike's day is unknown, and no year or month named in
            // passing, nor another strike's day, stands in for it
            EventDate unanchored = unresolved(d, true);
            if (unanchored != null) {
                return unanchored;
            }
            for (SentenceFacts f : d.sentences) {
                for (DateMention m : f.dates()) {
                    if (m.isResolved() && m.kind() != DateMention.Kind.PERIOD && day == null && !f.datesStatement(m)) {
                        day = m;
                    }
                }
            }
        }
        if (day == null && !d.sentences.isEmpty()) {
            int first = d.sentences.get(0).sentence().index();
            for (int i = first - 1; i >= 0 && day == null; i--) {
                day = all.get(i).eventDay();
            }
        }
        if (day == null && onlyEvent) {
            for (SentenceFacts f : all) {
                day = day == null ? f.eventDay() : day;
            }
        }
        if (day != null) {
            return new EventDate(day.start(), day.end(), day.granularity(), day.text(), day.span());
        }
        EventDate words = unresolved(d, false); // "last week" with nothing to anchor it: its words, no days
        if (words != null) {
            return words;
        }
        if (doc.published() != null) {
            return new EventDate(doc.published(), doc.published(), DateGranularity.DAY, "", null);
        }
        return null;
    }

    /**
     * The first unresolved date the incident's sentences name ("on Tuesday" without a reference), as words only;
     * with {@code daysOnly}, only a day's.
     */
    private static EventDate unresolved(IncidentDraft d, boolean daysOnly) {
        for (SentenceFacts f : d.sentences) {
            for (DateMention m : f.dates()) {
                if (!m.isResolved() && (!daysOnly || m.granularity() == DateGranularity.DAY)) {
                    return new EventDate(null, null, m.granularity(), m.text(), m.span());
                }
            }
        }
        return null;
    }

    private static Aggregate aggregate(FigureMention m, SentenceFacts f, Geoparser.Geoparse geo) {
        String measure = m.isCasualty()
                ? (m.category() == VictimCategory.ALL ? m.measure().key() : m.category().key() + "_" + m.measure().key())
                : m.unit();
        EventDate period = null;
        for (DateMention d : f.dates()) {
            if (d.granularity() != DateGranularity.DAY) {
                period = new EventDate(d.start(), d.end(), d.granularity(), d.text(), d.span());
                break;
            }
        }
        List<String> places = f.places().stream().filter(PlaceMention::isResolved)
                .map(p -> p.entry().name()).distinct().toList();
        List<Perpetrator> perpetrators = f.actors().stream().map(ActorMention::actor).distinct().toList();
        String attributedTo = f.sources().stream().filter(s -> !s.anaphor()).map(SourceMention::name).findFirst()
                .orElse(null);
        return new Aggregate(measure, m.count(), period, places, perpetrators, attributedTo, m.span());
    }
}
