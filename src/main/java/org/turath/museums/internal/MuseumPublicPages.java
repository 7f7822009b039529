package org.turath.museums.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.turath.web.PublicPages;

/** Published museums' pages, and the directory, for sitemaps. */
@Configuration(proxyBeanMethods = false)
class MuseumPublicPages {

    @Bean
    PublicPages museumsForSitemaps(JdbcClient jdbc) {
        return PublicPages.publishedByReference("museums", jdbc, "museum", "/museums", "/museums");
    }
}
