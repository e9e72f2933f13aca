package org.harmtrack.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.harmtrack.model.Perpetrator.ActorKind;
import org.harmtrack.model.Perpetrator;
import org.harmtrack.model.Span;
import org.harmtrack.text.Sentence;
import org.harmtrack.text.Token;
import org.harmtrack.text.WordScan;

/**
 * Finds armed actors in a sentence and normalises them (ACLED-style canonical names with a kind and, for
 * state forces, the country), and decides from the words around each whether it is named as the attacker:
 * "US airstrikes", "an alleged Israeli strike", "regime forces shelled", "carried out by Turkish drones",
 * "attributed the strike to the Israeli forces". An actor named as a victim ("3 IS fighters were killed") is not.
 * <p>Thread-safe: stateless, patterns compiled once.
 */
final class ActorReader {
    /** An actor's pattern, and the lower-case beginnings of the words its matches can start with. */
    private record Actor(Pattern pattern, String name, ActorKind kind, String country, List<String> hints) {
    }

    private static final List<Actor> ACTORS = List.of(
            actor("Saudi-led\\s+coalition|Arab\\s+coalition", "Saudi-led coalition", ActorKind.COALITION, "SA", List.of("saudi", "arab")),
            actor("(?:US|U\\.S\\.|American)(?:-UK|-British)?[- ]led(?:\\s+(?:international\\s+)?(?:military\\s+)?coalition)?"
                    + "|[Ii]nternational\\s+[Cc]oalition"
                    + "|(?<![\\w-])[Cc]oalition(?:\\s+(?:forces|warplanes|jets|aircraft|strikes?|airstrikes?))?(?!\\s+of)",
                    "US-led coalition", ActorKind.COALITION, "US", List.of("us", "u.s.", "american", "international", "coalition")),
            actor("US|U\\.S\\.|USA|American|United\\s+States|CIA|Pentagon|Predator|Reaper", "United States",
                    ActorKind.STATE_MILITARY, "US", List.of("us", "u.s.", "usa", "american", "united", "cia", "pentagon", "predator", "reaper")),
            actor("Israeli|Israel|IDF|Israel\\s+Defen[cs]e\\s+Forces|IAF", "Israeli military", ActorKind.STATE_MILITARY, "IL", List.of("israel", "idf", "iaf")),
            actor("Russian|Russia", "Russian military", ActorKind.STATE_MILITARY, "RU", List.of("russia")),
            actor("SyrianRegime|Syrian\\s+(?:regime|government|army|Arab\\s+Army|air\\s+force|military|troops|helicopters|warplanes|jets|planes|aircraft|forces|artillery)"
                    + "|pro-regime|[Rr]egime|Assad|SAA|[Gg]overnment\\s+forces", "Syrian government forces",
                    ActorKind.STATE_MILITARY, "SY", List.of("syrian", "pro-regime", "regime", "assad", "saa", "government")),
            actor("Turkish|Turkey|TSK|Operation\\s+(?:Olive\\s+Branch|Euphrates\\s+Shield|Peace\\s+Spring)",
                    "Turkish military", ActorKind.STATE_MILITARY, "TR", List.of("turk", "tsk", "operation")),
            actor("British|RAF|Royal\\s+Air\\s+Force|UK", "United Kingdom", ActorKind.STATE_MILITARY, "GB", List.of("british", "raf", "royal", "uk")),
            actor("French|France", "French military", ActorKind.STATE_MILITARY, "FR", List.of("french", "france")),
            actor("Dutch", "Dutch military", ActorKind.STATE_MILITARY, "NL", List.of("dutch")),
            actor("Iraqi\\s+(?:forces|army|military|security\\s+forces|air\\s+force|troops)|Popular\\s+Mobili[sz]ation"
                    + "(?:\\s+(?:Forces|Units))?|PMF|PMU|Hashd", "Iraqi forces", ActorKind.STATE_MILITARY, "IQ", List.of("iraqi", "popular", "pmf", "pmu", "hashd")),
            actor("Iranian|IRGC", "Iranian military", ActorKind.STATE_MILITARY, "IR", List.of("iranian", "irgc")),
            actor("Pakistani\\s+(?:army|military|forces|security\\s+forces|air\\s+force|troops)", "Pakistani military",
                    ActorKind.STATE_MILITARY, "PK", List.of("pakistani")),
            actor("Islamic\\s+State|ISIS|ISIL|IS|Daesh|DAESH", "Islamic State", ActorKind.NON_STATE_GROUP, null, List.of("islamic", "isis", "isil", "is", "daesh")),
            actor("Hay'?[ae]t\\s+Tahrir\\s+al[- ]?Sham|Tahrir\\s+al[- ]Sham|HTS|Jabhat\\s+(?:al[- ])?Nusra|Nusra\\s+Front",
                    "Hayat Tahrir al-Sham", ActorKind.NON_STATE_GROUP, null, List.of("hay", "tahrir", "hts", "jabhat", "nusra")),
            actor("Syrian\\s+Democratic\\s+Forces|SDF|QSD", "Syrian Democratic Forces", ActorKind.NON_STATE_GROUP, null, List.of("syrian", "sdf", "qsd")),
            actor("YPG|YPJ|People'?s\\s+Protection\\s+Units", "YPG", ActorKind.NON_STATE_GROUP, null, List.of("ypg", "ypj", "people")),
            actor("Taliban|Tehrik-i-Taliban|TTP", "Taliban", ActorKind.NON_STATE_GROUP, null, List.of("taliban", "tehrik", "ttp")),
            actor("al[- ]Qa'?eda|al[- ]Qaida|AQAP", "al-Qaeda", ActorKind.NON_STATE_GROUP, null, List.of("al", "aqap")),
            actor("Hamas|Qassam\\s+Brigades", "Hamas", ActorKind.NON_STATE_GROUP, null, List.of("hamas", "qassam")),
            actor("Hezbollah|Hizbullah|Hizballah", "Hezbollah", ActorKind.NON_STATE_GROUP, null, List.of("hezbollah", "hizbullah", "hizballah")),
            actor("Houthis?|Ansar\\s+Allah", "Houthi forces", ActorKind.NON_STATE_GROUP, null, List.of("houthi", "ansar")),
            actor("al[- ]Shabaab|al[- ]Shabab", "al-Shabaab", ActorKind.NON_STATE_GROUP, null, List.of("al")),
            actor("Free\\s+Syrian\\s+Army|FSA|Syrian\\s+National\\s+Army|SNA", "Free Syrian Army",
                    ActorKind.NON_STATE_GROUP, null, List.of("free", "fsa", "syrian", "sna")),
            actor("Jaysh\\s+al[- ]?Islam|Jaish\\s+al[- ]Islam", "Jaysh al-Islam", ActorKind.NON_STATE_GROUP, null, List.of("jaysh", "jaish")),
            actor("Ahrar\\s+al[- ]?Sham", "Ahrar al-Sham", ActorKind.NON_STATE_GROUP, null, List.of("ahrar")),
            actor("(?:Al[- ])?Rahman\\s+Corps|Faylaq\\s+al[- ]Rahman", "Faylaq al-Rahman", ActorKind.NON_STATE_GROUP, null, List.of("al", "rahman", "faylaq")),
            actor("Suq[uo]+r\\s+al[- ]Sham|Soqour\\s+al[- ]Sham|Soqur\\s+al[- ]Sham", "Suqour al-Sham",
                    ActorKind.NON_STATE_GROUP, null, List.of("suq", "soq")),
            actor("(?:Harakat\\s+)?Nour\\s+al[- ]Din\\s+al[- ]Zen?k[iy]", "Nour al-Din al-Zenki", ActorKind.NON_STATE_GROUP,
                    null, List.of("harakat", "nour")),
            actor("Jaysh\\s+al[- ]Izz?a|Jaish\\s+al[- ]Izz?a", "Jaysh al-Izza", ActorKind.NON_STATE_GROUP, null,
                    List.of("jaysh", "jaish")),
            actor("Hurr?as\\s+al[- ]Din", "Hurras al-Din", ActorKind.NON_STATE_GROUP, null, List.of("hurras", "huras")),
            actor("Khalid\\s+(?:ibn|bin)\\s+al[- ]Walid(?:\\s+Army)?", "Khalid ibn al-Walid Army", ActorKind.NON_STATE_GROUP,
                    null, List.of("khalid")),
            actor("National\\s+Defen[cs]e\\s+Forces|NDF|Tiger\\s+Forces", "Syrian government forces",
                    ActorKind.STATE_MILITARY, "SY", List.of("national", "ndf", "tiger")),
            actor("(?:unidentified|unknown)\\s+(?:gunmen|armed\\s+(?:men|individuals|group|persons)|assailants|attackers"
                    + "|militants)", "unidentified armed group", ActorKind.UNKNOWN, null, List.of("unidentified", "unknown")));

    private static final Pattern AFTER_ATTACKER = Pattern.compile(
            "^[\\s-]*(?:led\\s+coalition\\s+)?(?:(?:aerial|air|naval|military|army|air\\s*force|forces|troops|soldiers"
            + "|warplanes|jets|aircraft|F-1[568]s?|fighter\\s+jets?|bombers?"
            + "|drones?|helicopters?|navy|artillery|units|militants|fighters|gunmen|members|planes|tanks|snipers|sniper"
            + "|police|security\\s+forces|ground\\s+forces|occupation(?:['’]s)?|-?backed\\s+\\w+"
            + "|and\\s+\\w+\\s+(?:forces|warplanes|jets|planes|aircraft|helicopters|drones|troops))\\s+)*"
            // "regime forces – stationed in a playground in the city – used rocket launchers"
            + "(?:[–—]\\s*[^–—.;]{1,90}[–—]\\s*)?"
            // "Russia, a close ally of the government, launched the strike"
            + "(?:,\\s*(?:a|an|the)\\s+[^,.;]{1,70},\\s*)?"
            // "coalition forces, backed by helicopters, carried out a raid"
            + "(?:(?:forces|troops|jets|warplanes|aircraft|units)?,\\s*(?:backed|supported|aided|helped|escorted)\\s+by"
            + "\\s+[^,.;]{1,40},\\s*)?"
            + "(?:(?:air\\s*[- ]?strikes?|strikes?|drone\\s+strikes?|raids?|shelling|bombardment|bombing|attacks?|missiles?"
            + "|rockets?|fire|gunfire|barrel\\s+bombs|bombs?|shells?|operations?|offensive|incursion)\\b"
            + "|(?:(?:has|have|had)\\s+)?(?:reportedly\\s+|allegedly\\s+|also\\s+)?(?:shelled|bombed|struck|targeted|attacked"
            // "SDF fighters killed in the strike", "regime soldiers targeted by a drone": the actor's men are the victims
            + "|killed(?!\\s+(?:in|by|when|while|as|near|at(?!\\s+least)|on|during|after|and\\s+(?:injured|wounded))\\b)|fired|launched"
            + "|carried|hit|raided|ambushed|executed|shot|stormed|detonated|dropped|bombarded|conducted|opened|pounded"
            + "|destroyed|assassinated|kidnapped|abducted|targeting|shelling|bombing|thwarted|repelled|repulsed|used"
            // headlines speak in the present: "Turkish drones target a car", "regime forces shell Tafas"
            + "|shell|shells|bomb|bombs|strike|strikes|kill|kills|target|targets|hits|pound|pounds)\\b)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BEFORE_ATTACKER = Pattern.compile(
            "(?:\\bby"
            + "|\\b(?:blamed|attributed|pinned)\\s+(?:[\\w'’]+\\s+){0,4}(?:on|to)|\\bblamed"
            // "fire from regime positions"; not "fighters from the SDF", who belong to it
            + "|(?<!(?:fighters|members|soldiers|commanders|people|men|women|children|civilians|militants|troops"
            + "|officers|leaders|residents|families|delegation|delegates)\\s)\\bfrom"
            // "aircraft they identified as belonging to the coalition", "the attackers belonged to IS"
            + "|\\b(?:aircraft|planes|jets|warplanes|drones?|helicopters?|attackers|gunmen|assailants|bombers)\\s+"
            + "(?:[\\w'’]+\\s+){0,4}belong(?:ing|ed|s)?\\s+to)\\s+"
            + "(?:the\\s+|an?\\s+)?(?:alleged(?:ly)?\\s+|suspected\\s+|likely\\s+)?$",
            Pattern.CASE_INSENSITIVE);

    /** "strikes against ISIL targets", "raids on regime positions": the actor is what was struck. */
    private static final Pattern TARGET_BEFORE = Pattern.compile(
            "\\b(?:against|on|at|targeting|targeted|hit|hitting|struck|striking)\\s+(?:the\\s+)?$", Pattern.CASE_INSENSITIVE);

    /**
     * "trained by the US", and other deeds than attacks that a "by" names the doer of ("credited by the U.S.
     * military", "areas held by the regime", "condemned by Turkey").
     */
    private static final Pattern BACKER_BEFORE = Pattern.compile(
            "\\b(?:trained|armed|funded|sponsored|equipped|financed|paid|credited|praised|condemned"
            + "|critici[sz]ed|welcomed|accused|announced|reported|confirmed|denied|claimed|stated|cited|recogni[sz]ed"
            + "|designated|considered|held|controlled|run|led|seized|captured|taken\\s+over|founded|formed|established)"
            + "\\s+by\\s+(?:the\\s+)?$", Pattern.CASE_INSENSITIVE);

    private static Actor actor(String regex, String name, ActorKind kind, String country, List<String> hints) {
        // a quote mark may open a name ("'Turkish drone strike'"); an apostrophe inside a word may not ("al-'Ali")
        return new Actor(Pattern.compile("(?<![\\w-])(?<!\\w['’])(?:" + regex + ")(?![\\w])"), name, kind, country,
                hints);
    }

    /**
     * Where an actor fights, for the groups and forces that fight at home: a sentence naming the SDF or the
     * regime is a sentence about Syria, which the geoparser weighs like a named country. Foreign forces
     * (US, Russian, Turkish, Israeli) and transnational groups (Islamic State, al-Qaeda) say nothing of where.
     */
    private static final Map<String, String> THEATRES = Map.ofEntries(
            Map.entry("Syrian government forces", "SY"), Map.entry("Hayat Tahrir al-Sham", "SY"),
            Map.entry("Syrian Democratic Forces", "SY"), Map.entry("YPG", "SY"), Map.entry("Free Syrian Army", "SY"),
            Map.entry("Jaysh al-Islam", "SY"), Map.entry("Ahrar al-Sham", "SY"), Map.entry("Faylaq al-Rahman", "SY"),
            Map.entry("Suqour al-Sham", "SY"), Map.entry("Nour al-Din al-Zenki", "SY"), Map.entry("Jaysh al-Izza", "SY"),
            Map.entry("Hurras al-Din", "SY"), Map.entry("Khalid ibn al-Walid Army", "SY"),
            Map.entry("Iraqi forces", "IQ"), Map.entry("Pakistani military", "PK"), Map.entry("Hamas", "PS"),
            Map.entry("Houthi forces", "YE"), Map.entry("al-Shabaab", "SO"), Map.entry("Taliban", "AF"));

    /** The country an actor's naming points to, or null (see {@link #THEATRES}). */
    static String theatreOf(String actorName) {
        return THEATRES.get(actorName);
    }

    /** Actors by the first two letters of their hints, to pick the few worth trying at a word. */
    private static final Map<String, List<Actor>> BY_PREFIX = byPrefix();

    private static Map<String, List<Actor>> byPrefix() {
        Map<String, List<Actor>> out = new HashMap<>();
        for (Actor a : ACTORS) {
            for (String h : a.hints) {
                List<Actor> list = out.computeIfAbsent(h.substring(0, 2), k -> new ArrayList<>());
                if (!list.contains(a)) {
                    list.add(a);
                }
            }
        }
        return out;
    }

    /** The actors named in a sentence, in text order, without overlaps. */
    List<ActorMention> read(String text, Sentence sentence) {
        List<ActorMention> out = new ArrayList<>();
        int to = sentence.end();
        for (Token token : sentence.tokens()) {
            if (!token.isWord()) {
                continue;
            }
            String word = token.lower();
            if (word.length() < 2) {
                continue;
            }
            for (Actor a : BY_PREFIX.getOrDefault(word.substring(0, 2), List.of())) {
                if (!startsWithAny(word, a.hints) || overlapsFound(out, token.start())) {
                    continue;
                }
                Matcher m = WordScan.matcher(a.pattern, text).region(token.start(), to);
                if (!m.lookingAt()) {
                    continue;
                }
                Span span = new Span(m.start(), m.end());
                String after = text.substring(m.end(), Math.min(to, m.end() + 140));
                String before = text.substring(Math.max(sentence.start(), m.start() - 60), m.start());
                // "fighters trained and armed by the US shot down ...": the US is who armed the attackers
                boolean backer = BACKER_BEFORE.matcher(before).find();
                boolean perpetrating = !backer && !TARGET_BEFORE.matcher(before).find()
                        && (AFTER_ATTACKER.matcher(after).find() || BEFORE_ATTACKER.matcher(before).find());
                out.add(new ActorMention(new Perpetrator(a.name, a.kind, a.country, m.group(), span), span, perpetrating));
            }
        }
        return out;
    }

    /**
     * The Arabic layer: the forces as Arabic reports name them, in the text folded for matching (alef and taa
     * marbuta folded), with the names and kinds of the English list. An actor is the attacker when the sentence
     * tells of a strike.
     */
    private static final List<Actor> ARABIC_ACTORS = List.of(
            arabic("التحالف الدولي|قوات التحالف|طيران التحالف|التحالف", "US-led coalition", ActorKind.COALITION, "US"),
            arabic("الروسيه|الروسي|روسيه|روسي|روسيا|الروس", "Russian military", ActorKind.STATE_MILITARY, "RU"),
            arabic("قوات النظام|طيران النظام|طايرات النظام|جيش النظام|النظام السوري|قوات الاسد|الجيش السوري|النظام",
                    "Syrian government forces", ActorKind.STATE_MILITARY, "SY"),
            arabic("التركيه|التركي|تركيه|تركي|تركيا|الاتراك", "Turkish military", ActorKind.STATE_MILITARY, "TR"),
            arabic("الاحتلال الاسراييلي|الاسراييليه|الاسراييلي|اسراييليه|اسراييلي|اسراييل", "Israeli military", ActorKind.STATE_MILITARY,
                    "IL"),
            arabic("الامريكيه|الامريكي|امريكيه|امريكي|الاميركيه|الاميركي|الولايات المتحده", "United States", ActorKind.STATE_MILITARY,
                    "US"),
            arabic("القوات الحكوميه|قوات الحكومه|الحكومه السوريه", "Syrian government forces", ActorKind.STATE_MILITARY,
                    "SY"),
            arabic("الايرانيه|الايراني|ايرانيه|ايراني|ايران", "Iranian military", ActorKind.STATE_MILITARY, "IR"),
            arabic("قسد|قوات سوريا الديمقراطيه|وحدات حمايه الشعب", "Syrian Democratic Forces", ActorKind.NON_STATE_GROUP,
                    null),
            arabic("داعش|تنظيم الدوله|الدوله الاسلاميه", "Islamic State", ActorKind.NON_STATE_GROUP, null),
            arabic("هييه تحرير الشام|تحرير الشام", "Hayat Tahrir al-Sham", ActorKind.NON_STATE_GROUP, null),
            arabic("حزب الله", "Hezbollah", ActorKind.NON_STATE_GROUP, null));
    /** Words of the weapon an actor's adjective may qualify: "الطائرات الحربية الروسية", "غارات روسية". */
    private static final Pattern ARABIC_AIR_WEAPON = Pattern.compile("(?:طاير|طيران|غار|مسير|حربي)[\\p{L}\u0640]*\\s+"
            + "(?:(?:ال)?(?:حربي|جوي|عدوان|احتلال)[\\p{L}\u0640]*\\s+)?$"); // "غارات على X": X is the target
    private static final Pattern ARABIC_STRIKE = Pattern.compile("غار|قصف|طيران|طاير|استهد|مسير|صاروخ|صواريخ|قذايف");

    private static Actor arabic(String regex, String name, ActorKind kind, String country) {
        return new Actor(org.harmtrack.text.ArabicScript.wordPattern(regex), name, kind, country, List.of());
    }

    /** The actors of an Arabic sentence of {@code text} (the document folded for matching). */
    static List<ActorMention> readArabic(String text, Sentence sentence) {
        List<ActorMention> out = new ArrayList<>();
        boolean strike = ARABIC_STRIKE.matcher(sentence.text()).find();
        for (Actor a : ARABIC_ACTORS) {
            Matcher m = a.pattern.matcher(text).region(sentence.start(), sentence.end());
            while (m.find()) {
                Span span = new Span(m.start(), m.end());
                if (out.stream().noneMatch(o -> o.span().overlaps(span))) {
                    out.add(new ActorMention(new Perpetrator(a.name, a.kind, a.country, m.group(), span), span, strike));
                }
            }
        }
        // the force whose aircraft struck comes before forces named beside it ("قوات النظام وروسيا" then
        // "الطائرات الحربية الروسية"): it is the attacker the sentence tells of most directly
        out.sort(java.util.Comparator.comparing((ActorMention o) -> !struckByAir(text, sentence.start(), o))
                .thenComparingInt(o -> o.span().start()));
        return out;
    }

    /**
     * Whether an Arabic actor is named as the owner of the aircraft that struck ("الطائرات الحربية الروسية",
     * "غارات روسية", "طائرات العدوان الروسي"): the attacker a report tells of most directly.
     */
    static boolean struckByAir(String text, int sentenceStart, ActorMention actor) {
        int start = actor.span().start();
        return ARABIC_AIR_WEAPON.matcher(text.substring(Math.max(sentenceStart, start - 30), start)).find();
    }

    private static boolean startsWithAny(String word, List<String> prefixes) {
        for (String p : prefixes) {
            if (word.startsWith(p)) {
                return true;
            }
        }
        return false;
    }

    private static boolean overlapsFound(List<ActorMention> found, int start) {
        return !found.isEmpty() && found.get(found.size() - 1).span().end() > start;
    }
}
