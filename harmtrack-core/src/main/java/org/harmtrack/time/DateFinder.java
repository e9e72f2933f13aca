package org.harmtrack.time;

import static org.harmtrack.time.DateWords.B0;
import static org.harmtrack.time.DateWords.B1;
import static org.harmtrack.time.DateWords.NUMBER;
import static org.harmtrack.time.DateWords.WEEKDAY;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjuster;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.harmtrack.model.DateGranularity;
import org.harmtrack.model.Span;
import org.harmtrack.time.AbsoluteDates.Parts;
import org.harmtrack.time.DateMention.Kind;

/**
 * Finds date expressions in English news text and resolves them to inclusive ranges of days.
 *
 * <p>Spans cover the date words only: marker words such as "on", "in", "during", "over" and "the" are left out,
 * while words that change the meaning are kept ("last Monday", "since 2014", "past week", "mid-2015",
 * "between August 2014 and August 2019").
 *
 * <p>Recognised forms:
 * <ul>
 *   <li>Days ({@link Kind#ABSOLUTE}, DAY): "6 January 2018", "the 6th of January 2018", "7th October, 2023",
 *       "January 6, 2018", "Jan. 6 2018", "2018-01-06", optionally after a weekday ("Tuesday, 6 January 2018").
 *       Without a year ("6 January", "January 6") the year comes from the reference: the latest such day not
 *       more than seven days after it. Slash forms such as 06/01/2018 are ambiguous and ignored.</li>
 *   <li>Months and years (ABSOLUTE): "September 2015" (MONTH); "mid-2015" = June-July, "early 2016" =
 *       January-April, "late 2016" = September-December (MONTH); a bare year (YEAR) only after "in", "during",
 *       "throughout", "until", "before", "after" or "end/start/summer/... of", so counts like "2016 people" are not
 *       dates. Years run 1900-2100.</li>
 *   <li>Relative ({@link Kind#RELATIVE}): "today", "tonight" (reference day); "yesterday", "last night",
 *       "overnight" (day before); "day before yesterday"; "tomorrow"; a weekday = the latest such day on or
 *       before the reference, "last Monday" = strictly before, "next Monday" = strictly after; "this week"
 *       (WEEK, Monday of the reference's week to the reference); "last week" (WEEK, the previous Monday-Sunday
 *       calendar week); "earlier this week/month/year" (PERIOD, start of the week/month/year to the reference);
 *       "this month"/"last month" (MONTH, calendar months); "this year"/"last year" (YEAR); "past week",
 *       "past two weeks", "last 3 days", "past three and a half years", "past 24 hours" (PERIOD, the reference
 *       minus the duration to the reference); "two days ago", "24 hours ago" (DAY), "a week ago" (WEEK, the
 *       Monday-Sunday week of that day), "a month ago" (MONTH), "a year ago" (YEAR).</li>
 *   <li>Periods ({@link Kind#PERIOD}, PERIOD): "between X and Y", "from X to/until/through Y", where X may
 *       take its year or month from Y ("between August and October 2019", "from 6 to 8 January 2018");
 *       "since X" runs from the start of X to the reference, or to the end of X when there is no reference
 *       (or the reference precedes X). X may be a day, month, year, bare month or weekday.</li>
 * </ul>
 * Month names must start with a capital letter, and "May"/"March" count only next to a day or year (or after
 * "since"/"between"/"from"), so the verb "may" and the noun "march" are never dates. Weekday and relative words
 * are matched case-insensitively, only as whole words. Relative expressions and year-less days are reported
 * unresolved (null start and end) when there is no reference date.
 *
 * <p>Not supported: slash dates, vague amounts ("past few days"), qualifiers on relative words ("late last
 * year"), and clock times. Overlapping candidates are settled by keeping the longest.
 *
 * <p>This class is thread-safe: it is immutable and stateless, and all its patterns are precompiled constants.
 */
public final class DateFinder {

    private static final int FLAGS = AbsoluteDates.FLAGS;

    private static final Pattern ABSOLUTE = Pattern.compile(B0 + AbsoluteDates.DATED, FLAGS);
    private static final Pattern YEAR_IN_CONTEXT = Pattern.compile(B0 + "(?:in|during|throughout|until|till|before"
        + "|after|(?:end|beginning|start|middle|course|half|summer|winter|spring|autumn|fall)\\s+of)"
        + "\\s+(?:the\\s+year\\s+)?(?<y>" + AbsoluteDates.YEAR_ONLY + ")", FLAGS);
    private static final Pattern PART_OF_YEAR = Pattern.compile(
        B0 + "(?<q>mid|early|late)(?:-|\\s+)(?<y>" + AbsoluteDates.YEAR_ONLY + ")", FLAGS);
    private static final Pattern BETWEEN = Pattern.compile(B0 + "(?:between\\s+(?<a>" + AbsoluteDates.RANGE_START
        + ")\\s+and|from\\s+(?<c>" + AbsoluteDates.RANGE_START + ")\\s+(?:to|until|till|through))\\s+(?<b>"
        + AbsoluteDates.RANGE_END + ")", FLAGS);
    private static final Pattern SINCE = Pattern.compile(
        B0 + "since\\s+(?:(?<a>" + AbsoluteDates.SINCE_START + ")|(?<wd>" + WEEKDAY + "))", FLAGS);
    private static final Pattern FIXED = Pattern.compile(B0 + "(?<w>today|tonight|this\\s+(?:morning|afternoon"
        + "|evening)|day\\s+before\\s+yesterday|yesterday|last\\s+night|overnight|tomorrow"
        + "|(?:earlier\\s+)?this\\s+(?:week|month|year)|last\\s+(?:week|month|year))" + B1, FLAGS);
    private static final Pattern WEEKDAY_REFERENCE = Pattern.compile(
        B0 + "(?:(?<mod>last|past|this|next)\\s+)?(?<wd>" + WEEKDAY + ")", FLAGS);
    private static final Pattern ROLLING = Pattern.compile(B0 + "(?<mod>past|last|previous)\\s+(?:(?<n>" + NUMBER
        + ")(?<half>\\s+and\\s+a\\s+half)?\\s+)?(?<unit>hour|day|week|month|year)(?<plural>s?)" + B1, FLAGS);
    private static final Pattern AGO = Pattern.compile(
        B0 + "(?<n>" + NUMBER + ")\\s+(?<unit>hour|day|week|month|year)s?\\s+ago" + B1, FLAGS);
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** Builds a mention from one match, or returns null when the match is not a date after all. */
    private interface Builder {
        DateMention build(Matcher m, String text, LocalDate reference);
    }

    /**
     * A rule, and the lower-case words one of which a text must contain for the rule to match: a substring
     * test over the text is far cheaper than running the pattern. {@code firstChars} lists the lower-case letters
     * a match can begin with ("0" for any digit), so the pattern is tried only at words that can start one.
     */
    private record Rule(Pattern pattern, Builder builder, List<String> hints, String firstChars) {
    }

    private static final Rule ABSOLUTE_RULE = new Rule(ABSOLUTE, DateFinder::absolute, List.of("jan", "feb", "mar",
        "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec", "-0", "-1"), "0jfmasondtw");
    private static final List<Rule> RULES = List.of(
        ABSOLUTE_RULE,
        new Rule(YEAR_IN_CONTEXT, DateFinder::yearInContext, List.of("19", "20"), "idtubaemcshwf"),
        new Rule(PART_OF_YEAR, DateFinder::partOfYear, List.of("19", "20"), "mel"),
        new Rule(BETWEEN, DateFinder::between, List.of("between", "from"), "bf"),
        new Rule(SINCE, DateFinder::since, List.of("since"), "s"),
        new Rule(FIXED, DateFinder::fixed, List.of("today", "tonight", "this", "yesterday", "night", "tomorrow", "last"), "tyloed"),
        new Rule(WEEKDAY_REFERENCE, DateFinder::weekday, List.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday"), "lptnmwfs"),
        new Rule(ROLLING, DateFinder::rolling, List.of("past", "last", "previous"), "pl"),
        new Rule(AGO, DateFinder::ago, List.of("ago"), "0abcdefghijklmnopqrstuvwxyz"));

    private static final Comparator<DateMention> LONGEST_FIRST = Comparator
        .comparingInt((DateMention d) -> -d.span().length()).thenComparingInt(d -> d.span().start());

    /** Creates a finder; it holds no state, so one instance can be shared freely. */
    public DateFinder() {
    }

    /**
     * Every date expression in {@code text}, in text order and non-overlapping (where candidates overlap the
     * longest wins, then the earliest).
     *
     * @param text the document text
     * @param reference the publication date used to resolve relative and year-less expressions; may be null
     * @return the mentions, an unmodifiable list
     */
    public List<DateMention> find(String text, LocalDate reference) {
        return find(scan(text), reference);
    }

    /**
     * Where each rule matches in a text: the costly part of finding dates, which does not depend on the reference
     * date, so that a text read against several references ({@link DocumentDates}) is scanned once.
     */
    public static final class Scan {
        private final String text;
        private final int[][] matchStarts;

        private Scan(String text, int[][] matchStarts) {
            this.text = text;
            this.matchStarts = matchStarts;
        }

        /** The text scanned. */
        public String text() {
            return text;
        }
    }

    /** Scans {@code text} for every rule's matches (see {@link Scan}). */
    public Scan scan(String text) {
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        int[] wordStarts = null;
        int[][] matchStarts = new int[RULES.size()][];
        for (int r = 0; r < RULES.size(); r++) {
            Rule rule = RULES.get(r);
            matchStarts[r] = new int[0];
            if (rule.hints().stream().noneMatch(lower::contains)) {
                continue;
            }
            if (wordStarts == null) {
                wordStarts = wordStarts(text);
            }
            // every pattern begins at a word start (B0), so trying only there is the same as find(), and faster
            Matcher m = rule.pattern().matcher(text).useTransparentBounds(true);
            int matchedTo = 0;
            int[] found = new int[8];
            int n = 0;
            for (int start : wordStarts) {
                char first = lower.charAt(start);
                if (start < matchedTo || rule.firstChars().indexOf(Character.isDigit(first) ? '0' : first) < 0) {
                    continue;
                }
                m.region(start, text.length());
                if (m.lookingAt()) {
                    matchedTo = m.end();
                    if (n == found.length) {
                        found = java.util.Arrays.copyOf(found, n * 2);
                    }
                    found[n++] = start;
                }
            }
            matchStarts[r] = java.util.Arrays.copyOf(found, n);
        }
        return new Scan(text, matchStarts);
    }

    /** Every date expression of a scanned text, resolved against {@code reference}, as {@link #find(String, LocalDate)}. */
    public List<DateMention> find(Scan scan, LocalDate reference) {
        String text = scan.text;
        List<DateMention> candidates = new ArrayList<>();
        for (int r = 0; r < RULES.size(); r++) {
            if (scan.matchStarts[r].length == 0) {
                continue;
            }
            Rule rule = RULES.get(r);
            Matcher m = rule.pattern().matcher(text).useTransparentBounds(true);
            for (int start : scan.matchStarts[r]) {
                m.region(start, text.length());
                if (m.lookingAt()) { // as when scanned
                    DateMention mention = rule.builder().build(m, text, reference);
                    if (mention != null) {
                        candidates.add(mention);
                    }
                }
            }
        }
        candidates.sort(LONGEST_FIRST);
        // Kept mentions by start offset; they never overlap, so only the neighbours of a candidate can clash.
        TreeMap<Integer, DateMention> kept = new TreeMap<>();
        for (DateMention candidate : candidates) {
            Span span = candidate.span();
            Map.Entry<Integer, DateMention> before = kept.floorEntry(span.start());
            Map.Entry<Integer, DateMention> after = kept.ceilingEntry(span.start());
            if ((before == null || !before.getValue().span().overlaps(span))
                && (after == null || !after.getValue().span().overlaps(span))) {
                kept.put(span.start(), candidate);
            }
        }
        return List.copyOf(kept.values());
    }

    /** Offsets where a letter or digit follows a non-alphanumeric character or the text start. */
    private static int[] wordStarts(String text) {
        int[] starts = new int[16];
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetterOrDigit(text.charAt(i)) && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))) {
                if (n == starts.length) {
                    starts = java.util.Arrays.copyOf(starts, n * 2);
                }
                starts[n++] = i;
            }
        }
        return java.util.Arrays.copyOf(starts, n);
    }

    /**
     * A reference date inferred from the document's own explicit full dates (day, month and year, including
     * those inside periods) for when there is no publication date: the latest such date, or null if none.
     *
     * @param text the document text
     * @return the latest full date in the text, or null
     */
    public LocalDate inferReference(String text) {
        return inferReference(scan(text));
    }

    /** {@link #inferReference(String)} of a scanned text. */
    public LocalDate inferReference(Scan scan) {
        LocalDate latest = null;
        Matcher m = ABSOLUTE.matcher(scan.text).useTransparentBounds(true);
        for (int start : scan.matchStarts[RULES.indexOf(ABSOLUTE_RULE)]) {
            m.region(start, scan.text.length());
            if (!m.lookingAt()) {
                continue;
            }
            Parts parts = AbsoluteDates.parts(m.group());
            DayRange range = parts != null && parts.full() ? AbsoluteDates.resolve(parts, null) : null;
            if (range != null && (latest == null || range.start().isAfter(latest))) {
                latest = range.start();
            }
        }
        return latest;
    }

    private static DateMention mention(String text, int start, int end, DayRange range, Kind kind) {
        return range == null ? null : new DateMention(new Span(start, end), text.substring(start, end),
            range.start(), range.end(), range.granularity(), kind);
    }

    private static DateMention absolute(Matcher m, String text, LocalDate reference) {
        Parts parts = AbsoluteDates.parts(m.group());
        DayRange range = AbsoluteDates.resolve(parts, reference);
        if (range == null && parts != null && parts.month() > 0) {
            // "31 February 2019": the shape of a date that names no real day. It is no date, and its numbers are
            // no counts either, so it stays a mention, unresolved
            return new DateMention(new Span(m.start(), m.end()), m.group(), null, null,
                parts.day() > 0 ? DateGranularity.DAY : DateGranularity.MONTH, Kind.ABSOLUTE);
        }
        return mention(text, m.start(), m.end(), range, Kind.ABSOLUTE);
    }

    private static DateMention yearInContext(Matcher m, String text, LocalDate reference) {
        DayRange range = DayRange.year(Integer.parseInt(m.group("y")));
        return mention(text, m.start("y"), m.end("y"), range, Kind.ABSOLUTE);
    }

    private static DateMention partOfYear(Matcher m, String text, LocalDate reference) {
        int year = Integer.parseInt(m.group("y"));
        String q = m.group("q").toLowerCase(Locale.ROOT);
        int first = q.equals("early") ? 1 : q.equals("mid") ? 6 : 9;
        int last = q.equals("early") ? 4 : q.equals("mid") ? 7 : 12;
        DayRange range = new DayRange(LocalDate.of(year, first, 1), YearMonth.of(year, last).atEndOfMonth(),
            DateGranularity.MONTH);
        return mention(text, m.start(), m.end(), range, Kind.ABSOLUTE);
    }

    private static DateMention between(Matcher m, String text, LocalDate reference) {
        String first = m.group("a") != null ? m.group("a") : m.group("c");
        DayRange range = AbsoluteDates.period(AbsoluteDates.parts(first), AbsoluteDates.parts(m.group("b")),
            reference);
        return mention(text, m.start(), m.end(), range, Kind.PERIOD);
    }

    private static DateMention since(Matcher m, String text, LocalDate reference) {
        DayRange from = m.group("wd") != null
            ? DayRange.relative(reference, DateGranularity.DAY,
                d -> d.with(TemporalAdjusters.previousOrSame(DateWords.weekday(m.group("wd")))), d -> d)
            : AbsoluteDates.resolve(AbsoluteDates.parts(m.group("a")), reference);
        if (from == null) {
            return null;
        }
        DayRange range = !from.resolved() ? DayRange.unresolved(DateGranularity.PERIOD)
            : new DayRange(from.start(), reference != null && !reference.isBefore(from.start()) ? reference
                : from.end(), DateGranularity.PERIOD);
        return mention(text, m.start(), m.end(), range, Kind.PERIOD);
    }

    private static DateMention fixed(Matcher m, String text, LocalDate ref) {
        String words = SPACES.matcher(m.group("w").toLowerCase(Locale.ROOT)).replaceAll(" ");
        DayRange range = switch (words) {
            case "today", "tonight", "this morning", "this afternoon", "this evening" -> daysBefore(ref, 0);
            case "yesterday", "last night", "overnight" -> daysBefore(ref, 1);
            case "day before yesterday" -> daysBefore(ref, 2);
            case "tomorrow" -> daysBefore(ref, -1);
            case "this week" -> DayRange.relative(ref, DateGranularity.WEEK, DateFinder::monday, d -> d);
            case "earlier this week" -> DayRange.relative(ref, DateGranularity.PERIOD, DateFinder::monday, d -> d);
            case "last week" -> DayRange.relative(ref, DateGranularity.WEEK,
                d -> monday(d).minusWeeks(1), d -> monday(d).minusDays(1));
            case "this month" -> DayRange.relative(ref, DateGranularity.MONTH,
                d -> d.withDayOfMonth(1), d -> YearMonth.from(d).atEndOfMonth());
            case "earlier this month" -> DayRange.relative(ref, DateGranularity.PERIOD,
                d -> d.withDayOfMonth(1), d -> d);
            case "last month" -> DayRange.relative(ref, DateGranularity.MONTH,
                d -> d.minusMonths(1).withDayOfMonth(1), d -> d.withDayOfMonth(1).minusDays(1));
            case "this year" -> DayRange.relative(ref, DateGranularity.YEAR,
                d -> d.withDayOfYear(1), d -> d.with(TemporalAdjusters.lastDayOfYear()));
            case "earlier this year" -> DayRange.relative(ref, DateGranularity.PERIOD, d -> d.withDayOfYear(1), d -> d);
            case "last year" -> DayRange.relative(ref, DateGranularity.YEAR,
                d -> d.minusYears(1).withDayOfYear(1), d -> d.withDayOfYear(1).minusDays(1));
            default -> null;
        };
        return mention(text, m.start(), m.end(), range, Kind.RELATIVE);
    }

    private static DateMention weekday(Matcher m, String text, LocalDate ref) {
        DayOfWeek day = DateWords.weekday(m.group("wd"));
        String mod = m.group("mod") == null ? "" : m.group("mod").toLowerCase(Locale.ROOT);
        TemporalAdjuster adjuster = switch (mod) {
            case "last", "past" -> TemporalAdjusters.previous(day);
            case "next" -> TemporalAdjusters.next(day);
            default -> TemporalAdjusters.previousOrSame(day);
        };
        DayRange range = DayRange.relative(ref, DateGranularity.DAY, d -> d.with(adjuster), d -> d.with(adjuster));
        return mention(text, m.start(), m.end(), range, Kind.RELATIVE);
    }

    private static DateMention rolling(Matcher m, String text, LocalDate ref) {
        boolean counted = m.group("n") != null;
        // "last week" is the calendar week (FIXED); "last"/"previous" need a count, and "past years" is vague
        if (!counted && (!m.group("mod").equalsIgnoreCase("past") || !m.group("plural").isEmpty())) {
            return null;
        }
        double amount = (counted ? DateWords.number(m.group("n")) : 1) + (m.group("half") != null ? 0.5 : 0);
        if (amount == 0) {
            return null;
        }
        String unit = m.group("unit").toLowerCase(Locale.ROOT);
        DayRange range = DayRange.relative(ref, DateGranularity.PERIOD, d -> switch (unit) {
            case "hour" -> d.minusDays((long) Math.ceil(amount / 24));
            case "day" -> d.minusDays((long) Math.ceil(amount));
            case "week" -> d.minusDays((long) Math.ceil(amount * 7));
            case "month" -> d.minusMonths((long) amount).minusDays(amount % 1 == 0 ? 0 : 15);
            default -> d.minusMonths(Math.round(amount * 12));
        }, d -> d);
        return mention(text, m.start(), m.end(), range, Kind.RELATIVE);
    }

    private static DateMention ago(Matcher m, String text, LocalDate ref) {
        int n = DateWords.number(m.group("n"));
        if (n == 0) {
            return null;
        }
        DayRange range = switch (m.group("unit").toLowerCase(Locale.ROOT)) {
            case "hour" -> daysBefore(ref, n / 24); // "two hours ago" is still the reference day
            case "day" -> daysBefore(ref, n);
            case "week" -> DayRange.relative(ref, DateGranularity.WEEK,
                d -> monday(d.minusWeeks(n)), d -> monday(d.minusWeeks(n)).plusDays(6));
            case "month" -> ref == null ? DayRange.unresolved(DateGranularity.MONTH)
                : DayRange.month(ref.minusMonths(n).getYear(), ref.minusMonths(n).getMonthValue());
            default -> ref == null ? DayRange.unresolved(DateGranularity.YEAR) : DayRange.year(ref.getYear() - n);
        };
        return mention(text, m.start(), m.end(), range, Kind.RELATIVE);
    }

    private static DayRange daysBefore(LocalDate ref, long days) {
        return DayRange.relative(ref, DateGranularity.DAY, d -> d.minusDays(days), d -> d.minusDays(days));
    }

    private static LocalDate monday(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}
