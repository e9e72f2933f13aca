package org.harmtrack.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.harmtrack.gazetteer.GeoBias;
import org.harmtrack.gazetteer.Geoparser;
import org.harmtrack.gazetteer.PlaceMention;
import org.harmtrack.model.Document;
import org.harmtrack.model.EventType;
import org.harmtrack.model.Extraction;
import org.harmtrack.model.Span;
import org.harmtrack.text.Sentence;
import org.harmtrack.text.TextSplitter;
import org.harmtrack.time.DateFinder;
import org.harmtrack.time.DateMention;

/**
 * The extractor: a pure function of a document and the loaded resources (the gazetteer), so the same code runs
 * in the CLI, the server and batch jobs. It splits the text into sentences; reads in each the casualty figures,
 * armed actors, sources, dates and places; then {@link EventAssembler assembles} incidents and campaign aggregates.
 * <p>Thread-safe: immutable; one instance can serve any number of threads.
 */
public final class IncidentExtractor {
    /** Words that make a sentence speak of a campaign or period rather than one incident. */
    private static final Pattern CAMPAIGN = Pattern.compile(
            "\\b(?:since|so\\s+far|altogether|to\\s+date|overall|cumulative|campaign"
            + "|throughout|over\\s+the\\s+(?:past|last)|in\\s+the\\s+(?:past|last)\\s+\\w+\\s+(?:years|months)"
            + "|each\\s+year|per\\s+year|annually|every\\s+day|years\\s+of)\\b",
            Pattern.CASE_INSENSITIVE);

    private final Geoparser geoparser;
    private final GeoBias bias;
    private final TextSplitter splitter = new TextSplitter();
    private final DateFinder dates = new DateFinder();
    private final FigureReader figures = new FigureReader();
    private final ActorReader actors = new ActorReader();
    private final SourceReader sources = new SourceReader();
    private final EventAssembler assembler = new EventAssembler();

    public IncidentExtractor(Geoparser geoparser) {
        this(geoparser, GeoBias.NONE);
    }

    /** An extractor whose place resolution is steered by {@code bias} (countries or a bounding box). */
    public IncidentExtractor(Geoparser geoparser, GeoBias bias) {
        this.geoparser = Objects.requireNonNull(geoparser, "geoparser");
        this.bias = Objects.requireNonNull(bias, "bias");
    }

    /** Reads every incident and aggregate {@code document} tells of. Never throws for any text. */
    public Extraction extract(Document document) {
        String text = document.text();
        List<Sentence> sentences = splitter.split(text);
        java.time.LocalDate reference = document.published() != null ? document.published() : dates.inferReference(text);
        List<DateMention> allDates = dates.find(text, reference);
        List<ActorMention> allActors = new ArrayList<>();
        for (Sentence s : sentences) {
            allActors.addAll(actors.read(text, s.start(), s.end()));
        }
        List<Span> masked = new ArrayList<>();
        allActors.forEach(a -> masked.add(a.span()));
        allDates.forEach(d -> masked.add(d.span()));
        Geoparser.Geoparse geo = geoparser.parse(sentences, masked, bias);

        List<SentenceFacts> facts = new ArrayList<>(sentences.size());
        List<Span> dateSpans = allDates.stream().map(DateMention::span).toList();
        for (Sentence s : sentences) {
            Span span = s.span();
            List<DateMention> sDates = allDates.stream().filter(d -> span.contains(d.span())).toList();
            List<PlaceMention> sPlaces = geo.mentions().stream().filter(p -> p.sentenceIndex() == s.index()).toList();
            List<ActorMention> sActors = allActors.stream().filter(a -> span.contains(a.span())).toList();
            EventType type = EventTypes.of(s.text());
            boolean campaign = CAMPAIGN.matcher(s.text()).find() || sDates.stream().anyMatch(d ->
                    d.kind() == DateMention.Kind.PERIOD && d.isResolved() && d.end().toEpochDay() - d.start().toEpochDay() > 10);
            facts.add(new SentenceFacts(s, figures.read(text, s, dateSpans), sActors,
                    sources.read(text, s.start(), s.end()), sDates, sPlaces, type, campaign));
        }
        return assembler.assemble(document, facts, geo, geoparser.gazetteer());
    }
}
