package org.turath.search.internal;

/** Names of the analyzers both backends define (Lucene: {@link LuceneAnalysis}; Elasticsearch: {@link ElasticsearchAnalysis}). */
final class Analyzers {

    /**
     * Arabic: alef with or without hamza (أ إ آ ا), taa marbuta/haa, alef maqsura/yaa, diacritics
     * and tatweel all normalised; the article and common prefixes and suffixes removed by light stemming.
     */
    static final String ARABIC = "arabic";
    /** French: elisions (l', d', qu'…) and accents ignored, light stemming. */
    static final String FRENCH = "french";
    /** English: possessives, accents, Porter stemming. */
    static final String ENGLISH = "english";
    /** Any language: ICU folding (case, accents, compatibility forms) and Arabic normalisation, no stemming. */
    static final String FOLDED = "folded";
    /** Autocomplete: folded, Arabic article removed, then edge n-grams of each word. */
    static final String AUTOCOMPLETE = "autocomplete";
    /** What is typed into the autocomplete: folded, Arabic article removed, not cut into n-grams. */
    static final String AUTOCOMPLETE_QUERY = "autocomplete_query";

    private Analyzers() {
    }
}
