package org.turath.learning.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.turath.web.PublicPages;

import java.util.List;

/** The published trainings, workshops and activities for sitemaps, with their list and calendar. */
@Configuration(proxyBeanMethods = false)
class LearningPublicPages {

    @Bean
    PublicPages trainingsForSitemaps(JdbcClient jdbc) {
        return PublicPages.of("trainings", (after, limit) -> PublicPages.uuidAfter(after)
                .map(position -> jdbc.sql("select id, updated_at from learning_activity where published = true and id > :after"
                                + " order by id limit :limit")
                        .param("after", position).param("limit", limit)
                        .query((rs, n) -> new PublicPages.Page(rs.getString(1), "/trainings/" + rs.getString(1),
                                rs.getTimestamp(2).toInstant()))
                        .list())
                .orElse(List.of()), "/trainings", "/trainings/calendar");
    }
}
