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
        return PublicPages.rows("alerts", jdbc, "object_alert", PublicPages.Key.REFERENCE, "stage = 'PUBLISHED' and status <> 'WITHDRAWN'",
                "/alerts", "/alerts", "/alerts/check");
    }
}
