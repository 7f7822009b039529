package org.turath.exhibitions.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.turath.web.PublicPages;

/** Published exhibitions' pages and the list, for sitemaps. */
@Configuration(proxyBeanMethods = false)
class ExhibitionPublicPages {

    @Bean
    PublicPages exhibitionsForSitemaps(JdbcClient jdbc) {
        return PublicPages.publishedByReference("exhibitions", jdbc, "exhibition", "/exhibitions", "/exhibitions");
    }
}
