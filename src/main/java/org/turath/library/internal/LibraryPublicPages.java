package org.turath.library.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.turath.web.PublicPages;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/** The library's public pages for sitemaps: news that has appeared, published publications, and their lists. */
@Configuration(proxyBeanMethods = false)
class LibraryPublicPages {

    @Bean
    PublicPages newsForSitemaps(JdbcClient jdbc) {
        return PublicPages.of("news", (after, limit) -> PublicPages.uuidAfter(after)
                .map(position -> jdbc.sql("select id, updated_at from news_article where ready = true and publish_at <= :now"
                                + " and id > :after order by id limit :limit")
                        .param("now", Timestamp.from(Instant.now())).param("after", position).param("limit", limit)
                        .query((rs, n) -> new PublicPages.Page(rs.getString(1), "/news/" + rs.getString(1), rs.getTimestamp(2).toInstant()))
                        .list())
                .orElse(List.of()), "/news");
    }

    @Bean
    PublicPages publicationsForSitemaps(JdbcClient jdbc) {
        return PublicPages.of("publications", (after, limit) -> PublicPages.uuidAfter(after)
                .map(position -> jdbc.sql("select id, updated_at from publication where published = true and id > :after"
                                + " order by id limit :limit")
                        .param("after", position).param("limit", limit)
                        .query((rs, n) -> new PublicPages.Page(rs.getString(1), "/publications/" + rs.getString(1),
                                rs.getTimestamp(2).toInstant()))
                        .list())
                .orElse(List.of()), "/publications");
    }
}
