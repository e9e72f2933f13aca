package org.harmtrack.store;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.ar.ArabicNormalizationFilter;
import org.apache.lucene.analysis.ar.ArabicStemFilter;
import org.apache.lucene.analysis.core.DecimalDigitFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * How the search index reads reports in English and Arabic, in one field: Lucene's English analysis ("strikes"
 * finds "strike") and Lucene's Arabic analysis (hamza and alef forms, taa marbuta and alef maqsura normalised,
 * vowel marks dropped, the article and common affixes stemmed, so "غارة" finds "الغارة" and "غارات"), each
 * touching only its own script: the Arabic filters change only Arabic letters and Porter's rules only Latin
 * suffixes. English words are analysed exactly as by {@link EnglishAnalyzer}, so an index built before Arabic was
 * added still answers English queries.
 *
 * <p>Thread-safe, as every Lucene analyzer.
 */
final class ReportAnalyzer extends Analyzer {
    private static final CharArraySet STOP_WORDS = stopWords();

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream result = new EnglishPossessiveFilter(source);
        result = new LowerCaseFilter(result);
        result = new DecimalDigitFilter(result); // Eastern Arabic digits as 0-9
        result = new StopFilter(result, STOP_WORDS);
        result = new ArabicNormalizationFilter(result);
        result = new ArabicStemFilter(result);
        result = new PorterStemFilter(result);
        return new TokenStreamComponents(source, result);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ArabicNormalizationFilter(new DecimalDigitFilter(new LowerCaseFilter(in)));
    }

    private static CharArraySet stopWords() {
        CharArraySet words = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, false);
        words.addAll(ArabicAnalyzer.getDefaultStopSet());
        return CharArraySet.unmodifiableSet(words);
    }
}
