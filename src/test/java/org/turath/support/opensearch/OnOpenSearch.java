package org.turath.support.opensearch;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.turath.support.s3.S3ProxyServer;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a subclass of an {@code @IntegrationTest} class: its tests run again on the portal as a node of several runs, with
 * its Elasticsearch/OpenSearch profile against the suite's real OpenSearch node ({@link OpenSearchNode}) and its files
 * in an S3 bucket of the suite's S3Proxy ({@link S3ProxyServer}), its own storage directory only a cache. Every such
 * class shares one application context (and one database with the others).
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
                    "turath.search.startup-indexing=sync",
                    "turath.storage.type=s3",
                    "turath.storage.dir=target/test-files-s3-cache",
                    "turath.storage.s3.endpoint=" + S3ProxyServer.endpoint(),
                    "turath.storage.s3.bucket=turath-suite",
                    "turath.storage.s3.create-bucket=true",
                    "turath.storage.s3.access-key=" + S3ProxyServer.ACCESS_KEY,
                    "turath.storage.s3.secret-key=" + S3ProxyServer.SECRET_KEY).applyTo(context);
        }
    }
}
