package org.turath.search.internal;

import org.apache.lucene.analysis.ar.ArabicNormalizationFilterFactory;
import org.apache.lucene.analysis.ar.ArabicStemFilterFactory;
import org.apache.lucene.analysis.core.DecimalDigitFilterFactory;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.en.EnglishPossessiveFilterFactory;
import org.apache.lucene.analysis.en.PorterStemFilterFactory;
import org.apache.lucene.analysis.fr.FrenchLightStemFilterFactory;
import org.apache.lucene.analysis.icu.ICUFoldingFilterFactory;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilterFactory;
import org.apache.lucene.analysis.ngram.EdgeNGramFilterFactory;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.apache.lucene.analysis.util.ElisionFilterFactory;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/** The analyzers of {@link Analyzers}, from Lucene's own filters (lucene-analysis-common and -icu). */
public class LuceneAnalysis implements LuceneAnalysisConfigurer {

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(Analyzers.ARABIC).custom()
                .tokenizer(StandardTokenizerFactory.class)
                .tokenFilter(LowerCaseFilterFactory.class)
                .tokenFilter(DecimalDigitFilterFactory.class)
                .tokenFilter(ArabicNormalizationFilterFactory.class)
                .tokenFilter(ArabicStemFilterFactory.class);

        context.analyzer(Analyzers.FRENCH).custom()
                .tokenizer(StandardTokenizerFactory.class)
                .tokenFilter(ElisionFilterFactory.class)
                    .param("ignoreCase", "true")
                .tokenFilter(LowerCaseFilterFactory.class)
                .tokenFilter(ASCIIFoldingFilterFactory.class)
                .tokenFilter(FrenchLightStemFilterFactory.class);

        context.analyzer(Analyzers.ENGLISH).custom()
                .tokenizer(StandardTokenizerFactory.class)
                .tokenFilter(EnglishPossessiveFilterFactory.class)
                .tokenFilter(LowerCaseFilterFactory.class)
                .tokenFilter(ASCIIFoldingFilterFactory.class)
                .tokenFilter(PorterStemFilterFactory.class);

        context.analyzer(Analyzers.FOLDED).custom()
                .tokenizer(StandardTokenizerFactory.class)
                .tokenFilter(ICUFoldingFilterFactory.class)
                .tokenFilter(DecimalDigitFilterFactory.class)
                .tokenFilter(ArabicNormalizationFilterFactory.class);

        context.analyzer(Analyzers.AUTOCOMPLETE).custom()
                .tokenizer(StandardTokenizerFactory.class)
                .tokenFilter(ICUFoldingFilterFactory.class)
                .tokenFilter(ArabicNormalizationFilterFactory.class)
                .tokenFilter(ArabicStemFilterFactory.class)
                .tokenFilter(EdgeNGramFilterFactory.class)
                    .param("minGramSize", "1")
                    .param("maxGramSize", "20")
                    .param("preserveOriginal", "true");

        context.analyzer(Analyzers.AUTOCOMPLETE_QUERY).custom()
                .tokenizer(StandardTokenizerFactory.class)
                .tokenFilter(ICUFoldingFilterFactory.class)
                .tokenFilter(ArabicNormalizationFilterFactory.class)
                .tokenFilter(ArabicStemFilterFactory.class);
    }
}
