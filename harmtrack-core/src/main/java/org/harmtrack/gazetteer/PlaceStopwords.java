package org.harmtrack.gazetteer;

import java.util.Locale;
import java.util.Set;

/**
 * Capitalised words that are place names somewhere in GeoNames but, standing alone in English news, almost
 * never mean a place: sentence openers, titles, organisations, weekdays and months. A word listed here can
 * still start a longer name ("Sheikh Maqsoud", "Tal Afar").
 */
final class PlaceStopwords {
    private static final Set<String> WORDS = Set.copyOf(java.util.List.of( // copyOf: a word listed twice is harmless
            "the", "a", "an", "on", "in", "at", "and", "but", "as", "by", "for", "from", "to", "of", "with", "after",
            "before", "during", "while", "since", "between", "among", "including", "according", "following", "both",
            "it", "its", "he", "she", "they", "we", "this", "that", "these", "those", "there", "then", "when", "where",
            "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "first", "second", "third",
            "some", "many", "several", "no", "not", "all", "other", "another", "also", "however", "meanwhile",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "upper",
            "lower", "new", "old", "great", "grand", "greater", "middle", "near", "far",
            "police", "regime", "forces", "force", "army", "military", "state", "islamic", "health", "ministry",
            "civil", "defence", "defense", "local", "security", "coalition", "airstrikes", "airstrike", "clashes",
            "heavy", "unknown", "sources", "source", "reports", "report", "mutual", "rebel", "rebels", "government",
            "opposition", "kurdish", "shiite", "sunni", "arab", "arabs", "media", "twitter", "facebook", "telegram",
            "red", "crescent", "society", "hospital", "medical", "complex", "camp", "street", "road", "mosque",
            "school", "university", "operation", "division", "brigade", "brigades", "corps", "front", "liwa",
            "jaysh", "jaish", "ahrar", "faylaq", "tahrir", "hayat", "sham", "nusra", "daesh", "isis", "isil", "is",
            "hts", "sdf", "qsd", "ypg", "ypj", "fsa", "pkk", "hezbollah", "hamas", "qaeda", "taliban", "haqqani",
            "houthi", "houthis", "us", "uk", "eu", "usa", "nato", "predator", "reaper", "cia", "pentagon", "un", "amnesty", "human", "rights",
            "watch", "observatory", "sohr", "sana", "reuters", "afp", "bbc", "airwars", "agency", "committee",
            "council", "moh", "prcs", "pchr", "wafa", "times", "post", "news", "network", "channel", "press",
            "mayor", "governor", "president", "minister", "general", "colonel", "captain", "commander", "leader",
            "emir", "imam", "sheikh", "shaykh", "dr", "mr", "mrs", "ms", "paramedic", "paramedics", "nurse",
            "journalist", "doctor", "abu", "um", "umm", "bin", "ibn", "mohammed", "mohammad", "muhammad", "ahmed",
            "ahmad", "ali", "hussein", "hassan", "hasan", "omar", "khalid", "khaled", "mahmoud", "mustafa",
            "ibrahim", "youssef", "yousef", "salem", "saleh", "said", "nasser", "karim", "jamal", "adel", "walid",
            "victims", "civilians", "children", "women", "men", "fighters", "soldiers", "members", "people",
            "family", "families", "units", "unit", "group", "groups", "faction", "factions", "militia", "militias",
            "militants", "insurgents", "troops", "drone", "drones", "strike", "strikes", "attack", "attacks",
            "bombing", "shelling", "explosion", "mines", "mine", "ied", "gunmen", "sniper", "warplanes", "jets",
            "helicopter", "helicopters", "artillery", "rockets", "missiles", "mortar", "suspected", "reportedly",
            "later", "earlier", "today", "yesterday", "tonight", "overnight", "morning", "evening", "night",
            "free", "national", "democratic", "popular", "mobilization", "republican", "guard", "special",
            "tiger", "hamza", "sultan", "murad", "olive", "branch", "euphrates", "shield", "peace", "spring",
            "victory", "liberation", "resistance", "revolutionary", "unity", "union", "alliance", "allied",
            "martyrs", "martyr", "commission", "office", "centre", "center", "department", "directorate",
            "authority", "authorities", "administration", "assembly", "party", "movement", "association",
            "foundation", "organization", "organisation", "institute", "project", "program", "programme",
            "mission", "response", "emergency", "service", "services", "team", "teams", "crew", "staff",
            "ambulance", "airport", "base", "checkpoint", "bakery", "market", "square", "bridge", "dam", "farm",
            "farms", "hill", "hills", "mount", "mountain", "valley", "river", "lake", "sea", "island", "desert",
            "plain", "plains", "border", "crossing", "highway", "prison", "palace", "tower", "station", "port",
            "oil", "gas", "balad", "hajja", "hajj", "haji", "hajji", "khel", "kheyl", "mandi", "bazaar", "bazar", "up", "down", "deep", "early", "late", "wali", "above", "below", "amongst", "hafiz", "maulvi", "mullah", "qari", "mufti", "maulana", "neither", "nor", "fierce", "gulf", "violent", "intense", "renewed", "sporadic",
            "intermittent", "fighting", "fighters", "regime's", "syria's", "reports", "reportedly", "similarly", "wadi", "jabal", "jebel", "jabel", "tal", "tall", "tell", "tel", "ain", "ein", "ayn",
            "bir", "khan", "deir", "dayr", "kafr", "kfar", "beit", "bayt", "ras", "qasr", "qala", "qalaat",
            "hay", "harat", "souq", "suq", "maarat", "marat", "hosh", "khirbet", "khirbat", "mazraa", "mazraat", "madina", "city", "town", "village", "field", "fields", "plant", "factory", "company", "bank", "church", "cemetery"));

    private PlaceStopwords() {
    }

    static boolean isStopword(String word) {
        return WORDS.contains(word.toLowerCase(Locale.ROOT));
    }
}
