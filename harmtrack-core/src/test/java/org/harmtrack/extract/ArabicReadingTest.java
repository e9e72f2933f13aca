package org.harmtrack.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.harmtrack.gazetteer.FixtureGazetteer;
import org.harmtrack.model.Document;
import org.harmtrack.model.Event;
import org.harmtrack.model.EventType;
import org.harmtrack.model.Extraction;
import org.harmtrack.model.Range;
import org.junit.jupiter.api.Test;

/**
 * The Arabic layer of the figures, types and actors stages, through the whole extractor. Sentences written for this
 * test.
 */
class ArabicReadingTest {
    private static final IncidentExtractor EXTRACTOR = new IncidentExtractor(FixtureGazetteer.geoparser());
    private static final LocalDate PUBLISHED = LocalDate.of(2021, 5, 5);

    private static Extraction extract(String text) {
        return EXTRACTOR.extract(Document.of("ar", text, PUBLISHED));
    }

    @Test
    void aTollWithItsVictimsTheStrikeAndWhoStruck() {
        String text = "قتل خمسة مدنيين بينهم طفلين في غارة جوية روسية على المدينة صباح اليوم.";
        List<Event> events = extract(text).events();
        assertEquals(1, events.size(), events::toString);
        Event e = events.get(0);
        assertEquals(EventType.AIRSTRIKE, e.type());
        assertEquals(Range.exactly(5), e.civiliansKilled());
        assertEquals(Range.exactly(2), e.childrenKilled());
        assertEquals("Russian military", e.perpetrators().get(0).name());
        e.figures().forEach(f -> assertTrue(f.span().end() <= text.length() && f.span().start() >= 0));
        assertEquals("خمسة مدنيين", text.substring(e.figures().get(0).span().start(), e.figures().get(0).span().end()));
    }

    @Test
    void easternDigitsInjuredAndTheRegimeShelling() {
        Event e = extract("أصيب ١٢ شخصاً حين قصفت مدفعية قوات النظام البلدة.").events().get(0);
        assertEquals(EventType.SHELLING, e.type());
        assertEquals(Range.exactly(12), e.injured());
        assertEquals("Syrian government forces", e.perpetrators().get(0).name());
    }

    @Test
    void tensOfDeadAreAVagueRange() {
        Event e = extract("استشهد عشرات المدنيين في قصف بالطائرات المسيرة على القرية.").events().get(0);
        assertEquals(EventType.DRONE_STRIKE, e.type());
        assertEquals(new Range(20, 99), e.civiliansKilled());
    }

    @Test
    void oneNamedPersonKilledAndOneInjuredAreCountsOfOne() {
        Event e = extract("قتلت امرأة وأصيب طفل بجروح بعد سقوط صاروخ أطلقته قوات النظام على الحي.").events().get(0);
        assertEquals(Range.exactly(1), e.killed());
        assertEquals(Range.exactly(1), e.womenKilled());
        assertEquals(Range.exactly(1), e.injured());
    }

    @Test
    void peopleNamedWithTheFirstVictimAreKilledWithHim() {
        Event e = extract("قتل طفل ووالده وجدته عندما أصابت قذيفة مدفعية منزلهم في القرية.").events().get(0);
        assertEquals(Range.exactly(3), e.killed(), e.figures()::toString);
        assertEquals(Range.exactly(1), e.childrenKilled());
    }

    @Test
    void aDualAndANumberAfterItsNoun() {
        assertEquals(Range.exactly(2), extract("قتل مدنيان في غارة للطيران الروسي على القرية.").events().get(0)
                .civiliansKilled());
        assertEquals(Range.exactly(2), extract("أدى القصف المدفعي إلى مقتل مدنيين اثنين في البلدة.").events().get(0)
                .civiliansKilled());
    }

    @Test
    void theForceWhoseAircraftStruckComesFirstAndLamAlifIsTheArticle() {
        Event e = extract("شنت قوات النظام هجوما بريا بينما قتل ثلاثة مدنيين بغارات الطائرات الحربية الروسية.")
                .events().get(0);
        assertEquals("Russian military", e.perpetrators().get(0).name(), e.perpetrators()::toString);
        Event drone = extract("استشهد أربعة مدنيين بغارة من طائرة مسيرة تابعة للتحالف الدولي.").events().get(0);
        assertEquals("US-led coalition", drone.perpetrators().get(0).name());
    }

    @Test
    void theDeadAndWoundedTogetherAreNoCountOfTheDead() {
        // a headline counting both, then the dead alone, with the children among them
        Extraction x = extract("مقتل وإصابة نحو 40 شخصاً في غارات على بلدة سراقب\n\n"
                + "وذكر مسعفون أن عدد القتلى في سراقب وصل إلى ستة بينهم طفلان، فيما بلغ عدد الجرحى 31.");
        Event e = x.events().get(0);
        assertEquals(Range.exactly(6), e.killed(), e.figures()::toString);
        assertEquals(Range.exactly(2), e.childrenKilled());
        assertEquals(Range.exactly(31), e.injured());
        assertTrue(e.figures().stream().anyMatch(f -> f.measure() == org.harmtrack.model.Measure.KILLED_OR_INJURED
                && f.count().equals(Range.exactly(40))));
    }

    @Test
    void aTollSinceTheStartOfTheYearIsAnAggregate() {
        Extraction x = extract("ومنذ مطلع العام قتل 150 مدنياً في هجمات الطيران الروسي على المنطقة.");
        assertTrue(x.events().isEmpty(), x.events()::toString);
        assertEquals(1, x.aggregates().size());
    }

    @Test
    void whoGaveTheFigureAndWhoDeniedIt() {
        Event e = extract("وأفاد المرصد السوري لحقوق الإنسان بمقتل سبعة مدنيين في غارات روسية على القرية.")
                .events().get(0);
        assertEquals(List.of("SOHR"), e.sources());
        assertEquals("SOHR", e.figures().get(0).attributedTo());
        Event denied = extract("ونفت وزارة الدفاع الروسية مقتل أي مدنيين في الغارة، بينما قال الدفاع المدني إن عشرة"
                + " أشخاص قتلوا في الغارة على القرية.").events().get(0);
        assertTrue(denied.sources().contains("Civil Defence"), denied.sources()::toString);
    }

    @Test
    void theForceWhoseAircraftStruckComesFirstAcrossTheIncidentsSentences() {
        Event e = extract("قتل أربعة مدنيين في البلدة فجر اليوم. وكانت مدفعية قوات النظام قد قصفت البلدة ليلاً."
                + " ثم شنت طائرات حربية روسية غارات على محيطها.").events().get(0);
        assertEquals(List.of("Russian military", "Syrian government forces"),
                e.perpetrators().stream().map(p -> p.name()).toList());
    }

    @Test
    void wordsWrittenWithHamzaOnYaaAreFound() {
        // إسرائيل, قذائف, طائرات: the hamza seat folds to a bare yaa, and the lexicon must be written so too
        Event shells = extract("قتل مدنيان بقذائف أطلقها الجيش الإسرائيلي على أطراف القرية.").events().get(0);
        assertEquals(EventType.SHELLING, shells.type());
        assertEquals("Israeli military", shells.perpetrators().get(0).name());
        Event planes = extract("قتل ثلاثة عشر شخصاً حين قصفت طائرات النظام السوق.").events().get(0);
        assertEquals(Range.exactly(13), planes.killed());
        assertEquals("Syrian government forces", planes.perpetrators().get(0).name());
    }

    @Test
    void theTargetOfAStrikeIsNotItsAttacker() {
        Event e = extract("قتل ثلاثة مدنيين حين شن الجيش الإسرائيلي غارات على حزب الله قرب البلدة.").events().get(0);
        assertEquals("Israeli military", e.perpetrators().get(0).name(), e.perpetrators()::toString);
        Event girl = extract("أدى القصف إلى مقتل فتاة في القرية.").events().get(0);
        assertEquals(Range.exactly(1), girl.childrenKilled());
    }

    @Test
    void aRangeBetweenTwoCounts() {
        Event e = extract("قتل بين 10 و15 مدنياً في غارات جوية على البلدة.").events().get(0);
        assertEquals(new Range(10, 15), e.civiliansKilled());
    }

    @Test
    void anEnglishReportQuotingArabicIsReadAsEnglish() {
        String english = "An air strike killed 4 civilians in Saraqib on 3 May 2021, residents said. A banner read"
                + " \"لا للحرب\".";
        Extraction x = extract(english);
        assertEquals(Range.exactly(4), x.events().get(0).civiliansKilled());
        assertEquals(extract(english.substring(0, english.indexOf(" A banner"))).events().get(0).killed(),
                x.events().get(0).killed());
    }
}
