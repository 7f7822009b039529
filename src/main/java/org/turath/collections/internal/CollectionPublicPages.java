package org.turath.collections.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.turath.web.PublicPages;

/** Published objects' pages, and the collections' list, for sitemaps. */
@Configuration(proxyBeanMethods = false)
class CollectionPublicPages {

    @Bean
    PublicPages collectionsForSitemaps(JdbcClient jdbc) {
        return PublicPages.publishedByReference("collections", jdbc, "collection_object", "/collections", "/collections");
    }
}
