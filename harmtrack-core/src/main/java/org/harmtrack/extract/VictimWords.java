package org.harmtrack.extract;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.harmtrack.model.Measure;
import org.harmtrack.model.VictimCategory;

/**
 * The words that say what a count counts: victims (and which category), harm (killed, injured), or things
 * that are never casualties (tanks, sorties, years). Kept together so the rules can be read in one place.
 */
final class VictimWords {
    private static final Map<String, VictimCategory> NOUNS = nouns(
            e(VictimCategory.CIVILIANS, "civilian", "civilians", "noncombatants", "non-combatants", "bystanders"),
            e(VictimCategory.CHILDREN, "child", "children", "kids", "boy", "boys", "girl", "girls", "minors",
                    "infant", "infants", "baby", "babies", "toddler", "toddlers", "teenager", "teenagers", "schoolchildren",
                    "sons", "daughters"),
            e(VictimCategory.WOMEN, "woman", "women", "mothers", "wives"),
            e(VictimCategory.MEN, "man", "men"),
            e(VictimCategory.FIGHTERS, "fighter", "fighters", "militant", "militants", "soldier", "soldiers", "troops",
                    "member", "members", "insurgent", "insurgents", "rebel", "rebels", "combatant", "combatants",
                    "jihadist", "jihadists", "militiamen", "militiaman", "gunmen", "gunman", "policemen", "policeman",
                    "officer", "officers", "commander", "commanders", "personnel", "recruits", "guards", "guard",
                    "terrorists", "terrorist", "elements", "operatives", "operative", "servicemen", "serviceman",
                    "conscripts", "recruit", "militias", "militia", "troopers", "paramilitaries", "sniper", "snipers", "suspects", "mercenaries", "cadres", "loyalists",
                    "police"),
            e(VictimCategory.ALL, "people", "person", "persons", "individuals", "individual", "others", "palestinians",
                    "syrians", "iraqis", "afghans", "pakistanis", "yemenis", "villagers", "residents", "relatives",
                    "worshippers", "passengers", "workers", "paramedics", "paramedic", "journalists", "journalist",
                    "doctors", "doctor", "nurses", "medics", "tribesmen", "victims", "victim",
                    "inhabitants", "locals", "displaced", "refugees", "farmers", "farmer", "shepherds", "shepherd",
                    "family", "families", "kurds", "arabs", "volunteers",
                    "volunteer", "staff", "employees", "worker", "rescuers", "detainees", "prisoners", "pilgrims",
                    "students", "truckers", "drivers", "driver", "fishermen", "shoppers", "guests", "mourners"));

    /** Counted things that are never people: a count of these is not a casualty figure. */
    private static final Set<String> THINGS = words(
            "tank", "tanks", "vehicle", "vehicles", "truck", "trucks", "tanker", "tankers", "car", "cars", "km",
            "kilometres", "kilometers", "kilometre", "kilometer", "miles", "mile", "metres", "meters", "metre",
            "meter", "year", "years", "month", "months", "week", "weeks", "day", "days", "hour", "hours", "minute",
            "minutes", "percent", "per", "%", "times", "house", "houses", "home", "homes", "building", "buildings",
            "countries", "country", "dollars", "usd", "positions", "position", "villages", "village", "towns",
            "checkpoints", "points", "shops", "schools", "hospitals", "mosques", "rounds", "shots", "tons", "tonnes",
            "kg", "kilograms", "pounds", "feet", "square", "acres", "hectares", "millimetres", "mm", "am", "pm",
            "o'clock", "apartments", "floors", "storey", "story", "aircraft", "planes", "jets", "helicopters",
            "drones", "boats", "ships", "weapons", "guns", "pieces", "cells", "headquarters", "sites", "facilities",
            "battalions", "brigades", "divisions", "groups", "factions", "parties", "fronts", "axes", "areas",
            "neighbourhoods", "neighborhoods", "districts", "provinces", "cities", "hills", "farms", "wells",
            "fields", "roads", "bridges", "seconds", "decades", "centuries", "nights", "occasions", "incidents",
            "attacks", "clashes", "ambulances", "families'", "sources", "posts", "reports", "outlets", "accounts",
            "images", "videos", "photos", "pictures", "tweets", "articles", "channels", "pages", "witnesses'",
            "missiles", "shells", "rounds", "times", "floors", "rooms", "apartments", "sides", "parties", "fronts",
            "locations", "events");

    /** Counted things that measure a campaign rather than harm: counts of these are aggregates. */
    static final Set<String> CAMPAIGN_UNITS = words(
            "strikes", "airstrikes", "air-strikes", "raids", "sorties", "bombs", "missiles", "munitions", "rockets",
            "shells", "targets", "bombings", "strike", "airstrike", "barrel", "weapons", "missions", "flights");

    static final Set<String> KILLED = words(
            "killed", "kill", "kills", "killing", "dead", "died", "die", "dies", "dying", "death", "deaths", "perished",
            "fatalities", "fatality", "fatally", "slain", "massacred", "executed", "murdered", "beheaded", "martyred",
            "lives", "bodies", "body", "corpses", "toll", "lifeless", "assassinated", "massacre", "lost", "succumbed");
    static final Set<String> INJURED = words(
            "injured", "injuring", "injuries", "injury", "wounded", "wounding", "wounds", "hurt", "injures",
            "wound", "maimed", "hospitalised", "hospitalized", "injure");
    static final Set<String> BOTH = words("casualties", "casualty");
    static final Set<String> MISSING = words("missing", "disappeared");

    private VictimWords() {
    }

    /** A word list as a set; a word listed twice is harmless. */
    static Set<String> words(String... words) {
        return Set.copyOf(java.util.Arrays.asList(words));
    }

    /** The category a counted noun names, or null if the noun does not name people. */
    static VictimCategory category(String noun) {
        return NOUNS.get(noun.toLowerCase(Locale.ROOT));
    }

    static boolean isThing(String noun) {
        return THINGS.contains(noun.toLowerCase(Locale.ROOT));
    }

    /** The harm a word speaks of, or null. */
    static Measure measure(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (KILLED.contains(w)) {
            return Measure.KILLED;
        }
        if (INJURED.contains(w)) {
            return Measure.INJURED;
        }
        if (BOTH.contains(w)) {
            return Measure.KILLED_OR_INJURED;
        }
        return null;
    }

    /** Builds the noun table from (category, words...) groups; a word listed twice keeps its first category. */
    private static Map<String, VictimCategory> nouns(Object[]... groups) {
        Map<String, VictimCategory> out = new java.util.HashMap<>();
        for (Object[] group : groups) {
            VictimCategory category = (VictimCategory) group[0];
            for (int i = 1; i < group.length; i++) {
                out.putIfAbsent((String) group[i], category);
            }
        }
        return Map.copyOf(out);
    }

    private static Object[] e(VictimCategory category, String... words) {
        Object[] group = new Object[words.length + 1];
        group[0] = category;
        System.arraycopy(words, 0, group, 1, words.length);
        return group;
    }
}
