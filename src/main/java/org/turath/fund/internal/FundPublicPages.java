package org.turath.fund.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.turath.web.PublicPages;

/** The Support Fund's public pages for sitemaps: funded projects (by reference), calls, and the fund's page. */
@Configuration(proxyBeanMethods = false)
class FundPublicPages {

    @Bean
    PublicPages fundProjectsForSitemaps(JdbcClient jdbc) {
        return PublicPages.of("fund-projects", (after, limit) -> jdbc.sql("""
                        select reference, updated_at from fund_request where status in ('GRANTED', 'CLOSED') and reference > :after
                        order by reference limit :limit""")
                .param("after", after == null ? "" : after).param("limit", limit)
                .query((rs, n) -> new PublicPages.Page(rs.getString(1), "/support-fund/projects/" + rs.getString(1),
                        rs.getTimestamp(2).toInstant()))
                .list(), "/support-fund");
    }

    @Bean
    PublicPages fundCallsForSitemaps(JdbcClient jdbc) {
        return PublicPages.of("fund-calls", (after, limit) -> jdbc.sql("""
                        select reference, updated_at from fund_call where reference > :after order by reference limit :limit""")
                .param("after", after == null ? "" : after).param("limit", limit)
                .query((rs, n) -> new PublicPages.Page(rs.getString(1), "/support-fund/calls/" + rs.getString(1),
                        rs.getTimestamp(2).toInstant()))
                .list());
    }
}
