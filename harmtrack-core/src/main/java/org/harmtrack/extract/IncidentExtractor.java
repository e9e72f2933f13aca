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
import org.harmtrack.model.Victim;
import org.harmtrack.text.ArabicScript;
import org.harmtrack.text.PageFurniture;
import org.harmtrack.text.Sentence;
import org.harmtrack.text.TextSplitter;
import org.harmtrack.text.WordScan;
import org.harmtrack.time.DateMention;
import org.harmtrack.time.DocumentDates;

/**
 * The extractor: a pure function of a document and the loaded resources (the gazetteer), so the same code runs
 * in the CLI, the server and batch jobs. It blanks out page furniture (lists of other stories), splits the text
 * into sentences; reads in each the casualty figures,
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
    /** The same in Arabic, on the folded text: "منذ بداية العام", "خلال شهر أيلول", "حتى الآن". */
    private static final Pattern ARABIC_CAMPAIGN = Pattern.compile("منذ\\s+(?:بدايه|مطلع|بدء|اندلاع|عام|سنوات|اكثر\\s+من"
            + "|\\d{4})|خلال\\s+(?:العام|عام|الشهر|شهر|الاسبوع|الفتره|السنوات|الاشهر)|حتي\\s+الان|حصيله\\s+(?:شهر|العام)");

    /**
     * "The strikes killed...": a sentence whose subject is the strikes just counted, opening it or right before the
     * harm ("the group said the strikes killed 212-348"), not one naming them in passing ("killed by the air strikes
     * in his street").
     */
    private static final Pattern THE_COUNTED_STRIKES = Pattern.compile(
            "^[\"“‘'(]*(?:the|these|those|such)\\s+(?:\\w+\\s+)?(?:strikes|airstrikes|attacks|raids|bombings|operations)\\b"
            + "|\\b(?:the|these|those|such)\\s+(?:\\w+\\s+)?(?:strikes|airstrikes|attacks|raids|bombings|operations)"
            + "\\s+(?:have\\s+|had\\s+)?(?:killed|left|caused|claimed|wounded|injured)\\b",
            Pattern.CASE_INSENSITIVE);

    private final Geoparser geoparser;
    private final GeoBias bias;
    private final TextSplitter splitter = new TextSplitter();
    private final DocumentDates dates = new DocumentDates();
    private final FigureReader figures = new FigureReader();
    private final ArabicFigures arabicFigures = new ArabicFigures();
    private final ActorReader actors = new ActorReader();
    private final PersonNames people = new PersonNames();
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

    /** Items (in text order) put into the sentence whose span contains them; sentences are in text order too. */
    private static <T> List<List<T>> bySentence(List<Sentence> sentences, List<T> items,
                                                java.util.function.Function<T, Span> spanOf) {
        List<List<T>> out = new ArrayList<>(sentences.size());
        for (int i = 0; i < sentences.size(); i++) {
            out.add(new ArrayList<>(0));
        }
        List<T> sorted = new ArrayList<>(items);
        sorted.sort(java.util.Comparator.comparingInt(t -> spanOf.apply(t).start()));
        int k = 0;
        for (T item : sorted) {
            Span span = spanOf.apply(item);
            while (k < sentences.size() && sentences.get(k).end() <= span.start()) {
                k++;
            }
            if (k < sentences.size() && sentences.get(k).span().contains(span)) {
                out.get(k).add(item);
            }
        }
        return out;
    }

    /** Reads every incident and aggregate {@code document} tells of. Never throws for any text. */
    public Extraction extract(Document document) {
        return extract(document, Long.MAX_VALUE);
    }

    /**
     * As {@link #extract(Document)}, within a time budget: past it, or past {@link #MAX_FIGURES} casualty figures,
     * the reading stops with {@link ExtractionOverBudget} (checked between sentences, so it stops within one
     * sentence's work).
     */
    public Extraction extract(Document document, java.time.Duration budget) {
        long nanos = budget.toNanos();
        return extract(document, nanos >= Long.MAX_VALUE / 2 ? Long.MAX_VALUE : System.nanoTime() + nanos);
    }

    /**
     * The most casualty figures a document read within a budget may give: a long report gives a few hundred; a
     * text giving more is a list or a text repeated, whose events would not fit in memory or on a page.
     */
    public static final int MAX_FIGURES = 20_000;

    private static void within(long deadline, Document document) {
        if (deadline != Long.MAX_VALUE && System.nanoTime() - deadline > 0) {
            throw new ExtractionOverBudget(document.id());
        }
    }

    private Extraction extract(Document document, long deadline) {
        String original = document.text();
        // lists of other stories are blanked (same length, so offsets still point into the original)
        String text = PageFurniture.blank(document.text());
        // the Arabic layer of each stage reads the sentences of an Arabic document, folded for matching (the same
        // length: every offset still points into the original); an English page quoting a line of Arabic is read
        // as English
        boolean arabic = ArabicScript.isMostlyIn(text);
        if (arabic) {
            text = ArabicScript.fold(text);
        }
        if (!text.equals(document.text())) {
            document = new Document(document.id(), text, document.published(), document.title(), document.url(),
                    document.publisher());
        }
        List<Sentence> sentences = splitter.split(text);
        List<DateMention> found = dates.find(text, document.published());
        // read on the folded text, quoted from the original
        List<DateMention> allDates = !arabic ? found : found.stream().map(d -> new DateMention(d.span(),
                d.span().of(original), d.start(), d.end(), d.granularity(), d.kind())).toList();
        List<ActorMention> allActors = new ArrayList<>();
        // actors stay in the order their reader gives within a sentence (the Arabic reader puts the force whose
        // aircraft struck first)
        List<List<ActorMention>> actorsBySentence = new ArrayList<>(sentences.size());
        for (Sentence s : sentences) {
            within(deadline, document);
            List<ActorMention> read = arabic && ArabicScript.isMostlyIn(s.text()) ? ActorReader.readArabic(text, s)
                    : actors.read(text, s);
            actorsBySentence.add(read);
            allActors.addAll(read);
        }
        List<Span> masked = new ArrayList<>();
        allActors.forEach(a -> masked.add(a.span()));
        allDates.forEach(d -> masked.add(d.span()));
        List<Span> names = new ArrayList<>();
        for (Sentence s : sentences) {
            within(deadline, document);
            names.addAll(people.read(text, s.start(), s.end()));
        }
        masked.addAll(names);
        List<List<Span>> namesBySentence = bySentence(sentences, names, span -> span);
        List<String> theatres = new ArrayList<>();
        for (ActorMention a : allActors) {
            String theatre = ActorReader.theatreOf(a.actor().name());
            if (theatre != null) {
                theatres.add(theatre);
            }
        }
        Geoparser.Geoparse geo = geoparser.parse(sentences, masked, bias, theatres);

        List<SentenceFacts> facts = new ArrayList<>(sentences.size());
        // each reader's findings, grouped by sentence in one pass (documents can have 100,000 sentences)
        List<List<DateMention>> datesBySentence = bySentence(sentences, allDates, DateMention::span);
        List<List<PlaceMention>> placesBySentence = bySentence(sentences, geo.mentions(), PlaceMention::span);
        int lastCampaign = -10;
        int figureCount = 0;
        for (Sentence s : sentences) {
            within(deadline, document);
            if (deadline != Long.MAX_VALUE && figureCount > MAX_FIGURES) {
                throw new ExtractionOverBudget(document.id(), "gave more than " + MAX_FIGURES
                        + " casualty figures, more than any report gives (a text repeated over and over?)");
            }
            List<DateMention> sDates = datesBySentence.get(s.index());
            boolean arabicSentence = arabic && ArabicScript.isMostlyIn(s.text());
            EventType type = arabicSentence ? EventTypes.ofArabic(s.text()) : EventTypes.of(s.text());
            boolean campaign = (arabicSentence ? ARABIC_CAMPAIGN.matcher(s.text()).find()
                    : WordScan.any(CAMPAIGN, s.text(), 0, s.text().length())) || sDates.stream().anyMatch(d ->
                    d.kind() == DateMention.Kind.PERIOD && d.isResolved() && d.end().toEpochDay() - d.start().toEpochDay() > 10);
            // "...73 drone strikes between January 2017 and June 2018. The strikes killed 212-348 people": the toll
            // of the strikes just counted is the campaign's too
            campaign |= s.index() - lastCampaign <= 2 && THE_COUNTED_STRIKES.matcher(s.text()).find();
            if (campaign) {
                lastCampaign = s.index();
            }
            List<FigureMention> sentenceFigures = arabicSentence ? arabicFigures.read(text, s)
                    : figures.read(text, s, sDates.stream().map(DateMention::span).toList(),
                    namesBySentence.get(s.index()));
            List<SourceMention> sentenceSources = arabicSentence ? ArabicSources.read(text, s) : sources.read(text, s);
            List<Victim> victims = arabicSentence ? ArabicVictims.read(original, s) : VictimReader.read(original, s);
            // "killed Omar Haddad, 12, and his sister Lina, 9": 12 and 9 are ages, the toll is the two named
            sentenceFigures = VictimReader.countedByVictims(sentenceFigures, victims);
            SentenceFacts sentence = new SentenceFacts(s, sentenceFigures, actorsBySentence.get(s.index()),
                    sentenceSources, sDates, placesBySentence.get(s.index()), type, campaign,
                    HitReader.read(text, original, s, arabicSentence, sentenceSources).withVictims(victims));
            figureCount += sentence.figures().size();
            facts.add(sentence);
        }
        within(deadline, document);
        return assembler.assemble(document, facts, geo, geoparser.gazetteer());
    }
}
