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
        String text = "Drone strike hits a car near the border\nMonday, 4 March 2024, 09:10\n\n"
                + "A drone struck a car on Wednesday, killing two men, and on 2 June 2022 another hit a farm.";
        assertEquals(LocalDate.of(2024, 3, 4), dates.dateLine(text));
        assertEquals(LocalDate.of(2024, 2, 28), mention(dates.find(text, null), "Wednesday").start());
        assertEquals(LocalDate.of(2024, 3, 4), dates.dateLine("(March 4, 2024 / Agency) A drone struck a car."));
    }

    @Test
    void aFullDateInsideASentenceIsNoDateLine() {
        assertNull(dates.dateLine("Three people were killed on 5 May 2022 in a strike.\nMore text follows here."));
    }

    @Test
    void withoutAPublicationDateAYearlessDayTakesTheYearOfTheDocumentsOwnDateOfThatDay() {
        String text = "Shelling kills a shepherd, October 3\n\nA shepherd died on October 3, 2021, "
                + "when shells fell on his flock. Another shepherd was hurt on 9 February 2024.";
        DateMention day = mention(dates.find(text, null), "October 3");
        assertEquals(LocalDate.of(2021, 10, 3), day.start());
    }

    @Test
    void withoutAnyOwnFullDateRelativeWordsAndYearlessDaysStayUnresolved() {
        List<DateMention> found = dates.find("A drone hit a car on Tuesday. On March 3 a market was hit.", null);
        assertNull(mention(found, "Tuesday").start());
        assertNull(mention(found, "March 3").start());
    }
}
