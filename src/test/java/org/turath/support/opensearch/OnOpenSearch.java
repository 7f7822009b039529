package org.turath.support.opensearch;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a subclass of an {@code @IntegrationTest} class: its tests run again with the portal on its Elasticsearch/OpenSearch
 * profile against the suite's real OpenSearch node ({@link OpenSearchNode}). Every such class shares one application
 * context (and one database with the others).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ActiveProfiles("elasticsearch")
@ContextConfiguration(initializers = OnOpenSearch.Node.class)
public @interface OnOpenSearch {

    /** Points the portal's search backend at the node, starting it if need be. */
    class Node implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            TestPropertyValues.of("spring.jpa.properties.hibernate.search.backend.uris=" + OpenSearchNode.uri(),
                    // the node of the previous run is gone with its data: the index is made at start
                    "turath.search.startup-indexing=sync").applyTo(context);
        }
    }
}
