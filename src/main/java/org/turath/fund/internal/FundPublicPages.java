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
        return PublicPages.rows("fund-projects", jdbc, "fund_request", PublicPages.Key.REFERENCE, "status in ('GRANTED', 'CLOSED')",
                "/support-fund/projects", "/support-fund");
    }

    @Bean
    PublicPages fundCallsForSitemaps(JdbcClient jdbc) {
        return PublicPages.rows("fund-calls", jdbc, "fund_call", PublicPages.Key.REFERENCE, "true", "/support-fund/calls");
    }
}
