package org.harmtrack.extract;

import java.util.List;
import java.util.regex.Pattern;
import org.harmtrack.model.EventType;

/**
 * The words that tell what kind of incident a sentence speaks of, most specific first: a drone strike is
 * an airstrike, and an airstrike mentioned beside clashes is still the airstrike.
 */
final class EventTypes {
    private record Trigger(EventType type, Pattern pattern) {
    }

    private static final List<Trigger> TRIGGERS = List.of(
            t(EventType.MASS_GRAVE, "mass\\s+graves?"),
            t(EventType.SHOOTDOWN, "shot\\s+down|downed\\s+(?:a|an|the)|shooting\\s+down"),
            t(EventType.SUICIDE_BOMBING, "suicide\\s+(?:bomber|bombing|attack|car\\s+bomb|vest|attacker)|S?VBIED"),
            t(EventType.DRONE_STRIKE, "drones?|UAVs?|unmanned|Predator|Reaper"),
            t(EventType.AIRSTRIKE, "air\\s*[- ]?strikes?|airstrikes?|air\\s+raids?|warplanes?|jets?|aerial|bombers?"
                    + "|air\\s+force|barrel\\s+bombs?|helicopters?|aircraft|bombed|bombing|bombardment|strikes?|struck"),
            t(EventType.SHELLING, "shell(?:ed|ing|s)?|artillery|mortars?|rockets?|missiles?|tank\\s+fire|Grad"),
            t(EventType.EXPLOSIVE_DEVICE, "IEDs?|roadside\\s+bombs?|land\\s*mines?|mines?|explosive\\s+devices?|car\\s+bombs?"
                    + "|booby[- ]trap(?:ped)?|explosions?|blasts?|detonat\\w*|explod\\w*|bomb"),
            t(EventType.ARMED_CLASH, "clash(?:es|ed)?|fighting|battled?|fought|gunfights?|firefights?|exchange\\s+of\\s+fire"),
            t(EventType.GROUND_OPERATION, "raids?|raided|stormed|ground\\s+operation|incursion|offensive|captured|assaults?|assaulted|onslaught"
                    + "|recaptured|took\\s+(?:full\\s+)?control|seized|advanced|advances?|regained|repelled|took\\s+over"
                    + "|control\\s+of|besieged|infiltrat\\w+"),
            t(EventType.ATTACK, "attack(?:s|ed)?|gunmen|shot|ambush(?:ed)?|assassinat\\w*|sniper|gunfire|opened\\s+fire"
                    + "|execut\\w+|stabb\\w+|kidnapp\\w+|abduct\\w+"));

    /** All triggers in one pattern, one named group each, so a sentence is scanned once. */
    private static final Pattern ANY = Pattern.compile(union(), Pattern.CASE_INSENSITIVE);

    private static String union() {
        StringBuilder sb = new StringBuilder("(?<![\\w-])(?:");
        for (int i = 0; i < TRIGGERS.size(); i++) {
            String inner = TRIGGERS.get(i).pattern.pattern();
            // strip the boundary wrapper added by t(...)
            inner = inner.substring("(?<![\\w-])(?:".length(), inner.length() - ")(?![\\w])".length());
            sb.append(i == 0 ? "" : "|").append("(?<t").append(i).append(">").append(inner).append(')');
        }
        return sb.append(")(?![\\w])").toString();
    }

    private static Trigger t(EventType type, String regex) {
        return new Trigger(type, Pattern.compile("(?<![\\w-])(?:" + regex + ")(?![\\w])", Pattern.CASE_INSENSITIVE));
    }

    private EventTypes() {
    }

    /**
     * Arabic triggers, most specific first, matched in the text folded for matching without its vowel marks; a
     * word may carry clitics before it ("بغارة", "والقصف"), so they are looked for inside words.
     */
    private static final List<Trigger> ARABIC = List.of(
            new Trigger(EventType.DRONE_STRIKE, Pattern.compile("مسيره|مسيرات|بدون طيار")),
            new Trigger(EventType.AIRSTRIKE, Pattern.compile("غاره|غارات|طيران|طايرات حربيه|طايره حربيه|الحربيه"
                    + "|مروحي|برميل|براميل")),
            new Trigger(EventType.SHELLING, Pattern.compile("قصف|قذايف|قذيفه|صاروخ|صواريخ|مدفعي|راجمات")),
            new Trigger(EventType.EXPLOSIVE_DEVICE, Pattern.compile("انفجار|عبوه|مفخخ|لغم|الغام")),
            new Trigger(EventType.ARMED_CLASH, Pattern.compile("اشتباك|معارك")),
            new Trigger(EventType.ATTACK, Pattern.compile("هجوم|استهداف|استهدف")));

    /** The most specific incident type the words of an Arabic sentence name, or null. */
    static EventType ofArabic(CharSequence text) {
        String key = org.harmtrack.text.ArabicScript.key(text.toString());
        for (Trigger t : ARABIC) {
            if (t.pattern.matcher(key).find()) {
                return t.type;
            }
        }
        return null;
    }

    /** The most specific incident type the text's words name, or null. */
    static EventType of(CharSequence text) {
        java.util.regex.Matcher m = org.harmtrack.text.WordScan.matcher(ANY, text);
        int[] starts = org.harmtrack.text.WordScan.wordStarts(text, 0, text.length());
        int best = TRIGGERS.size();
        int k = 0;
        while (best > 0 && (k = org.harmtrack.text.WordScan.next(m, starts, k, text.length())) >= 0) {
            k++;
            for (int i = 0; i < best; i++) {
                if (m.start("t" + i) >= 0) {
                    best = i;
                    break;
                }
            }
        }
        return best < TRIGGERS.size() ? TRIGGERS.get(best).type : null;
    }

    /** The more specific of two types (earlier in the trigger list). */
    static EventType moreSpecific(EventType a, EventType b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return rank(a) <= rank(b) ? a : b;
    }

    /** Whether a type says only that there was violence ("attacks", "fighting"), not what kind. */
    static boolean isGeneric(EventType type) {
        return type == EventType.ATTACK || type == EventType.OTHER;
    }

    private static int rank(EventType type) {
        for (int i = 0; i < TRIGGERS.size(); i++) {
            if (TRIGGERS.get(i).type == type) {
                return i;
            }
        }
        return TRIGGERS.size();
    }
}
