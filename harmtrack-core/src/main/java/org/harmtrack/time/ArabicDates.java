package org.harmtrack.time;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.chrono.HijrahDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.harmtrack.model.DateGranularity;
import org.harmtrack.model.Span;

/**
 * The date expressions of Arabic text, read from the text {@link org.harmtrack.text.ArabicScript#fold folded} for
 * matching (digits Western, alef and taa marbuta folded), with the same meaning as {@link DateFinder}'s:
 * <ul>
 *   <li>Days with both month systems, alone or paired ("16 تشرين الأول 2023", "3 يناير/كانون الثاني 2022",
 *       "12 شباط/فبراير"); without a year, the latest such day not more than seven days after the reference. A
 *       month and year alone ("أيار 2017") is a month.</li>
 *   <li>Hijri days ("5 رمضان 1445 هـ"), converted to the Gregorian calendar with {@link HijrahDate}.</li>
 *   <li>Relative words: "اليوم" with its times of day ("فجر اليوم", "مساء اليوم") is the reference day, "أمس" (and
 *       "البارحة") the day before, "أول أمس" two days before; a weekday ("الثلاثاء", "يوم الجمعة") the latest such
 *       day on or before the reference, and "أمس الأربعاء" the day before it.</li>
 * </ul>
 * Relative words and year-less days are unresolved without a reference, as in {@link DateFinder}.
 *
 * <p>Thread-safe: stateless.
 */
public final class ArabicDates {
    private static final String B0 = "(?<![\\p{L}\\p{N}\\u0640])";
    private static final String B1 = "(?![\\p{L}\\p{N}\\u0640])";
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("كانون الثاني", 1), Map.entry("شباط", 2), Map.entry("اذار", 3), Map.entry("نيسان", 4),
            Map.entry("ايار", 5), Map.entry("حزيران", 6), Map.entry("تموز", 7), Map.entry("اب", 8),
            Map.entry("ايلول", 9), Map.entry("تشرين الاول", 10), Map.entry("تشرين الثاني", 11),
            Map.entry("كانون الاول", 12), Map.entry("يناير", 1), Map.entry("فبراير", 2), Map.entry("مارس", 3),
            Map.entry("ابريل", 4), Map.entry("افريل", 4), Map.entry("مايو", 5), Map.entry("يونيو", 6),
            Map.entry("يونيه", 6), Map.entry("يوليو", 7), Map.entry("يوليه", 7), Map.entry("اغسطس", 8),
            Map.entry("سبتمبر", 9), Map.entry("اكتوبر", 10), Map.entry("نوفمبر", 11), Map.entry("ديسمبر", 12));
    private static final Map<String, Integer> HIJRI_MONTHS = Map.ofEntries(
            Map.entry("محرم", 1), Map.entry("صفر", 2), Map.entry("ربيع الاول", 3), Map.entry("ربيع الثاني", 4),
            Map.entry("ربيع الاخر", 4), Map.entry("جمادي الاولي", 5), Map.entry("جمادي الاول", 5),
            Map.entry("جمادي الثانيه", 6), Map.entry("جمادي الاخره", 6), Map.entry("جمادي الاخر", 6),
            Map.entry("رجب", 7), Map.entry("شعبان", 8), Map.entry("رمضان", 9), Map.entry("شوال", 10),
            Map.entry("ذو القعده", 11), Map.entry("ذي القعده", 11), Map.entry("ذو الحجه", 12), Map.entry("ذي الحجه", 12));
    private static final Map<String, DayOfWeek> WEEKDAYS = Map.of("الاحد", DayOfWeek.SUNDAY, "الاثنين",
            DayOfWeek.MONDAY, "الثلاثاء", DayOfWeek.TUESDAY, "الاربعاء", DayOfWeek.WEDNESDAY, "الخميس",
            DayOfWeek.THURSDAY, "الجمعه", DayOfWeek.FRIDAY, "السبت", DayOfWeek.SATURDAY);

    private static final String MONTH = alternation(MONTHS);
    private static final Pattern DAY = Pattern.compile(B0 + "(?<day>\\d{1,2})\\s+(?:من\\s+)?(?<mon>" + MONTH + ")"
            + "(?:\\s*/\\s*(?:" + MONTH + "))?" + B1 + "(?:\\s*,?\\s*(?:من\\s+)?(?:عام\\s+|العام\\s+|سنه\\s+)?(?<year>\\d{4})"
            + B1 + ")?");
    private static final Pattern MONTH_YEAR = Pattern.compile(B0 + "(?<mon>" + MONTH + ")(?:\\s*/\\s*(?:" + MONTH
            + "))?\\s*,?\\s+(?:عام\\s+|العام\\s+)?(?<year>\\d{4})" + B1);
    private static final Pattern HIJRI = Pattern.compile(B0 + "(?<day>\\d{1,2})\\s+(?<mon>" + alternation(HIJRI_MONTHS)
            + ")\\s+(?<year>1[345]\\d\\d)" + B1 + "(?:\\s*هـ|\\s*ه" + B1 + ")?");
    /** "اليوم", "فجر اليوم", "أمس", "أول أمس", each optionally followed by its weekday; or a weekday alone. */
    private static final Pattern RELATIVE = Pattern.compile(B0 + "(?:[وف]|بال)?(?:(?<today>اليوم)(?!\\s+(?:التالي|الاول|الثاني"
            + "|الثالث|الرابع|الاخير))|(?<before>اول\\s+(?:من\\s+)?امس)|(?<yesterday>امس|البارحه))" + B1
            + "(?:\\s+(?<wd1>" + alternation(WEEKDAYS) + ")" + B1 + ")?"
            + "|" + B0 + "(?:يوم\\s+)?(?<wd2>" + alternation(WEEKDAYS) + ")" + B1);

    private ArabicDates() {
    }

    /** Every date expression of {@code folded} (Arabic text folded for matching), resolved against {@code reference}. */
    public static List<DateMention> find(String folded, LocalDate reference) {
        List<DateMention> out = new ArrayList<>();
        Matcher hijri = HIJRI.matcher(folded);
        while (hijri.find()) {
            add(out, folded, hijri.start(), hijri.end(), hijriDay(hijri), DateMention.Kind.ABSOLUTE);
        }
        Matcher day = DAY.matcher(folded);
        while (day.find()) {
            int year = day.group("year") == null ? 0 : Integer.parseInt(day.group("year"));
            AbsoluteDates.Parts parts = new AbsoluteDates.Parts(Integer.parseInt(day.group("day")),
                    MONTHS.get(day.group("mon").replaceAll("\\s+", " ")), year);
            DayRange range = AbsoluteDates.resolve(parts, reference);
            if (!since(out, folded, day.start(), day.end(), range, reference)) {
                add(out, folded, day.start(), day.end(), range == null ? DayRange.unresolved(DateGranularity.DAY)
                        : range, DateMention.Kind.ABSOLUTE);
            }
        }
        Matcher month = MONTH_YEAR.matcher(folded);
        while (month.find()) {
            DayRange range = AbsoluteDates.resolve(new AbsoluteDates.Parts(0,
                    MONTHS.get(month.group("mon").replaceAll("\\s+", " ")), Integer.parseInt(month.group("year"))), null);
            if (!since(out, folded, month.start(), month.end(), range, reference)) {
                add(out, folded, month.start(), month.end(), range, DateMention.Kind.ABSOLUTE);
            }
        }
        Matcher relative = RELATIVE.matcher(folded);
        while (relative.find()) {
            add(out, folded, relative.start(), relative.end(), relativeDay(relative, reference), DateMention.Kind.RELATIVE);
        }
        out.sort(java.util.Comparator.comparingInt(d -> d.span().start()));
        return out;
    }

    /** The latest full date (day, month, year) the text gives, or null: the reference when none is published. */
    public static LocalDate inferReference(String folded) {
        LocalDate latest = null;
        for (DateMention d : find(folded, null)) {
            if (d.isResolved() && d.kind() == DateMention.Kind.ABSOLUTE && d.granularity() == DateGranularity.DAY
                    && (latest == null || d.start().isAfter(latest))) {
                latest = d.start();
            }
        }
        return latest;
    }

    /**
     * "منذ 24 تموز 2015" (since 24 July 2015): a period from that date to the reference, or to the date's own end
     * without one, as {@link DateFinder} reads "since"; true when the date was read so.
     */
    private static boolean since(List<DateMention> out, String text, int start, int end, DayRange range,
                                 LocalDate reference) {
        Matcher before = SINCE_BEFORE.matcher(text).region(Math.max(0, start - 16), start);
        if (range == null || range.start() == null || !before.find()) {
            return false;
        }
        LocalDate to = reference != null && !reference.isBefore(range.start()) ? reference : range.end();
        add(out, text, before.start(), end, new DayRange(range.start(), to, DateGranularity.PERIOD),
                DateMention.Kind.PERIOD);
        return true;
    }

    private static final Pattern SINCE_BEFORE = Pattern.compile(B0 + "[وف]?منذ\\s+(?:(?:مطلع|بدايه|اوايل)\\s+)?$");

    private static DayRange hijriDay(Matcher m) {
        try {
            HijrahDate h = HijrahDate.of(Integer.parseInt(m.group("year")),
                    HIJRI_MONTHS.get(m.group("mon").replaceAll("\\s+", " ")), Integer.parseInt(m.group("day")));
            return DayRange.day(LocalDate.from(h));
        } catch (DateTimeException e) {
            return null; // outside the Hijri calendar's range, or no such day
        }
    }

    private static DayRange relativeDay(Matcher m, LocalDate reference) {
        String weekday = m.group("wd1") != null ? m.group("wd1") : m.group("wd2");
        int back = m.group("before") != null ? 2 : m.group("yesterday") != null ? 1 : 0;
        if (reference == null) {
            return DayRange.unresolved(DateGranularity.DAY);
        }
        LocalDate day = reference.minusDays(back);
        if (weekday != null && (m.group("today") == null && back == 0 || day.getDayOfWeek() != WEEKDAYS.get(weekday))) {
            // a weekday alone, or one that is not the day the other word gives: the latest such day on or before it
            day = day.with(TemporalAdjusters.previousOrSame(WEEKDAYS.get(weekday)));
        }
        return DayRange.day(day);
    }

    private static void add(List<DateMention> out, String text, int start, int end, DayRange range,
                            DateMention.Kind kind) {
        if (range == null) {
            return;
        }
        Span span = new Span(start, end);
        if (out.stream().anyMatch(d -> d.span().overlaps(span))) {
            return; // "5 رمضان 1445" is a Hijri day, not also a Gregorian one
        }
        out.add(new DateMention(span, text.substring(start, end), range.start(), range.end(), range.granularity(), kind));
    }

    private static String alternation(Map<String, ?> words) {
        // longest first, spaces as any run of spaces: "تشرين الاول" before "تشرين"
        return words.keySet().stream().sorted((a, b) -> b.length() - a.length())
                .map(w -> w.replace(" ", "\\s+")).reduce((a, b) -> a + "|" + b).orElseThrow();
    }
}
