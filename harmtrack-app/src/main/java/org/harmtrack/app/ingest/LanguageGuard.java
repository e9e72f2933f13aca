package org.harmtrack.app.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Which language an article is in (Apache OpenNLP's language detector with its 103-language model, from Maven
 * Central's {@code opennlp-models-langdetect}), and whether harmtrack's extractor reads it: English and Arabic
 * (the extractor's Arabic layer). An article in another language is stored and reported as not extracted, never
 * dropped (Persian and Urdu are written in Arabic script, but the Arabic layer does not read them). Texts too
 * short to tell (under {@value #MIN_CHARS} characters) count as supported. Thread-safe: the model is immutable
 * and each call makes its own detector.
 */
public final class LanguageGuard {
    /** Languages the extractor reads, as ISO 639-3 codes. */
    public static final Set<String> SUPPORTED = Set.of("eng", "ara");
    /** Shorter texts are not judged. */
    public static final int MIN_CHARS = 120;
    private static final int SAMPLE_CHARS = 3000;

    private final LanguageDetectorModel model;

    private LanguageGuard(LanguageDetectorModel model) {
        this.model = model;
    }

    /** The model, loaded once per process on first use (about half a second, some 60 MB of heap). */
    public static LanguageGuard shared() {
        return Shared.INSTANCE;
    }

    /** Holds the shared guard; the JVM loads it on first use, once, thread-safely. */
    private static final class Shared {
        static final LanguageGuard INSTANCE = load();
    }

    /** Loads the model from the classpath (about half a second). */
    public static LanguageGuard load() {
        try (InputStream in = LanguageGuard.class.getResourceAsStream("/langdetect-183.bin")) {
            if (in == null) {
                throw new IllegalStateException("the language model langdetect-183.bin is not on the classpath");
            }
            return new LanguageGuard(new LanguageDetectorModel(in));
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the language model", e);
        }
    }

    /** The text's most likely language (ISO 639-3, "eng"), or null when the text is too short to tell. */
    public String language(String text) {
        if (text.strip().length() < MIN_CHARS) {
            return null;
        }
        String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
        Language best = new LanguageDetectorME(model).predictLanguage(sample);
        return best.getLang();
    }

    /** Whether the extractor reads the text: in a supported language, or too short to tell. */
    public boolean supported(String language) {
        return language == null || SUPPORTED.contains(language);
    }
}
