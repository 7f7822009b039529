package org.turath.alerts.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.turath.web.PublicPages;

/** Public alerts' pages (verified, not withdrawn), the list and "check an object", for sitemaps. */
@Configuration(proxyBeanMethods = false)
class AlertPublicPages {

    @Bean
    PublicPages alertsForSitemaps(JdbcClient jdbc) {
        return PublicPages.of("alerts", (after, limit) -> jdbc.sql("""
                        select reference, updated_at from object_alert
                        where stage = 'PUBLISHED' and status <> 'WITHDRAWN' and reference > :after order by reference limit :limit""")
                .param("after", after == null ? "" : after).param("limit", limit)
                .query((rs, n) -> new PublicPages.Page(rs.getString(1), "/alerts/" + rs.getString(1), rs.getTimestamp(2).toInstant()))
                .list(), "/alerts", "/alerts/check");
    }
}
