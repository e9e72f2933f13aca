package org.harmtrack.extract;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.harmtrack.model.TargetKind;
import org.harmtrack.model.WeaponKind;
import org.harmtrack.text.ArabicScript;

/**
 * Reads what a user asks for ("hospital", "healthcare", "cluster bombs", "cluster munitions", "مشفى") as a kind of
 * the target and weapon vocabularies: a kind's own name, or words the extractor's lexicon reads as that kind, the
 * whole of the words and nothing else. So a filter takes the words of the reports, not only the vocabulary's.
 * <p>Thread-safe: stateless.
 */
public final class HitVocabulary {
    private HitVocabulary() {
    }

    /** The target kind the words name, if any. */
    public static Optional<TargetKind> target(String words) {
        return kind(TargetKind.values(), TargetKind::key, HitReader::targetLexicon, words);
    }

    /** The weapon kind the words name, if any. */
    public static Optional<WeaponKind> weapon(String words) {
        return kind(WeaponKind.values(), WeaponKind::key, HitReader::weaponLexicon, words);
    }

    private static <K extends Enum<K>> Optional<K> kind(K[] kinds, Function<K, String> key,
                                                        Function<K, Pattern> lexicon, String words) {
        String w = normal(words);
        for (K k : kinds) {
            if (key.apply(k).equals(w) || k.name().toLowerCase(Locale.ROOT).equals(w)
                    || !w.isEmpty() && lexicon.apply(k).matcher(w).matches()) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    private static String normal(String words) {
        String w = words == null ? "" : words.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        return ArabicScript.isMostlyIn(w) ? ArabicScript.fold(w) : w;
    }
}
