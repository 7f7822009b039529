package org.turath.learning.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.turath.web.PublicPages;

/** The published trainings, workshops and activities for sitemaps, with their list and calendar. */
@Configuration(proxyBeanMethods = false)
class LearningPublicPages {

    @Bean
    PublicPages trainingsForSitemaps(JdbcClient jdbc) {
        return PublicPages.rows("trainings", jdbc, "learning_activity", PublicPages.Key.ID, "published = true", "/trainings",
                "/trainings", "/trainings/calendar");
    }
}
