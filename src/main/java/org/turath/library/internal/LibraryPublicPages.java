package org.turath.library.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.turath.web.PublicPages;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The library's public pages for sitemaps: news that has appeared, published publications, and their lists. */
@Configuration(proxyBeanMethods = false)
class LibraryPublicPages {

    @Bean
    PublicPages newsForSitemaps(JdbcClient jdbc) {
        return new PublicPages() {
            @Override
            public String kind() {
                return "news";
            }

            @Override
            public List<Page> after(String afterKey, int limit) {
                return jdbc.sql("select id, updated_at from news_article where ready = true and publish_at <= :now and id > :after"
                                + " order by id limit :limit")
                        .param("now", Timestamp.from(Instant.now())).param("after", key(afterKey)).param("limit", limit)
                        .query((rs, n) -> new Page(rs.getString(1), "/news/" + rs.getString(1), rs.getTimestamp(2).toInstant()))
                        .list();
            }

            @Override
            public List<String> landings() {
                return List.of("/news");
            }
        };
    }

    @Bean
    PublicPages publicationsForSitemaps(JdbcClient jdbc) {
        return new PublicPages() {
            @Override
            public String kind() {
                return "publications";
            }

            @Override
            public List<Page> after(String afterKey, int limit) {
                return jdbc.sql("select id, updated_at from publication where published = true and id > :after order by id limit :limit")
                        .param("after", key(afterKey)).param("limit", limit)
                        .query((rs, n) -> new Page(rs.getString(1), "/publications/" + rs.getString(1), rs.getTimestamp(2).toInstant()))
                        .list();
            }

            @Override
            public List<String> landings() {
                return List.of("/publications");
            }
        };
    }

    private static UUID key(String afterKey) {
        return PublicPages.uuidAfter(afterKey).orElse(new UUID(-1, -1));
    }
}
