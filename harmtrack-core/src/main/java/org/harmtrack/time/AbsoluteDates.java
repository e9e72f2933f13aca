package org.harmtrack.time;

import static org.harmtrack.time.DateWords.B1;
import static org.harmtrack.time.DateWords.MONTH;
import static org.harmtrack.time.DateWords.WEEKDAY;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.harmtrack.model.DateGranularity;

/**
 * Calendar expressions built from a day, a month name and a year ("6 January 2018", "September 2015",
 * "6 January"), their regex forms, and their resolution to days. Stateless.
 */
final class AbsoluteDates {

    /** Day, month and year named by an expression; 0 marks a missing field. */
    record Parts(int day, int month, int year) {
        boolean full() {
            return day > 0 && month > 0 && year > 0;
        }
    }

    static final int FLAGS = Pattern.CASE_INSENSITIVE;

    // Forms with named groups day/mon/year, used whole-string to parse a matched expression. Where forms are
    // combined into one search pattern the group names are stripped (names may not repeat in a pattern).
    private static final Pattern GROUP_NAME = Pattern.compile("\\(\\?<[a-zA-Z]+>");

    private static final String WD_PREFIX = "(?:" + WEEKDAY + ",?\\s+(?:the\\s+)?)?";
    private static final String DAY = "(?<day>[0-3]?\\d)(?:st|nd|rd|th)?" + B1;
    private static final String MON = "(?<mon>" + MONTH + ")";
    private static final String YEAR = "(?<year>19\\d\\d|20\\d\\d|2100)" + B1;
    private static final String DM = WD_PREFIX + DAY + "(?:\\s+of)?\\s+" + MON;
    private static final String MD = WD_PREFIX + MON + "\\s+" + DAY;
    private static final String DMY = DM + ",?\\s+" + YEAR;
    private static final String MDY = MD + ",?\\s+" + YEAR;
    private static final String MY = MON + ",?\\s+" + YEAR;
    // Slash forms (06/01/2018) are ambiguous between day-first and month-first and are not supported.
    private static final String ISO = "(?<year>19\\d\\d|20\\d\\d)-(?<mon>[01]\\d)-(?<day>[0-3]\\d)(?![\\p{N}-])";

    /** Any expression naming a month together with a day or a year; longest alternatives first. */
    static final String DATED = alternation(ISO, DMY, MDY, MY, DM, MD);
    /** A year alone (only a date in context). */
    static final String YEAR_ONLY = alternation(YEAR);
    /** The first end of a range: may lack its year, or be a bare month or day that takes them from the second. */
    static final String RANGE_START = alternation(ISO, DMY, MDY, MY, DM, MD, YEAR, MON, DAY);
    /** The second end of a range. */
    static final String RANGE_END = alternation(ISO, DMY, MDY, MY, DM, MD, YEAR);
    /** What may follow "since". */
    static final String SINCE_START = alternation(ISO, DMY, MDY, MY, DM, MD, YEAR, MON);

    private static final List<Pattern> FORMS = Stream.of(ISO, DMY, MDY, MY, DM, MD, YEAR, MON, DAY)
        .map(form -> Pattern.compile(form, FLAGS)).toList();

    private AbsoluteDates() {
    }

    private static String alternation(String... forms) {
        return Stream.of(forms).map(form -> GROUP_NAME.matcher(form).replaceAll("(?:"))
            .collect(Collectors.joining("|", "(?:", ")"));
    }

    /** The day, month and year of an expression matched by one of the combined patterns, or null. */
    static Parts parts(String expression) {
        for (Pattern form : FORMS) {
            Matcher m = form.matcher(expression);
            if (m.matches()) {
                String regex = form.pattern();
                int day = regex.contains("(?<day>") ? Integer.parseInt(m.group("day")) : -1;
                int month = regex.contains("(?<mon>") ? DateWords.monthNumber(m.group("mon")) : -1;
                int year = regex.contains("(?<year>") ? Integer.parseInt(m.group("year")) : -1;
                // -1 = absent; a present day or month of 0 ("0 January", "2018-00-10") is no date at all
                return day == 0 || month == 0 ? null
                    : new Parts(Math.max(day, 0), Math.max(month, 0), Math.max(year, 0));
            }
        }
        return null;
    }

    /**
     * The days named by {@code parts}, or null when they name no real date (31 June, month 13, a bare day).
     * A missing year is taken from the reference: the latest such day (or month) not more than a week
     * after it; without a reference the result is unresolved.
     */
    static DayRange resolve(Parts p, LocalDate reference) {
        if (p == null || p.month() > 12
            || (p.day() > 0 && (p.month() == 0 || p.day() > Month.of(p.month()).maxLength()))) {
            return null;
        }
        try {
            if (p.year() > 0) {
                if (p.day() > 0) {
                    return DayRange.day(LocalDate.of(p.year(), p.month(), p.day()));
                }
                return p.month() > 0 ? DayRange.month(p.year(), p.month()) : DayRange.year(p.year());
            }
        } catch (DateTimeException e) {
            return null; // 29 February in a common year
        }
        if (p.month() == 0) {
            return null;
        }
        DateGranularity granularity = p.day() > 0 ? DateGranularity.DAY : DateGranularity.MONTH;
        if (reference == null) {
            return DayRange.unresolved(granularity);
        }
        LocalDate latest = reference.plusDays(7);
        for (int year = reference.getYear() + 1; year >= reference.getYear() - 8; year--) {
            DayRange candidate = resolve(new Parts(p.day(), p.month(), year), null);
            if (candidate != null && !candidate.start().isAfter(latest)) {
                return candidate;
            }
        }
        return null;
    }

    /**
     * The period from the start of {@code first} to the end of {@code second}. A first end lacking its year (or
     * month) takes it from the second, stepping back a year if it would otherwise start after the second ends
     * ("between December and February 2019"); a second end lacking its year takes the first's, or the next year
     * if it would otherwise end before the first starts. Null when the ends do not form a valid, ordered period.
     */
    static DayRange period(Parts first, Parts second, LocalDate reference) {
        if (first == null || second == null) {
            return null;
        }
        DayRange to = resolve(second, reference);
        if (second.year() == 0 && first.year() > 0) {
            // "between 6 January 2018 and 8 January": the year comes from the first end, not the reference
            DayRange from = resolve(first, null);
            to = resolve(new Parts(second.day(), second.month(), first.year()), null);
            if (from != null && to != null && to.end().isBefore(from.start())) {
                to = resolve(new Parts(second.day(), second.month(), first.year() + 1), null);
            }
        }
        if (to == null) {
            return null;
        }
        if (!to.resolved()) {
            return DayRange.unresolved(DateGranularity.PERIOD);
        }
        int month = first.month();
        if (month == 0 && first.day() > 0) {
            if (second.month() == 0) {
                return null;
            }
            month = to.end().getMonthValue();
        }
        DayRange from;
        if (first.year() > 0) {
            from = resolve(first, null);
        } else {
            from = resolve(new Parts(first.day(), month, to.end().getYear()), null);
            if (from != null && from.start().isAfter(to.end())) {
                from = resolve(new Parts(first.day(), month, to.end().getYear() - 1), null);
            }
        }
        if (from == null || from.start().isAfter(to.end())) {
            return null;
        }
        return new DayRange(from.start(), to.end(), DateGranularity.PERIOD);
    }
}
