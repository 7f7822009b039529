package org.turath.registry.internal.pages;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.turath.web.PublicPages;

import java.sql.Timestamp;
import java.util.Locale;

/** The registry's public pages for sitemaps: every published item, and the states that have one. */
@Configuration(proxyBeanMethods = false)
class RegistryPublicPages {

    @Bean
    PublicPages heritageForSitemaps(JdbcClient jdbc) {
        return PublicPages.rows("heritage", jdbc, "heritage_item", PublicPages.Key.REFERENCE, "publication = 'PUBLISHED'", "/heritage",
                "/", "/heritage", "/states");
    }

    @Bean
    PublicPages statesForSitemaps(JdbcClient jdbc) {
        return PublicPages.of("states", (after, limit) -> jdbc.sql("select s.iso2, max(i.updated_at) from heritage_item_state s"
                                + " join heritage_item i on i.id = s.item_id where i.publication = 'PUBLISHED' and s.iso2 > :after"
                                + " group by s.iso2 order by s.iso2 limit :limit")
                .param("after", after).param("limit", limit)
                .query((rs, n) -> new PublicPages.Page(rs.getString(1), "/states/" + rs.getString(1).toLowerCase(Locale.ROOT),
                        instant(rs.getTimestamp(2))))
                .list());
    }

    private static java.time.Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
