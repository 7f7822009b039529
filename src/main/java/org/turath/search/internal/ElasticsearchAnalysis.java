package org.turath.search.internal;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;

/**
 * The analyzers of {@link Analyzers} for the Elasticsearch/OpenSearch backend, the same filters as
 * {@link LuceneAnalysis} under their Elasticsearch names. {@code icu_folding} needs the server's
 * analysis-icu plugin (bundled with OpenSearch; {@code bin/elasticsearch-plugin install analysis-icu}).
 */
public class ElasticsearchAnalysis implements ElasticsearchAnalysisConfigurer {

    @Override
    public void configure(ElasticsearchAnalysisConfigurationContext context) {
        context.tokenFilter("turath_arabic_stem").type("stemmer").param("language", "arabic");
        context.tokenFilter("turath_french_light_stem").type("stemmer").param("language", "light_french");
        context.tokenFilter("turath_english_possessive").type("stemmer").param("language", "possessive_english");
        context.tokenFilter("turath_french_elision").type("elision").param("articles_case", true)
                .param("articles", "l", "m", "t", "qu", "n", "s", "j", "d", "c", "jusqu", "quoiqu", "lorsqu", "puisqu");
        context.tokenFilter("turath_edge_ngram").type("edge_ngram").param("min_gram", 1).param("max_gram", 20)
                .param("preserve_original", true);

        context.analyzer(Analyzers.ARABIC).custom().tokenizer("standard")
                .tokenFilters("lowercase", "decimal_digit", "arabic_normalization", "turath_arabic_stem");
        context.analyzer(Analyzers.FRENCH).custom().tokenizer("standard")
                .tokenFilters("turath_french_elision", "lowercase", "asciifolding", "turath_french_light_stem");
        context.analyzer(Analyzers.ENGLISH).custom().tokenizer("standard")
                .tokenFilters("turath_english_possessive", "lowercase", "asciifolding", "porter_stem");
        context.analyzer(Analyzers.FOLDED).custom().tokenizer("standard")
                .tokenFilters("icu_folding", "decimal_digit", "arabic_normalization");
        context.analyzer(Analyzers.AUTOCOMPLETE).custom().tokenizer("standard")
                .tokenFilters("icu_folding", "arabic_normalization", "turath_arabic_stem", "turath_edge_ngram");
        context.analyzer(Analyzers.AUTOCOMPLETE_QUERY).custom().tokenizer("standard")
                .tokenFilters("icu_folding", "arabic_normalization", "turath_arabic_stem");
    }
}
