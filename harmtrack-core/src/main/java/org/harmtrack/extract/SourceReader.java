package org.harmtrack.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.harmtrack.model.Figure;
import org.harmtrack.model.Perpetrator;
import org.harmtrack.model.Span;
import org.harmtrack.text.Sentence;
import org.harmtrack.text.Token;

/**
 * Finds who gave a sentence's information ("according to X", "X said/reported/told/denied", "..., said X")
 * and normalises well-known sources (SANA, SOHR, the Ministry of Health, the coalition, residents, local sources).
 * A belligerent's acknowledgement is an admission; a denial is kept as such.
 * <p>Thread-safe: stateless, patterns compiled once.
 */
final class SourceReader {
    private static final String VERBS = "said|says|reported|reports|told|stated|claimed|claims|announced|confirmed|added"
            + "|noted|documented|recorded|counted|published|released|estimated|denied|denies|acknowledged|admitted"
            + "|conceded|accused|identified|attributed|blamed|shared|posted|tweeted|wrote|put|gave|cited|quoted|insisted"
            + "|alleged|mentioned|indicated|explained|revealed|disclosed|addressed|condemned|condemning|denounced";
    private static final String SOURCE_NOUNS = "residents|locals|sources|officials|activists|witnesses|medics|doctors"
            + "|ministry|agency|observatory|monitor|group|spokesman|spokesperson|spokeswoman|military|army|police"
            + "|relatives|survivors?|neighbou?rs|journalists|media|outlets?|network|coalition|government|authorities"
            + "|officer|official|source|resident|villagers|director|minister|commander|statement|report|investigation"
            + "|hospital|defen[cs]e|crescent|paramedics|father|mother|brother|son|daughter|uncle|relative|witness"
            + "|eyewitness|teams?|department|office|channel|newspaper|website|page|account";
    private static final java.util.Set<String> VERB_WORDS = java.util.Set.of(VERBS.split("\\|"));
    private static final java.util.Set<String> ACCORDING_WORDS = java.util.Set.of("according", "citing", "cited", "per",
            "as", "claims", "claim", "statement", "statements", "figures", "figure", "report", "reports", "count");
    private static final Pattern ACCORDING = Pattern.compile(
            "\\b(?:according\\s+to|as\\s+reported\\s+by|citing|cited\\s+by|per|claims?\\s+(?:of|by)|statements?\\s+(?:of|by|from)"
            + "|figures?\\s+(?:of|from)|reports?\\s+(?:of|by|from)|count\\s+(?:of|by))\\s+(?<src>[^,.;:()\\n\"“”]{2,90}?)"
            + "(?=\\s*(?:[,.;:()\"“”]|\\bwho\\b|\\bwhich\\b|\\bthat\\b|\\bin\\s+(?:a|an|its|his|her)\\b|\\bon\\s+\\w+day\\b|$))",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SUBJECT_VERB = Pattern.compile(
            "(?<![\\p{L}\\d@'’.&-])(?<src>(?:(?:the|a|an|local|Local|The|A)\\s+)?(?:[\\p{L}@'’.&-]+\\s+){0,6}?"
            + "(?:[\\p{Lu}@][\\p{L}\\d@_'’.&-]*|(?i:" + SOURCE_NOUNS + ")))"
            + "\\s+(?:(?:also|later|initially|previously|earlier|has|have|had|subsequently|separately|then|further|just"
            + "|recently|officially|publicly|now|since|reportedly)\\s+){0,3}"
            + "(?<verb>(?i:" + VERBS + "))\\b");
    /** A subject alone, ending where the region ends (before an aside set off by dashes). */
    private static final Pattern SUBJECT_ONLY = Pattern.compile(
            "(?<![\\p{L}\\d@'’.&-])(?<src>(?:(?:the|a|an|local|Local|The|A)\\s+)?(?:[\\p{L}@'’.&-]+\\s+){0,6}?"
            + "(?:[\\p{Lu}@][\\p{L}\\d@_'’.&-]*|(?i:" + SOURCE_NOUNS + ")))\\s*$");
    /** SUBJECT_VERB ending where the region ends: the subject right before one word of telling. */
    private static final Pattern SUBJECT_BEFORE = Pattern.compile(SUBJECT_VERB.pattern() + "$");
    private static final Pattern APPOSITIVE_BEFORE = Pattern.compile(
            "(?<![\\p{L}\\d])(?<src>\\p{Lu}[\\p{L}\\d@'’.&-]*(?:\\s+\\p{Lu}[\\p{L}\\d@'’.&-]*){0,3}),\\s+(?:the|a|an)\\s+"
            + "[^,.;]{3,70},\\s+(?:(?:has|have|had|just|also|later|earlier|now)\\s+){0,3}(?<verb>(?i:" + VERBS + "))\\b$");
    private static final Pattern VERB_SUBJECT = Pattern.compile(
            "[,\"”]\\s*(?<verb>(?i:said|reported|told|added|according))\\s+(?<src>(?:the\\s+)?[^,.;:\\n\"“”]{3,60}?)(?=\\s*[,.;:]|$)");

    private record Known(Pattern pattern, String name, boolean belligerent) {
    }

    private static final List<Known> KNOWN = List.of(
            known("\\bSANA\\b|\\bSana\\b|Syrian\\s+(?:Arab\\s+)?(?:state\\s+)?news\\s+agency", "SANA", false),
            known("Syrian\\s+Observatory|\\bSOHR\\b|\\bthe\\s+Observatory\\b", "SOHR", false),
            known("(?i:health\\s+ministry|ministry\\s+of\\s+health)|\\bMoH\\b", "Ministry of Health", false),
            known("(?i:civil\\s+defen[cs]e|white\\s+helmets)", "Civil Defence", false),
            known("(?i:red\\s+crescent)|\\bPRCS\\b", "Red Crescent", false),
            known("(?i:coalition)|CJTF|(?i:combined\\s+joint\\s+task\\s+force|inherent\\s+resolve)", "coalition", true),
            known("Pentagon|CENTCOM|(?i:central\\s+command|US\\s+military|U\\.S\\.\\s+military|department\\s+of\\s+defen[cs]e)",
                    "US military", true),
            known("(?i:israeli\\s+(?:military|army|forces|defen[cs]e\\s+forces))|\\bIDF\\b", "Israeli military", true),
            known("(?i:russian\\s+(?:defen[cs]e\\s+ministry|ministry\\s+of\\s+defen[cs]e|military))", "Russian Ministry of Defence", true),
            known("(?i:ministry\\s+of\\s+defen[cs]e|defen[cs]e\\s+ministry|defen[cs]e\\s+secretary|defen[cs]e\\s+minister)|\\bMoD\\b",
                    "Ministry of Defence", true),
            known("\\bReuters\\b", "Reuters", false), known("\\bAFP\\b|Agence\\s+France", "AFP", false),
            known("Associated\\s+Press|\\bAP\\b", "AP", false), known("\\bBBC\\b", "BBC", false),
            known("Al\\s+Jazeera", "Al Jazeera", false), known("\\bWAFA\\b|\\bWafa\\b", "WAFA", false),
            known("Shehab", "Shehab News Agency", false), known("\\bAirwars\\b", "Airwars", false),
            known("Amnesty", "Amnesty International", false), known("Human\\s+Rights\\s+Watch|\\bHRW\\b", "Human Rights Watch", false),
            known("\\bOCHA\\b|\\bUNICEF\\b|United\\s+Nations|\\bUN\\b", "United Nations", false),
            known("Bureau\\s+of\\s+Investigative\\s+Journalism|\\bTBIJ\\b", "TBIJ", false),
            known("(?i:\\bresidents|\\blocals\\b|villagers|neighbou?rs|inhabitants)", "residents", false),
            known("(?i:witness)", "witnesses", false),
            known("(?i:relatives|\\bfamily\\b|\\bfather\\b|\\bmother\\b|\\bbrother\\b|\\buncle\\b|\\bson\\b|\\bdaughter\\b)", "relatives", false),
            known("(?i:local\\s+(?:sources|activists|media|monitors|journalists)|\\bactivists\\b|\\bsources\\b)", "local sources", false),
            known("(?i:medics|doctors|hospital|paramedics|medical\\s+sources)", "medical sources", false),
            known("(?i:\\bpolice\\b)", "police", false));

    /** A state named beside its defence or foreign ministry: how to name the ministry, and the forces it speaks for. */
    private record State(String adjective, Perpetrator forces) {
    }

    private static final Map<String, State> STATES = Map.ofEntries(
            state("russian|russia", "Russian", "Russian military", "RU"),
            state("dutch|netherlands", "Dutch", "Dutch military", "NL"),
            state("british|uk|u\\.k\\.|britain", "British", "United Kingdom", "GB"),
            state("us|u\\.s\\.|american|pentagon", "US", "United States", "US"),
            state("syrian|syria", "Syrian", "Syrian government forces", "SY"),
            state("turkish|turkey", "Turkish", "Turkish military", "TR"),
            state("israeli|israel", "Israeli", "Israeli military", "IL"),
            state("french|france", "French", "French military", "FR"),
            state("iraqi|iraq", "Iraqi", "Iraqi forces", "IQ"),
            state("iranian|iran", "Iranian", "Iranian military", "IR"));
    /** "Russian Defence Minister Rudskoy", "Syria's foreign ministry", "the Dutch defence minister". */
    private static final Pattern STATE_MINISTRY = Pattern.compile(
            "(?i)\\b(?<state>" + String.join("|", STATES.keySet()) + ")(?:'s|’s)?\\s+(?:[\\w-]+\\s+){0,1}?"
            + "(?<office>defen[cs]e|foreign)\\s+(?:ministry|minister|secretary|department)");

    private static Map.Entry<String, State> state(String names, String adjective, String forces, String country) {
        return Map.entry(names, new State(adjective, new Perpetrator(forces, Perpetrator.ActorKind.STATE_MILITARY,
                country, adjective, null)));
    }

    /** The ministry a state's official speaks for, normalised, or null. */
    private static SourceMention stateMinistry(String raw, Figure.Stance stance, boolean admits, Span span) {
        Matcher m = STATE_MINISTRY.matcher(raw);
        if (!m.find()) {
            return null;
        }
        String said = m.group("state").toLowerCase(Locale.ROOT);
        State state = STATES.entrySet().stream().filter(e -> said.matches(e.getKey())).map(Map.Entry::getValue)
                .findFirst().orElse(null);
        if (state == null) {
            return null;
        }
        boolean defence = m.group("office").toLowerCase(Locale.ROOT).startsWith("def");
        String name = state.adjective() + (defence ? " Ministry of Defence" : " Foreign Ministry");
        return new SourceMention(name, admits && defence ? Figure.Stance.ADMITTED : stance, span, true,
                defence ? state.forces() : null);
    }

    /** The names a state speaking as itself goes by. */
    private static final Pattern COUNTRY_NAME = Pattern.compile("(?i)russia|netherlands|britain|united kingdom|uk"
            + "|united states|us|america|syria|turkey|israel|france|iraq|iran");

    /** A state speaking as itself ("The Netherlands has now admitted ..."): a party that can admit its own strike. */
    private static SourceMention state(String raw, Figure.Stance stance, boolean admits, Span span) {
        String name = raw.replaceFirst("^(?i:the)\\s+", "");
        if (!COUNTRY_NAME.matcher(name).matches()) {
            return null;
        }
        // a party to the conflict, but not, by speaking, the attacker: "Syria said a strike killed 26"
        return new SourceMention(name, admits ? Figure.Stance.ADMITTED : stance, span, true, null);
    }

    private static Known known(String regex, String name, boolean belligerent) {
        return new Known(Pattern.compile(regex), name, belligerent);
    }

    /** The sources named in {@code text[from, to)}, in text order. */
    List<SourceMention> read(String text, Sentence sentence) {
        List<SourceMention> out = new ArrayList<>();
        int from = sentence.start();
        int to = sentence.end();
        List<Token> tokens = sentence.tokens();
        // find the words of telling first (a set lookup per token), then try the patterns only around them
        for (Token verb : tokens) {
            String word = verb.lower();
            if (ACCORDING_WORDS.contains(word)) {
                Matcher m = ACCORDING.matcher(text).region(verb.start(), to);
                if (m.lookingAt()) {
                    add(out, m, "according");
                    continue;
                }
            }
            if (!VERB_WORDS.contains(word)) {
                continue;
            }
            int aside = asideBefore(tokens, verb.index());
            if (aside >= 0) {
                // "Russia's foreign ministry—citing letters sent to the United Nations—reported": the subject is
                // before the aside, not the last name inside it
                Matcher subject = SUBJECT_ONLY.matcher(text)
                        .region(tokens.get(Math.max(0, aside - 9)).start(), tokens.get(aside).start());
                if (subject.find()) {
                    add(out, subject, word);
                    continue;
                }
            }
            int windowStart = tokens.get(Math.max(0, verb.index() - 9)).start();
            Matcher before = SUBJECT_BEFORE.matcher(text).region(windowStart, verb.end());
            if (before.find()) {
                add(out, before, word);
            } else {
                // "SANA, the state agency, reported on Friday": the source before an apposition
                Matcher appositive = APPOSITIVE_BEFORE.matcher(text)
                        .region(tokens.get(Math.max(0, verb.index() - 16)).start(), verb.end());
                if (appositive.find()) {
                    add(out, appositive, word);
                }
            }
            if (verb.index() > 0 && ",\"”".contains(tokens.get(verb.index() - 1).text())) {
                Matcher after = VERB_SUBJECT.matcher(text).region(tokens.get(verb.index() - 1).start(), to);
                if (after.lookingAt()) {
                    add(out, after, word);
                }
            }
        }
        out.sort(java.util.Comparator.comparingInt(s -> s.span().start()));
        return out;
    }

    /** The index of the dash opening an aside that closes right before token {@code verb}, or -1. */
    private static int asideBefore(List<Token> tokens, int verb) {
        if (verb == 0 || !isDash(tokens.get(verb - 1).text())) {
            return -1;
        }
        for (int k = verb - 2; k >= Math.max(0, verb - 20); k--) {
            if (isDash(tokens.get(k).text())) {
                return k;
            }
        }
        return -1;
    }

    private static boolean isDash(String token) {
        return token.equals("—") || token.equals("–");
    }

    private static void add(List<SourceMention> out, Matcher m, String verb) {
        String raw = m.group("src").trim();
        Span span = new Span(m.start("src"), m.start("src") + raw.length());
        if (raw.isEmpty() || out.stream().anyMatch(s -> s.span().overlaps(span))) {
            return;
        }
        SourceMention s = normalise(raw, verb, span);
        if (s != null) {
            out.add(s);
        }
    }

    private static SourceMention normalise(String raw, String verb, Span span) {
        Figure.Stance stance = verb.startsWith("den") ? Figure.Stance.DENIED : Figure.Stance.REPORTED;
        boolean admits = verb.equals("acknowledged") || verb.equals("admitted") || verb.equals("conceded")
                || verb.equals("confirmed");
        SourceMention ministry = stateMinistry(raw, stance, admits, span);
        if (ministry != null) {
            return ministry;
        }
        SourceMention state = state(raw, stance, admits, span);
        if (state != null) {
            return state;
        }
        for (Known k : KNOWN) {
            if (k.pattern.matcher(raw).find()) {
                if (k.belligerent && (verb.equals("acknowledged") || verb.equals("admitted") || verb.equals("conceded")
                        || verb.equals("confirmed"))) {
                    stance = Figure.Stance.ADMITTED;
                }
                return new SourceMention(k.name, stance, span, k.belligerent);
            }
        }
        String name = raw.replaceFirst("(?i)^(?:the|a|an)\\s+", "").trim();
        if (name.matches("(?i)he|she|they")) {
            return new SourceMention(SourceMention.ANAPHOR, stance, span, false); // "He added": who, the text said before
        }
        // a pronoun or a bare common word is not a source one can cite
        if (name.isEmpty() || name.length() > 70 || name.matches("(?i)(?:he|she|they|it|we|i|who|which|this|that|there"
                + "|reports?|it was|others|some|many|one|two)")
                // "the same report said": a reference back to a source named earlier, not a name
                || name.matches("(?i)(?:same|latest|new|earlier|previous|this|that)\\s+(?:report|statement"
                + "|assessment|letter|document)s?")) {
            return null;
        }
        boolean named = Character.isUpperCase(name.charAt(0)) || name.startsWith("@");
        if (!named && !name.toLowerCase(Locale.ROOT).matches(".*\\b(?:" + SOURCE_NOUNS + ")\\b.*")) {
            return null;
        }
        return new SourceMention(name, stance, span, false);
    }
}
