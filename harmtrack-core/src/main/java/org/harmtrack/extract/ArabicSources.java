package org.harmtrack.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.harmtrack.model.Figure;
import org.harmtrack.model.Span;
import org.harmtrack.text.Sentence;

/**
 * Who gives the figures of an Arabic sentence, read from the text {@link org.harmtrack.text.ArabicScript#fold
 * folded} for matching: a source the reports cite ("المرصد السوري", "الدفاع المدني", "وزارة الصحة", "سانا", a
 * belligerent's ministry or command) named next to a word of telling ("قال", "أفاد", "ذكر", "أعلن", "بحسب",
 * "وفق"), or of denying ("نفى") and admitting ("اعترف", "أقر"). Arabic puts the verb before its subject ("وقال
 * الدفاع المدني إن..."), and "بحسب" before the source, so the source is looked for just after the word, or just
 * before it when the subject comes first. The Arabic layer of the sources stage: it gives the same
 * {@link SourceMention}s as the English reader.
 *
 * <p>Thread-safe: stateless.
 */
final class ArabicSources {
    private record Known(Pattern pattern, String name, boolean belligerent) {
    }

    private static final List<Known> KNOWN = List.of(
            known("المرصد السوري لحقوق الانسان|المرصد السوري|المرصد", "SOHR", false),
            known("الشبكه السوريه لحقوق الانسان", "SNHR", false),
            known("الدفاع المدني|الخوذ البيضاء", "Civil Defence", false),
            known("وزاره الصحه|مديريه الصحه", "Ministry of Health", false),
            known("الوكاله العربيه السوريه للانباء|سانا", "SANA", false),
            known("الهلال الاحمر", "Red Crescent", false),
            known("الامم المتحده|اليونيسف|مكتب تنسيق الشوون الانسانيه", "United Nations", false),
            known("وزاره الدفاع الروسيه|الدفاع الروسيه|مركز المصالحه الروسي", "Russian Ministry of Defence", true),
            known("وزاره الدفاع التركيه|الدفاع التركيه", "Turkish Ministry of Defence", true),
            known("القياده المركزيه الامريكيه|القياده المركزيه الاميركيه|سنتكوم|البنتاغون", "US military", true),
            known("التحالف الدولي|قوات التحالف|التحالف", "coalition", true),
            known("الجيش الاسراييلي|جيش الاحتلال", "Israeli military", true),
            known("الاناضول", "Anadolu Agency", false),
            known("نورث برس", "North Press", false),
            known("عنب بلدي", "Enab Baladi", false),
            known("تلفزيون سوريا", "Syria TV", false),
            known("رويترز", "Reuters", false),
            known("فرانس برس", "AFP", false),
            known("الجزيره", "Al Jazeera", false),
            known("مصادر طبيه|مصدر طبي|مشفي|مستشفي", "medical sources", false),
            known("مصادر محليه|مصدر محلي|ناشطون|ناشطين|مصادر ميدانيه|مصادر في المعارضه", "local sources", false),
            known("الاهالي|السكان|شهود عيان|شهود", "residents", false));

    /** Words of telling, denying and admitting, with the proclitics they may carry (و ف). */
    private static final Pattern TELLING = Pattern.compile("(?<![\\p{L}\\u0640])[وف]?(?<verb>قال|قالت|افاد|افادت|ذكر"
            + "|ذكرت|اعلن|اعلنت|اكد|اكدت|وثق|وثقت|اشار|اشارت|اوضح|اوضحت|بحسب|حسب|وفق|وفقا|طبقا|نقلا عن"
            + "|نفي|نفت|انكر|انكرت|اعترف|اعترفت|اقر|اقرت)(?![\\p{L}\\u0640])");
    /** How far after a word of telling its source may be named: "وقال مراسل الأناضول في المدينة". */
    private static final int AFTER = 45;
    /** How far before it: "الدفاع المدني أفاد". */
    private static final int BEFORE = 30;

    private ArabicSources() {
    }

    private static Known known(String regex, String name, boolean belligerent) {
        return new Known(org.harmtrack.text.ArabicScript.wordPattern(regex), name, belligerent); // "للدفاع المدني" too
    }

    /** The sources of one sentence of {@code folded} (the document text folded for matching). */
    static List<SourceMention> read(String folded, Sentence s) {
        List<SourceMention> out = new ArrayList<>();
        Matcher verbs = TELLING.matcher(folded).region(s.start(), s.end());
        while (verbs.find()) {
            String verb = verbs.group("verb");
            SourceMention after = sourceNear(folded, verbs.end(), Math.min(s.end(), verbs.end() + AFTER), verb);
            SourceMention found = after != null ? after
                    : sourceNear(folded, Math.max(s.start(), verbs.start() - BEFORE), verbs.start(), verb);
            if (found != null && out.stream().noneMatch(o -> o.span().overlaps(found.span()))) {
                out.add(found);
            }
        }
        out.sort(Comparator.comparingInt(m -> m.span().start()));
        return out;
    }

    /** The first known source named in {@code [from, to)}, credited with the stance the verb gives, or null. */
    private static SourceMention sourceNear(String folded, int from, int to, String verb) {
        SourceMention first = null;
        for (Known k : KNOWN) {
            Matcher m = k.pattern.matcher(folded).region(from, to);
            if (m.find() && (first == null || m.start() < first.span().start())) {
                first = new SourceMention(k.name, stance(verb, k.belligerent), new Span(m.start(), m.end()),
                        k.belligerent);
            }
        }
        return first;
    }

    private static Figure.Stance stance(String verb, boolean belligerent) {
        if (verb.startsWith("نف") || verb.startsWith("انكر")) {
            return Figure.Stance.DENIED;
        }
        boolean admits = verb.startsWith("اعترف") || verb.startsWith("اقر");
        return admits && belligerent ? Figure.Stance.ADMITTED : Figure.Stance.REPORTED;
    }
}
