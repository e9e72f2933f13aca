package org.harmtrack.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.harmtrack.model.DateGranularity;
import org.harmtrack.time.DateMention.Kind;
import org.junit.jupiter.api.Test;

class DateFinderTest {

    /** A Thursday. */
    private static final LocalDate REF = LocalDate.of(2024, 3, 14);

    private final DateFinder finder = new DateFinder();

    /** The single mention in {@code text}; also checks that its span covers exactly its text. */
    private DateMention only(String text, LocalDate reference) {
        List<DateMention> found = finder.find(text, reference);
        assertEquals(1, found.size(), () -> "mentions in '" + text + "': " + found);
        DateMention mention = found.get(0);
        assertEquals(mention.text(), mention.span().of(text));
        return mention;
    }

    private static void assertMention(DateMention m, String text, LocalDate start, LocalDate end,
                                      DateGranularity granularity, Kind kind) {
        assertEquals(text, m.text(), "text");
        assertEquals(start, m.start(), "start of " + text);
        assertEquals(end, m.end(), "end of " + text);
        assertEquals(granularity, m.granularity(), "granularity of " + text);
        assertEquals(kind, m.kind(), "kind of " + text);
    }

    private static void assertDay(DateMention m, String text, LocalDate day) {
        assertMention(m, text, day, day, DateGranularity.DAY, Kind.ABSOLUTE);
    }

    private static LocalDate d(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    // --- absolute days ---

    @Test
    void findsDayMonthYearWithoutTheOnPrefix() {
        String text = "Jets bombed the grain depot on 6 January 2018, witnesses told reporters.";
        DateMention m = only(text, null);
        assertDay(m, "6 January 2018", d(2018, 1, 6));
        assertEquals(text.indexOf("6 January"), m.span().start());
        assertTrue(m.isResolved());
    }

    @Test
    void findsMonthFirstDaysWithCommasAndAbbreviations() {
        assertDay(only("The clinic was struck January 6, 2018 at dawn.", null), "January 6, 2018", d(2018, 1, 6));
        assertDay(only("Shelling resumed on Jan. 6, 2018 near the bridge.", null), "Jan. 6, 2018", d(2018, 1, 6));
        assertDay(only("Shelling resumed on Jan 6 2018 near the bridge.", null), "Jan 6 2018", d(2018, 1, 6));
        assertDay(only("A convoy was hit on Sept. 12, 2016.", null), "Sept. 12, 2016", d(2016, 9, 12));
    }

    @Test
    void findsOrdinalDaysAndTheOfForm() {
        assertDay(only("Rockets fell on 7th October, 2023 in the south.", null), "7th October, 2023", d(2023, 10, 7));
        assertDay(only("Rockets fell on October 7th, 2023 in the south.", null), "October 7th, 2023", d(2023, 10, 7));
        assertDay(only("It happened on the 6th of January 2018 after midnight.", null),
            "6th of January 2018", d(2018, 1, 6));
    }

    @Test
    void findsIsoDates() {
        assertDay(only("Report filed 2018-01-06 by the monitor.", null), "2018-01-06", d(2018, 1, 6));
    }

    @Test
    void absorbsALeadingWeekdayIntoAFullDate() {
        assertDay(only("The raid came on Saturday, 6 January 2018.", REF), "Saturday, 6 January 2018", d(2018, 1, 6));
    }

    @Test
    void acceptsCapitalisedAllCapsMonthNames() {
        assertDay(only("UPDATED 6 JANUARY 2018", null), "6 JANUARY 2018", d(2018, 1, 6));
    }

    @Test
    void skipsAmbiguousSlashDates() {
        assertTrue(finder.find("The form was dated 06/01/2018 by the clerk.", REF).isEmpty());
    }

    @Test
    void rejectsImpossibleCalendarDays() {
        // the shapes of dates that name no real day are no dates, but stay mentions so their numbers are no counts
        List<DateMention> impossible = finder.find("Notes from 31 June 2018 and 29 February 2019 were forged.", null);
        assertEquals(List.of("31 June 2018", "29 February 2019"), impossible.stream().map(DateMention::text).toList());
        assertTrue(impossible.stream().noneMatch(DateMention::isResolved));
        assertDay(only("A leap-day strike on 29 February 2020 hit the depot.", null),
            "29 February 2020", d(2020, 2, 29));
    }

    // --- days without a year ---

    @Test
    void takesTheYearOfAYearlessDayFromTheReference() {
        assertDay(only("Two homes were destroyed on 6 January.", REF), "6 January", d(2024, 1, 6));
        assertDay(only("The ministry will publish figures on March 21.", REF), "March 21", d(2024, 3, 21));
    }

    @Test
    void movesAYearlessDayMoreThanAWeekAfterTheReferenceToThePreviousYear() {
        assertDay(only("The bridge was cut on March 22.", REF), "March 22", d(2023, 3, 22));
        assertDay(only("The bridge was cut on 30 December.", d(2024, 1, 2)), "30 December", d(2023, 12, 30));
        assertDay(only("Talks are set for January 5.", d(2023, 12, 30)), "January 5", d(2024, 1, 5));
    }

    @Test
    void leavesYearlessDayUnresolvedWithoutReference() {
        DateMention m = only("Two homes were destroyed on 6 January.", null);
        assertMention(m, "6 January", null, null, DateGranularity.DAY, Kind.ABSOLUTE);
        assertFalse(m.isResolved());
    }

    // --- months and years ---

    @Test
    void resolvesMonthAndYearToWholeMonth() {
        assertMention(only("Fighting escalated in September 2015 across the province.", null),
            "September 2015", d(2015, 9, 1), d(2015, 9, 30), DateGranularity.MONTH, Kind.ABSOLUTE);
    }

    @Test
    void resolvesMidEarlyAndLateYearToMonthRanges() {
        assertMention(only("The siege began in mid-2015.", null),
            "mid-2015", d(2015, 6, 1), d(2015, 7, 31), DateGranularity.MONTH, Kind.ABSOLUTE);
        assertMention(only("Strikes intensified in early 2016.", null),
            "early 2016", d(2016, 1, 1), d(2016, 4, 30), DateGranularity.MONTH, Kind.ABSOLUTE);
        assertMention(only("Strikes eased in late 2016.", null),
            "late 2016", d(2016, 9, 1), d(2016, 12, 31), DateGranularity.MONTH, Kind.ABSOLUTE);
    }

    @Test
    void readsAYearAfterInOrDuringAsTheWholeYear() {
        assertMention(only("The airport was closed in 2016 after the raids.", null),
            "2016", d(2016, 1, 1), d(2016, 12, 31), DateGranularity.YEAR, Kind.ABSOLUTE);
        assertMention(only("Dozens of clinics were hit during 2017.", null),
            "2017", d(2017, 1, 1), d(2017, 12, 31), DateGranularity.YEAR, Kind.ABSOLUTE);
        assertMention(only("By the summer of 2014 the town was empty.", null),
            "2014", d(2014, 1, 1), d(2014, 12, 31), DateGranularity.YEAR, Kind.ABSOLUTE);
    }

    @Test
    void ignoresBareNumbersThatLookLikeYears() {
        assertTrue(finder.find("At least 2016 people fled the valley.", REF).isEmpty());
        assertTrue(finder.find("A total of 2016 people fled the valley.", REF).isEmpty());
        assertTrue(finder.find("Officials counted 2016 homes within 2016 metres.", REF).isEmpty());
    }

    @Test
    void acceptsYearsFrom1900To2100Only() {
        assertTrue(finder.find("The fort was built in 1850 and repaired in 2150.", null).isEmpty());
        assertEquals("1900", only("The fort was built in 1900.", null).text());
    }

    // --- May and March ---

    @Test
    void neverReadsTheVerbMayOrTheNounMarchAsMonths() {
        assertTrue(finder.find("Families may return once the march is over.", REF).isEmpty());
        assertTrue(finder.find("Rescuers may 3 times a day cross on a march 12 kilometres long.", REF).isEmpty());
        assertTrue(finder.find("The March organisers said May was a good name.", REF).isEmpty());
    }

    @Test
    void readsMayAndMarchAsMonthsNextToADayOrYear() {
        assertMention(only("The market was hit in May 2017.", null),
            "May 2017", d(2017, 5, 1), d(2017, 5, 31), DateGranularity.MONTH, Kind.ABSOLUTE);
        assertDay(only("The market was hit on May 3.", REF), "May 3", d(2023, 5, 3));
        assertDay(only("The school was hit on 12 March 2019.", null), "12 March 2019", d(2019, 3, 12));
    }

    // --- relative ---

    @Test
    void resolvesTodayYesterdayAndLastNight() {
        assertMention(only("Officials confirmed the toll today.", REF),
            "today", REF, REF, DateGranularity.DAY, Kind.RELATIVE);
        assertMention(only("A drone struck a car yesterday.", REF),
            "yesterday", d(2024, 3, 13), d(2024, 3, 13), DateGranularity.DAY, Kind.RELATIVE);
        assertMention(only("Explosions were heard last night.", REF),
            "last night", d(2024, 3, 13), d(2024, 3, 13), DateGranularity.DAY, Kind.RELATIVE);
        assertMention(only("Strikes continued overnight in the north.", REF),
            "overnight", d(2024, 3, 13), d(2024, 3, 13), DateGranularity.DAY, Kind.RELATIVE);
    }

    @Test
    void matchesRelativeWordsCaseInsensitively() {
        assertEquals(d(2024, 3, 13), only("YESTERDAY the port was shelled.", REF).start());
        assertEquals(d(2024, 3, 12), only("The port was shelled on tuesday.", REF).start());
    }

    @Test
    void resolvesWeekdayToMostRecentOnOrBeforePublication() {
        assertMention(only("The hospital was hit on Tuesday, staff said.", REF),
            "Tuesday", d(2024, 3, 12), d(2024, 3, 12), DateGranularity.DAY, Kind.RELATIVE);
        assertMention(only("A second strike followed on Thursday.", REF),
            "Thursday", REF, REF, DateGranularity.DAY, Kind.RELATIVE);
        assertEquals(d(2024, 3, 8), only("Shelling began Friday night.", REF).start());
    }

    @Test
    void resolvesLastWeekdayToStrictlyBeforePublication() {
        assertMention(only("The bakery was destroyed last Thursday.", REF),
            "last Thursday", d(2024, 3, 7), d(2024, 3, 7), DateGranularity.DAY, Kind.RELATIVE);
        assertMention(only("The bakery was destroyed last Monday.", REF),
            "last Monday", d(2024, 3, 11), d(2024, 3, 11), DateGranularity.DAY, Kind.RELATIVE);
    }

    @Test
    void resolvesNextWeekdayToStrictlyAfterPublication() {
        assertMention(only("Talks resume next Thursday.", REF),
            "next Thursday", d(2024, 3, 21), d(2024, 3, 21), DateGranularity.DAY, Kind.RELATIVE);
    }

    @Test
    void neverMatchesWeekdaysInsideWords() {
        assertTrue(finder.find("Markets open on Tuesdays and Sundays; see MondayTimes.", REF).isEmpty());
    }

    @Test
    void resolvesThisWeekAndLastWeekToCalendarWeeks() {
        assertMention(only("Three strikes hit the district this week.", REF),
            "this week", d(2024, 3, 11), REF, DateGranularity.WEEK, Kind.RELATIVE);
        assertMention(only("Three strikes hit the district last week.", REF),
            "last week", d(2024, 3, 4), d(2024, 3, 10), DateGranularity.WEEK, Kind.RELATIVE);
    }

    @Test
    void resolvesMonthAndYearRelativeExpressions() {
        assertMention(only("The shelter was hit earlier this month.", REF),
            "earlier this month", d(2024, 3, 1), REF, DateGranularity.PERIOD, Kind.RELATIVE);
        assertMention(only("The shelter was hit last month.", REF),
            "last month", d(2024, 2, 1), d(2024, 2, 29), DateGranularity.MONTH, Kind.RELATIVE);
        assertMention(only("The shelter was hit earlier this year.", REF),
            "earlier this year", d(2024, 1, 1), REF, DateGranularity.PERIOD, Kind.RELATIVE);
        assertMention(only("The shelter was hit last year.", REF),
            "last year", d(2023, 1, 1), d(2023, 12, 31), DateGranularity.YEAR, Kind.RELATIVE);
    }

    @Test
    void resolvesPastDurationsBackFromTheReference() {
        assertMention(only("Over the past week, 40 strikes were logged.", REF),
            "past week", d(2024, 3, 7), REF, DateGranularity.PERIOD, Kind.RELATIVE);
        assertMention(only("In the past two weeks the camp was hit twice.", REF),
            "past two weeks", d(2024, 2, 29), REF, DateGranularity.PERIOD, Kind.RELATIVE);
        assertMention(only("In the past 3 days the camp was hit twice.", REF),
            "past 3 days", d(2024, 3, 11), REF, DateGranularity.PERIOD, Kind.RELATIVE);
        assertMention(only("The town emptied over the past three and a half years.", REF),
            "past three and a half years", d(2020, 9, 14), REF, DateGranularity.PERIOD, Kind.RELATIVE);
        assertMention(only("In the last 24 hours two more died.", REF),
            "last 24 hours", d(2024, 3, 13), REF, DateGranularity.PERIOD, Kind.RELATIVE);
    }

    @Test
    void resolvesAgoExpressions() {
        assertMention(only("The bridge fell two days ago.", REF),
            "two days ago", d(2024, 3, 12), d(2024, 3, 12), DateGranularity.DAY, Kind.RELATIVE);
        assertMention(only("The bridge fell a week ago.", REF),
            "a week ago", d(2024, 3, 4), d(2024, 3, 10), DateGranularity.WEEK, Kind.RELATIVE);
        assertMention(only("The bridge fell twenty-four hours ago.", REF),
            "twenty-four hours ago", d(2024, 3, 13), d(2024, 3, 13), DateGranularity.DAY, Kind.RELATIVE);
        assertMention(only("The bridge fell three months ago.", REF),
            "three months ago", d(2023, 12, 1), d(2023, 12, 31), DateGranularity.MONTH, Kind.RELATIVE);
    }

    @Test
    void leavesRelativeExpressionsUnresolvedWithoutReference() {
        String text = "Strikes hit yesterday, on Tuesday, last week, last month and over the past two weeks.";
        List<DateMention> found = finder.find(text, null);
        assertEquals(List.of("yesterday", "Tuesday", "last week", "last month", "past two weeks"),
            found.stream().map(DateMention::text).toList());
        assertTrue(found.stream().noneMatch(DateMention::isResolved));
        assertTrue(found.stream().allMatch(m -> m.end() == null && m.kind() == Kind.RELATIVE));
        assertEquals(List.of(DateGranularity.DAY, DateGranularity.DAY, DateGranularity.WEEK, DateGranularity.MONTH,
            DateGranularity.PERIOD), found.stream().map(DateMention::granularity).toList());
    }

    @Test
    void doesNotReadDurationAdjectivesAsDates() {
        assertTrue(finder.find("Civilians died in the nine-month battle for the city.", REF).isEmpty());
        assertTrue(finder.find("The siege lasted nine months.", REF).isEmpty());
    }

    // --- periods ---

    @Test
    void resolvesBetweenAndFromPeriodsFromStartOfFirstToEndOfSecond() {
        assertMention(only("Between August 2014 and August 2019 the coalition flew 30,000 sorties.", null),
            "Between August 2014 and August 2019", d(2014, 8, 1), d(2019, 8, 31), DateGranularity.PERIOD, Kind.PERIOD);
        assertMention(only("Data from August 2014 to August 2019 were reviewed.", null),
            "from August 2014 to August 2019", d(2014, 8, 1), d(2019, 8, 31), DateGranularity.PERIOD, Kind.PERIOD);
        assertMention(only("Raids occurred between 2014 and 2019.", null),
            "between 2014 and 2019", d(2014, 1, 1), d(2019, 12, 31), DateGranularity.PERIOD, Kind.PERIOD);
    }

    @Test
    void letsTheFirstEndOfAPeriodBorrowMonthAndYearFromTheSecond() {
        assertMention(only("Raids occurred between August and October 2019.", null),
            "between August and October 2019", d(2019, 8, 1), d(2019, 10, 31), DateGranularity.PERIOD, Kind.PERIOD);
        assertMention(only("Raids occurred from 6 to 8 January 2018.", null),
            "from 6 to 8 January 2018", d(2018, 1, 6), d(2018, 1, 8), DateGranularity.PERIOD, Kind.PERIOD);
        assertMention(only("Raids occurred between December and February 2019.", null),
            "between December and February 2019", d(2018, 12, 1), d(2019, 2, 28), DateGranularity.PERIOD, Kind.PERIOD);
    }

    @Test
    void letsTheSecondEndOfAPeriodBorrowTheYearOfTheFirst() {
        assertMention(only("Raids occurred between 6 January 2018 and 8 January.", REF),
            "between 6 January 2018 and 8 January", d(2018, 1, 6), d(2018, 1, 8), DateGranularity.PERIOD, Kind.PERIOD);
        assertMention(only("Raids occurred from 28 December 2017 to 2 January.", REF),
            "from 28 December 2017 to 2 January", d(2017, 12, 28), d(2018, 1, 2), DateGranularity.PERIOD, Kind.PERIOD);
    }

    @Test
    void leavesYearlessPeriodsUnresolvedWithoutReference() {
        assertMention(only("Raids occurred between 6 January and 8 January.", null),
            "between 6 January and 8 January", null, null, DateGranularity.PERIOD, Kind.PERIOD);
        assertMention(only("Raids occurred between 6 January and 8 January.", REF),
            "between 6 January and 8 January", d(2024, 1, 6), d(2024, 1, 8), DateGranularity.PERIOD, Kind.PERIOD);
    }

    @Test
    void doesNotReadCountRangesAsPeriods() {
        assertTrue(finder.find("Between 10 and 20 people were hurt.", REF).isEmpty());
    }

    @Test
    void runsSincePeriodsToTheReference() {
        assertMention(only("Since 2014 the village has been hit often.", REF),
            "Since 2014", d(2014, 1, 1), REF, DateGranularity.PERIOD, Kind.PERIOD);
        assertMention(only("It has been bombed since August 2014.", REF),
            "since August 2014", d(2014, 8, 1), REF, DateGranularity.PERIOD, Kind.PERIOD);
        assertMention(only("No aid has arrived since Monday.", REF),
            "since Monday", d(2024, 3, 11), REF, DateGranularity.PERIOD, Kind.PERIOD);
    }

    @Test
    void startsSinceABareMonthAtItsLatestOccurrence() {
        assertMention(only("No fuel has entered since January.", REF),
            "since January", d(2024, 1, 1), REF, DateGranularity.PERIOD, Kind.PERIOD);
        assertMention(only("No fuel has entered since May.", REF),
            "since May", d(2023, 5, 1), REF, DateGranularity.PERIOD, Kind.PERIOD);
    }

    @Test
    void endsSincePeriodsAtTheEndOfTheirStartWithoutReference() {
        assertMention(only("Since 2014 the village has been hit often.", null),
            "Since 2014", d(2014, 1, 1), d(2014, 12, 31), DateGranularity.PERIOD, Kind.PERIOD);
        assertMention(only("It has been bombed since August 2014.", null),
            "since August 2014", d(2014, 8, 1), d(2014, 8, 31), DateGranularity.PERIOD, Kind.PERIOD);
        assertMention(only("No aid has arrived since Monday.", null),
            "since Monday", null, null, DateGranularity.PERIOD, Kind.PERIOD);
    }

    // --- offsets, ordering, overlap ---

    @Test
    void reportsEveryMentionInTextOrderWithExactOffsets() {
        String text = "After the raid on 6 January 2018, more came on Tuesday and last Monday; in 2016 it was calmer.";
        List<DateMention> found = finder.find(text, REF);
        assertEquals(List.of("6 January 2018", "Tuesday", "last Monday", "2016"),
            found.stream().map(DateMention::text).toList());
        for (DateMention m : found) {
            assertEquals(m.text(), m.span().of(text));
        }
        assertEquals(text.indexOf("last Monday"), found.get(2).span().start());
        assertEquals(text.indexOf("last Monday") + "last Monday".length(), found.get(2).span().end());
        for (int i = 1; i < found.size(); i++) {
            assertTrue(found.get(i - 1).span().end() <= found.get(i).span().start());
        }
    }

    @Test
    void keepsOnlyTheLongestOfOverlappingMatches() {
        String text = "Since August 2014, and between 1 March 2015 and 2 March 2015, strikes continued.";
        List<DateMention> found = finder.find(text, null);
        assertEquals(List.of("Since August 2014", "between 1 March 2015 and 2 March 2015"),
            found.stream().map(DateMention::text).toList());
    }

    // --- inferReference ---

    @Test
    void infersReferenceAsLatestExplicitFullDate() {
        String text = "The first strike was on 3 May 2019. Another followed on January 5, 2019, and the"
            + " last on 2019-06-10, between 1 June 2019 and 10 June 2019. Talks began in September 2019.";
        assertEquals(d(2019, 6, 10), finder.inferReference(text));
    }

    @Test
    void infersNoReferenceWithoutAFullDate() {
        assertNull(finder.inferReference("Strikes hit on 6 January and in September 2015, yesterday and in 2016."));
        assertNull(finder.inferReference(""));
    }
}
