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
        return PublicPages.of("museums", (after, limit) -> jdbc.sql("""
                        select reference, updated_at from museum where published = true and reference > :after
                        order by reference limit :limit""")
                .param("after", after == null ? "" : after).param("limit", limit)
                .query((rs, n) -> new PublicPages.Page(rs.getString(1), "/museums/" + rs.getString(1),
                        rs.getTimestamp(2).toInstant()))
                .list(), "/museums");
    }
}
