package org.turath.support.opensearch;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.opensearch.index.analysis.AbstractTokenFilterFactory;
import org.opensearch.index.analysis.TokenFilterFactory;
import org.opensearch.indices.analysis.AnalysisModule;
import org.opensearch.plugins.AnalysisPlugin;
import org.opensearch.plugins.Plugin;

import java.util.Map;

/**
 * The {@code icu_folding} token filter of OpenSearch's analysis-icu plugin, which is not published as a Maven artifact:
 * the same Lucene filter ({@link ICUFoldingFilter}) under the same name, so the test node analyses text as a production
 * cluster with the plugin installed does.
 */
public class IcuFoldingPlugin extends Plugin implements AnalysisPlugin {

    @Override
    public Map<String, AnalysisModule.AnalysisProvider<TokenFilterFactory>> getTokenFilters() {
        return Map.of("icu_folding", (indexSettings, environment, name, settings) -> new AbstractTokenFilterFactory(indexSettings, name, settings) {
            @Override
            public TokenStream create(TokenStream stream) {
                return new ICUFoldingFilter(stream);
            }
        });
    }
}
