package org.turath.library.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.turath.web.PublicPages;

/** The library's public pages for sitemaps: news that has appeared, published publications, and their lists. */
@Configuration(proxyBeanMethods = false)
class LibraryPublicPages {

    @Bean
    PublicPages newsForSitemaps(JdbcClient jdbc) {
        return PublicPages.rows("news", jdbc, "news_article", PublicPages.Key.ID, "ready = true and publish_at <= :now", "/news", "/news");
    }

    @Bean
    PublicPages publicationsForSitemaps(JdbcClient jdbc) {
        return PublicPages.rows("publications", jdbc, "publication", PublicPages.Key.ID, "published = true", "/publications",
                "/publications");
    }
}
