package org.harmtrack.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentDatesTest {
    private final DocumentDates dates = new DocumentDates();

    private static DateMention mention(List<DateMention> found, String words) {
        return found.stream().filter(d -> d.text().equals(words)).findFirst()
                .orElseThrow(() -> new AssertionError("no mention '" + words + "' in " + found));
    }

    @Test
    void aPublicationDateAnchorsWeekdaysAndYearlessDays() {
        List<DateMention> found = dates.find("Jets struck the town on Tuesday. On March 3 a market was hit.",
                LocalDate.of(2024, 3, 14));
        assertEquals(LocalDate.of(2024, 3, 12), mention(found, "Tuesday").start());
        assertEquals(LocalDate.of(2024, 3, 3), mention(found, "March 3").start());
    }

    @Test
    void aDateLineUnderTheHeadlineStandsInForTheMissingPublicationDate() {
        String text = "Drone strike hits a car near the border\nFriday, 16 June 2023, 17:23\n\n"
                + "A drone struck a car on Wednesday, killing two men, and on 2 June 2022 another hit a farm.";
        assertEquals(LocalDate.of(2023, 6, 16), dates.dateLine(text));
        assertEquals(LocalDate.of(2023, 6, 14), mention(dates.find(text, null), "Wednesday").start());
        assertEquals(LocalDate.of(2023, 6, 16), dates.dateLine("(June 16, 2023 / Agency) A drone struck a car."));
    }

    @Test
    void aFullDateInsideASentenceIsNoDateLine() {
        assertNull(dates.dateLine("Three people were killed on 5 May 2022 in a strike.\nMore text follows here."));
    }

    @Test
    void withoutAPublicationDateAYearlessDayTakesTheYearOfTheDocumentsOwnDateOfThatDay() {
        String text = "One civilian killed in shelling, November 6\n\nA farmer was killed on November 6, 2022, "
                + "by shells. A similar attack on 1 December 2024 was reported later.";
        DateMention day = mention(dates.find(text, null), "November 6");
        assertEquals(LocalDate.of(2022, 11, 6), day.start());
    }

    @Test
    void withoutAnyOwnFullDateRelativeWordsAndYearlessDaysStayUnresolved() {
        List<DateMention> found = dates.find("A drone hit a car on Tuesday. On March 3 a market was hit.", null);
        assertNull(mention(found, "Tuesday").start());
        assertNull(mention(found, "March 3").start());
    }
}
