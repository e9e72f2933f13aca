package org.harmtrack.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.harmtrack.model.DateGranularity;

/**
 * A document's dates, anchored as a careful reader anchors them.
 * <ul>
 *   <li>With a publication date, every expression is resolved against it ({@link DateFinder#find}).</li>
 *   <li>Without one, a date line near the top stands in for it: a line that is little more than a full date
 *       ("Friday, 16 June 2023, 17:23", "Published: 5 July 2022", "(July 5, 2022 / JNS)"), within the first
 *       {@value #DATE_LINE_REACH} characters.</li>
 *   <li>Without either, relative words ("Tuesday", "yesterday") are read against the document's latest own full
 *       date, and a day without its year ("November 6") takes the year of the document's full date of that day,
 *       else of the nearest full date before it (after it, failing one before). Page furniture (lists of other
 *       stories) should be blanked out of the text first: its dates are not the report's.</li>
 * </ul>
 * <p>Thread-safe: stateless.
 */
public final class DocumentDates {
    /** How far into a document a date line may stand and still be its publication date. */
    static final int DATE_LINE_REACH = 1500;
    /** What may stand on a date line besides the date: a label, a weekday, a clock time, a zone, an agency. */
    private static final Pattern DATE_LINE_REST = Pattern.compile(
            "(?i)[\\s,.:|()/·•–—-]*(?:(?:published|posted|updated|last\\s+updated|date|on|at|am|pm|gmt|utc|uk|local"
            + "|time|\\d{1,2}:\\d{2}(?::\\d{2})?|[+-]\\d{2}:?\\d{2}|(?-i:[A-Z]{2,6}))[\\s,.:|()/·•–—-]*)*");
    private static final Pattern LINE = Pattern.compile("[^\\n]+");

    private final DateFinder finder = new DateFinder();

    /**
     * Every date expression of {@code text}, resolved against {@code published} or as described above; in a text
     * mostly in Arabic (folded for matching, {@link org.harmtrack.text.ArabicScript#fold}) the Arabic expressions
     * too ({@link ArabicDates}), read against the publication date or, failing it, a date line.
     */
    public List<DateMention> find(String text, LocalDate published) {
        List<DateMention> found = findLatin(text, published);
        if (!org.harmtrack.text.ArabicScript.isMostlyIn(text)) {
            return found;
        }
        // without a publication date, only a date line anchors Arabic relative words and year-less days: the
        // latest full date of a short Arabic post is as often a date of its background ("the agreement of 5 March
        // 2020") as its own, and a weekday read against it lands years away
        LocalDate reference = published != null ? published : dateLine(text);
        List<DateMention> all = new ArrayList<>(found);
        for (DateMention d : ArabicDates.find(text, reference)) {
            if (found.stream().noneMatch(f -> f.span().overlaps(d.span()))) {
                all.add(d);
            }
        }
        all.sort(java.util.Comparator.comparingInt(d -> d.span().start()));
        return List.copyOf(all);
    }

    private List<DateMention> findLatin(String text, LocalDate published) {
        DateFinder.Scan scan = finder.scan(text); // once: the reading against each reference below is cheap
        if (published != null) {
            return finder.find(scan, published);
        }
        List<DateMention> unanchored = finder.find(scan, null);
        LocalDate dateLine = dateLine(text, unanchored);
        if (dateLine != null) {
            return finder.find(scan, dateLine);
        }
        return anchoredOnOwnDates(scan, unanchored);
    }

    /** The publication date a date line near the top gives, or null. */
    public LocalDate dateLine(String text) {
        return dateLine(text, finder.find(text.substring(0, Math.min(text.length(), DATE_LINE_REACH)), null));
    }

    private static LocalDate dateLine(String text, List<DateMention> mentions) {
        Matcher line = LINE.matcher(text);
        for (DateMention d : mentions) {
            if (d.span().start() > DATE_LINE_REACH) {
                break;
            }
            if (!isFullDay(d)) {
                continue;
            }
            int lineStart = text.lastIndexOf('\n', d.span().start() - 1) + 1;
            if (!line.find(lineStart)) {
                continue;
            }
            int lineEnd = line.end();
            String before = text.substring(lineStart, d.span().start());
            String after = text.substring(d.span().end(), lineEnd);
            if (DATE_LINE_REST.matcher(before).matches() && DATE_LINE_REST.matcher(after).matches()
                    || text.startsWith("(", lineStart) && before.length() <= 1 && after.matches("\\s*/[^)\\n]{1,40}\\).*")) {
                return d.start();
            }
        }
        return null;
    }

    /**
     * Without a publication date or a date line: relative words are read against the document's latest own full
     * date (captions, statements and posts of a report cluster around its publication), and a day without its year
     * takes the year of the document's full date of that day, else of the nearest full date before (or after) it.
     */
    private List<DateMention> anchoredOnOwnDates(DateFinder.Scan scan, List<DateMention> unanchored) {
        LocalDate latest = finder.inferReference(scan);
        if (latest == null) {
            return unanchored;
        }
        List<DateMention> full = unanchored.stream().filter(DocumentDates::isFullDay).toList();
        List<DateMention> out = new ArrayList<>();
        for (DateMention d : finder.find(scan, latest)) {
            DateMention ownYear = null;
            if (d.kind() == DateMention.Kind.ABSOLUTE && d.granularity() == DateGranularity.DAY && !isFullDay(d)) {
                ownYear = withOwnYear(d, full);
            }
            out.add(ownYear != null ? ownYear : d);
        }
        return List.copyOf(out);
    }

    private static DateMention withOwnYear(DateMention d, List<DateMention> full) {
        AbsoluteDates.Parts parts = AbsoluteDates.parts(d.text());
        if (parts == null || parts.day() <= 0 || parts.month() <= 0) {
            return null;
        }
        DateMention year = null;
        for (DateMention f : full) {
            if (f.start().getMonthValue() == parts.month() && f.start().getDayOfMonth() == parts.day()) {
                year = f;
                break;
            }
        }
        if (year == null) {
            year = nearest(d, full);
        }
        DayRange range = AbsoluteDates.resolve(new AbsoluteDates.Parts(parts.day(), parts.month(),
                year.start().getYear()), null);
        return range == null ? null
                : new DateMention(d.span(), d.text(), range.start(), range.end(), range.granularity(), d.kind());
    }

    /** The mention of {@code among} nearest before {@code d} in the text, else the nearest after it. */
    private static DateMention nearest(DateMention d, List<DateMention> among) {
        DateMention before = null;
        DateMention after = null;
        for (DateMention f : among) {
            if (f.span().start() <= d.span().start()) {
                before = f;
            } else if (after == null) {
                after = f;
            }
        }
        return before != null ? before : after;
    }

    private static boolean isFullDay(DateMention d) {
        if (!d.isResolved() || d.kind() != DateMention.Kind.ABSOLUTE || d.granularity() != DateGranularity.DAY) {
            return false;
        }
        AbsoluteDates.Parts parts = AbsoluteDates.parts(d.text());
        return parts != null && parts.full();
    }
}
