package org.harmtrack.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.harmtrack.model.Span;
import org.harmtrack.model.Target;
import org.harmtrack.model.TargetKind;
import org.harmtrack.model.Victim;
import org.harmtrack.model.Weapon;
import org.harmtrack.model.WeaponKind;
import org.harmtrack.text.ArabicScript;
import org.harmtrack.text.Sentence;

/**
 * What a sentence says was hit and with what: the {@link TargetKind targets} it names beside a word of striking
 * ("a bomb hit his home", "استهدفت الغارات مشفى"), and the {@link WeaponKind means} it names ("cluster bombs",
 * "برميل متفجر"), each kept as an allegation with who alleges it when the sentence gives it as a charge ("the
 * government accused the coalition of using white phosphorus", "اتهمت"). English and Arabic lexicons, the Arabic
 * one read on the text {@link org.harmtrack.text.ArabicScript#fold folded} for matching.
 *
 * <p>Thread-safe: stateless.
 */
final class HitReader {
    /** What a sentence names: its targets and its weapons, and the victims it lists. */
    record Hits(List<Target> targets, List<Weapon> weapons, List<Victim> victims) {
        static final Hits NONE = new Hits(List.of(), List.of(), List.of());

        Hits withVictims(List<Victim> victims) {
            return victims.isEmpty() ? this : new Hits(targets, weapons, victims);
        }
    }

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private static final Map<TargetKind, Pattern> TARGETS = Map.ofEntries(
            // not "at home", "back home", "home to", "the Home Office": idioms and offices, not a house struck
            target(TargetKind.RESIDENTIAL, "(?:family\\s+)?(?<!\\bat\\s)(?<!\\bback\\s)homes?(?!\\s+(?:to|country|town|office"
                    + "|secretary|ministry|affairs|front|soil|base))|houses?(?!\\s+of\\s+(?:commons|lords|representatives))|residential\\s+(?:buildings?|areas?|neighbou?rhoods?"
                    + "|blocks?|complex(?:es)?)|apartments?(?:\\s+(?:buildings?|blocks?))?|dwellings?|residences?",
                    "منزل|منازل|بيت|بيوت|مبني\\s+سكني|بناء\\s+سكني|ابنيه\\s+سكنيه|الاحياء\\s+السكنيه|شقه"),
            target(TargetKind.HEALTHCARE, "hospitals?|clinics?|medical\\s+(?:points?|cent(?:re|er)s?|facilit(?:y|ies))"
                    + "|health\\s+(?:cent(?:re|er)s?|facilit(?:y|ies))|ambulances?",
                    "مشفي|مستشفي|مستوصف|مركز\\s+طبي|مركز\\s+صحي|نقطه\\s+طبيه|سياره\\s+اسعاف"),
            target(TargetKind.EDUCATION, "schools?|universit(?:y|ies)|kindergartens?", "مدرسه|مدارس|جامعه|روضه"),
            target(TargetKind.RELIGIOUS, "mosques?|churches?|shrines?", "مسجد|جامع|كنيسه"),
            target(TargetKind.MARKET, "markets?|marketplaces?|shops?|baker(?:y|ies)|(?:fuel|gas|petrol)\\s+stations?"
                    + "|restaurants?", "سوق|اسواق|محل|محلات|فرن|مخبز|محطه\\s+(?:وقود|محروقات)"),
            target(TargetKind.INFRASTRUCTURE, "(?:water|power|electricity|pumping)\\s+(?:stations?|plants?)|bridges?|dams?"
                    + "|oil\\s+(?:fields?|refiner(?:y|ies)|facilit(?:y|ies)|wells?)|refiner(?:y|ies)|(?<!military\\s)airports?",
                    "محطه\\s+(?:مياه|كهرباء|ضخ)|جسر|سد|حقل\\s+نفط|حقول\\s+النفط|مصفاه|مطار"),
            target(TargetKind.CAMP, "(?:displacement|refugee|idps?|displaced\\s+persons?)\\s+camps?|camps?\\s+(?:for|of)\\s+"
                    + "(?:the\\s+)?(?:displaced|idps|refugees)|(?-i:\\p{Lu}\\p{L}+\\s+Camp)|tents?", "مخيم|مخيمات|خيمه|خيام"),
            target(TargetKind.VEHICLE, "cars?(?!\\s+bombs?)|vehicles?|bus(?:es)?|minibus(?:es)?|trucks?|motorcycles?|motorbikes?",
                    "سياره|سيارات|حافله|شاحنه|دراجه\\s+ناريه"),
            target(TargetKind.AGRICULTURE, "farms?|farmland|poultry|orchards?|livestock",
                    "مزرعه|مزارع|اراض\\S*\\s+زراعيه|مدجنه|دواجن|مواشي|اغنام"),
            target(TargetKind.MILITARY, "military\\s+(?:bases?|positions?|posts?|sites?|airports?)|air\\s*bases?|positions"
                    + "|checkpoints?|weapons?\\s+depots?"
                    + "|ammunition\\s+depots?|barracks|headquarters|training\\s+camps?|ied\\s+factory",
                    "موقع\\s+عسكري|مواقع\\s+عسكريه|نقطه\\s+عسكريه|حاجز|مقر|ثكنه|مستودع\\s+(?:اسلحه|ذخيره)"),
            target(TargetKind.GOVERNMENT, "government\\s+(?:buildings?|offices?)|courthouses?|prisons?|police\\s+stations?",
                    "مبني\\s+حكومي|سجن|مخفر|قسم\\s+شرطه"),
            target(TargetKind.HUMANITARIAN, "aid\\s+convoys?|(?:aid|humanitarian)\\s+(?:warehouses?|workers?)"
                    + "|civil\\s+defen[cs]e\\s+(?:cent(?:re|er)s?|teams?)", "قافله\\s+مساعدات|مركز\\s+للدفاع\\s+المدني"));

    private static final Map<WeaponKind, Pattern> WEAPONS = Map.ofEntries(
            weapon(WeaponKind.DRONE, "drones?|uavs?|unmanned\\s+aerial\\s+vehicles?", "مسيره|مسيرات|بدون\\s+طيار"),
            weapon(WeaponKind.HELICOPTER, "helicopters?|gunships?", "مروحي"),
            weapon(WeaponKind.BARREL_BOMB, "barrel\\s+bombs?", "برميل|براميل"),
            weapon(WeaponKind.CLUSTER_MUNITIONS, "cluster\\s+(?:bombs?|munitions?|rockets?|shells?|ammunition)", "عنقودي"),
            weapon(WeaponKind.WHITE_PHOSPHORUS, "white\\s+phosph[oa]r(?:us|ous)|phosph[oa]r(?:us|ous)\\s+(?:bombs?|munitions?)",
                    "فوسفور"),
            weapon(WeaponKind.CHLORINE, "chlorine|chemical\\s+(?:weapons?|attacks?|agents?)|sarin|toxic\\s+gas",
                    "كلور|كيماوي|غاز\\s+سام"),
            weapon(WeaponKind.ARTILLERY, "artillery|shelling|shelled|howitzers?|tank\\s+(?:fire|shells?)",
                    "مدفعي|قذايف|قذيفه|دبابه|دبابات"),
            weapon(WeaponKind.ROCKET, "rockets?|rocket\\s+launchers?|katyushas?|grad\\s+rockets?", "صاروخي|صواريخ|راجمات"),
            weapon(WeaponKind.MISSILE, "missiles?|atgms?", "صاروخ\\s+موجه|صواريخ\\s+موجهه|صاروخ\\s+حراري|صاروخ\\s+بالستي"),
            weapon(WeaponKind.MORTAR, "mortars?", "هاون"),
            weapon(WeaponKind.IED, "\\bieds?\\b(?!\\s+factor)|improvised\\s+explosive|roadside\\s+bombs?|car\\s+bombs?|landmines?|land\\s+mines?"
                    + "|unexploded\\s+ordnance|explosive\\s+remnants|explosive\\s+devices?",
                    "عبوه\\s+ناسفه|عبوات\\s+ناسفه|لغم|الغام|مفخخه|مخلفات\\s+الحرب|ذخاير\\s+غير\\s+منفجره"),
            weapon(WeaponKind.SMALL_ARMS, "gunfire|gunmen|sniper\\s+fire|snipers?|machine[- ]guns?|small\\s+arms|shot\\s+dead",
                    "رصاص|قنص|قناص|اطلاق\\s+نار"),
            weapon(WeaponKind.SUICIDE, "suicide\\s+(?:bombers?|bombings?|attacks?|car\\s+bombs?)", "انتحاري"),
            weapon(WeaponKind.AIRSTRIKE, "air\\s*strikes?|air\\s+raids?|warplanes?|fighter\\s+jets?|jets|aircraft|f-16s?"
                    + "|aerial\\s+bombardment", "غاره|غارات|طيران\\s+حربي|الطيران\\s+الحربي|طايرات\\s+حربيه|الطايرات\\s+الحربيه"));

    /** Words of striking: a target is one only where something struck it. */
    private static final Pattern HIT_EN = Pattern.compile("\\b(?:hit|hits|hitting|struck|strikes?|striking|air\\s*strikes?"
            + "|targeted|targeting|bombed|bombing|fired\\s+(?:\\w+\\s+){0,4}(?:at|on)|killing|killed"
            + "|shelled|shelling|destroyed|destroying|damaged?|damages|attack(?:ed)?|raid(?:ed)?|levelled|leveled|flattened"
            + "|rubble|bombs?|bombard\\w*|explosions?|exploded|blast"
            + "|fell\\s+on|landed\\s+on)\\b", FLAGS);
    private static final Pattern HIT_AR = Pattern.compile("استهد|قصف|غار|دمر|تدمير|اصاب|سقط|طال");
    /** Words of a charge: the means named after them is alleged. */
    private static final Pattern ALLEGE_EN = Pattern.compile("\\b(?:accus\\w*|alleg\\w*|charged|charging|claim\\w*)\\b",
            FLAGS);
    private static final Pattern ALLEGE_AR = Pattern.compile("اتهم|زعم|ادعي|ادعت");
    /** Words of an attack's use or harm: a means named without any is a thing, not a use ("short of artillery"). */
    private static final Pattern USE_EN = Pattern.compile("\\b(?:killed|killing|kills|wounded|wounding|injured|injuring"
            + "|dropped|dropping|drops|fired|firing|launched|launching|exploded|detonated|struck|hit|targeted|attack\\w*"
            + "|shelled|shelling|bombed|bombing|raid\\w*|strikes?|destroyed|damaged|accus\\w*|alleg\\w*|charged)\\b", FLAGS);
    private static final Pattern USE_AR = Pattern.compile("قتل|مقتل|استشهد|اصيب|اصابه|جرح|استهد|قصف|غار|القت|القاء|انفجر"
            + "|انفجار|اطلق|دمر|اتهم");
    /** "a suspected Daesh headquarters": what a strike was thought to hit, not what the report says it hit. */
    private static final Pattern SUPPOSED_BEFORE = Pattern.compile("\\b(?:suspected|supposed|purported|alleged|presumed)"
            + "\\s+(?:[\\w'’-]+\\s+){0,2}$", FLAGS);
    /**
     * "in the IED factory": a facility named by its article, as one already spoken of; not one the wounded were
     * taken to or came from ("rushed to the hospital").
     */
    private static final Pattern THE_BEFORE = Pattern.compile("(?<!\\bto\\s|\\binto\\s|\\btowards\\s|\\bfrom\\s)"
            + "\\b(?:the|that|this)\\s+(?:[\\w-]+\\s+)?$", FLAGS);
    /** Words before an allegation verb that are not its subject ("have also", "has repeatedly"). */
    private static final Pattern AUXILIARIES = Pattern.compile("(?:\\s+(?:have|has|had|also|repeatedly|again|previously"
            + "|long|already|often))+\\s*$", FLAGS);

    private HitReader() {
    }

    /** The lexicon of a target kind (English and folded Arabic words). */
    static java.util.regex.Pattern targetLexicon(TargetKind kind) {
        return TARGETS.get(kind);
    }

    /** The lexicon of a weapon kind (English and folded Arabic words). */
    static java.util.regex.Pattern weaponLexicon(WeaponKind kind) {
        return WEAPONS.get(kind);
    }

    private static Map.Entry<TargetKind, Pattern> target(TargetKind kind, String english, String arabic) {
        return Map.entry(kind, lexicon(english, arabic));
    }

    private static Map.Entry<WeaponKind, Pattern> weapon(WeaponKind kind, String english, String arabic) {
        return Map.entry(kind, lexicon(english, arabic));
    }

    private static Pattern lexicon(String english, String arabic) {
        // English as whole words; Arabic after an optional clitic and article, as the start of a word
        // (an Arabic word may take a pronoun or plural ending, nothing else: "محل" is not "محلية", "جامع" not "جامعة")
        return Pattern.compile("\\b(?:" + english + ")\\b|(?<![\\p{L}\\u0640])[وفبل]?(?:ال|لل)?(?:" + arabic + ")"
                + "(?:ه|ها|هم|ات|ين|ان)?(?![\\p{L}\\u0640])", FLAGS);
    }

    /**
     * The targets and weapons of one sentence of {@code text} (the document text, folded when Arabic), quoted
     * from {@code original} (the document's own text, at the same offsets).
     *
     * @param sources the sentence's sources, for who alleges a means given as a charge
     */
    static Hits read(String text, String original, Sentence s, boolean arabic, List<SourceMention> sources) {
        String sentence = s.text();
        String quoted = original.substring(s.start(), s.end());
        List<Target> targets = new ArrayList<>();
        List<Target> supposed = new ArrayList<>();
        // the lexicons are scanned only where something struck: most sentences name no strike
        if ((arabic ? HIT_AR : HIT_EN).matcher(sentence).find()) {
            for (TargetKind kind : TargetKind.values()) {
                Matcher m = TARGETS.get(kind).matcher(sentence);
                if (m.find()) {
                    Target t = new Target(kind, quoted.substring(m.start(), m.end()),
                            new Span(s.start() + m.start(), s.start() + m.end()));
                    // "hit a suspected Daesh headquarters that turned out to be a family home"
                    (SUPPOSED_BEFORE.matcher(sentence).region(0, m.start()).find() ? supposed : targets).add(t);
                }
            }
        }
        if (targets.isEmpty()) {
            targets.addAll(supposed); // what the strike was thought to hit, when the sentence names nothing else
        }
        List<Weapon> weapons = new ArrayList<>();
        if (!(arabic ? USE_AR : USE_EN).matcher(sentence).find()) {
            return targets.isEmpty() ? Hits.NONE : new Hits(targets, weapons, List.of());
        }
        Matcher charge = (arabic ? ALLEGE_AR : ALLEGE_EN).matcher(sentence);
        int chargeAt = charge.find() ? charge.start() : -1;
        for (WeaponKind kind : WeaponKind.values()) {
            Matcher m = WEAPONS.get(kind).matcher(sentence);
            if (m.find()) {
                String allegedBy = chargeAt >= 0 && chargeAt < m.start() ? whoCharges(quoted, chargeAt, s, sources)
                        : null;
                weapons.add(new Weapon(kind, quoted.substring(m.start(), m.end()),
                        new Span(s.start() + m.start(), s.start() + m.end()), allegedBy));
            }
        }
        return targets.isEmpty() && weapons.isEmpty() ? Hits.NONE : new Hits(targets, weapons, List.of());
    }

    /**
     * The facilities an English sentence without a word of striking names by their article ("there were far more
     * explosives in the IED factory"): an incident's targets when its own lines name none and this sentence is one
     * of them or follows them. Not one the wounded were taken to or came from; no vehicle, and no hospital or
     * clinic (where the wounded are treated, "at the Kuwaiti hospital", far more often than what was hit). Read only for incidents
     * without a target, so most sentences are never scanned for it.
     */
    static List<Target> named(String original, Sentence s) {
        String sentence = original.substring(s.start(), s.end());
        if (ArabicScript.isMostlyIn(sentence) || HIT_EN.matcher(sentence).find()) {
            return List.of();
        }
        List<Target> named = new ArrayList<>();
        for (TargetKind kind : TargetKind.values()) {
            Matcher m = TARGETS.get(kind).matcher(sentence);
            if (kind != TargetKind.VEHICLE && kind != TargetKind.HEALTHCARE && m.find() && THE_BEFORE.matcher(sentence).region(0, m.start()).find()) {
                named.add(new Target(kind, m.group(), new Span(s.start() + m.start(), s.start() + m.end())));
            }
        }
        return named;
    }

    /** Who makes the charge: a source the sentence names before it, else the words before the verb. */
    private static String whoCharges(String sentence, int chargeAt, Sentence s, List<SourceMention> sources) {
        for (SourceMention source : sources) {
            if (!source.anaphor() && source.span().start() < s.start() + chargeAt) {
                return source.name();
            }
        }
        int from = Math.max(Math.max(sentence.lastIndexOf(',', chargeAt - 1), sentence.lastIndexOf(';', chargeAt - 1)),
                sentence.lastIndexOf('.', chargeAt - 1)) + 1;
        String subject = AUXILIARIES.matcher(sentence.substring(from, chargeAt).strip()).replaceAll("").strip();
        subject = subject.replaceFirst("(?i)^(?:the|and|but)\\s+", "");
        return subject.isEmpty() || subject.length() > 90 ? "unnamed" : subject;
    }
}
