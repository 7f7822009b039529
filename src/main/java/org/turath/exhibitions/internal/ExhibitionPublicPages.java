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
        return PublicPages.of("exhibitions", (after, limit) -> jdbc.sql("""
                        select reference, updated_at from exhibition
                        where published = true and reference > :after order by reference limit :limit""")
                .param("after", after == null ? "" : after).param("limit", limit)
                .query((rs, n) -> new PublicPages.Page(rs.getString(1), "/exhibitions/" + rs.getString(1), rs.getTimestamp(2).toInstant()))
                .list(), "/exhibitions");
    }
}
