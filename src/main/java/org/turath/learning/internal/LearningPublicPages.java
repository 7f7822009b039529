package org.turath.learning.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.turath.web.PublicPages;

import java.util.List;
import java.util.UUID;

/** The published trainings, workshops and activities for sitemaps, with their list and calendar. */
@Configuration(proxyBeanMethods = false)
class LearningPublicPages {

    @Bean
    PublicPages trainingsForSitemaps(JdbcClient jdbc) {
        return new PublicPages() {
            @Override
            public String kind() {
                return "trainings";
            }

            @Override
            public List<Page> after(String afterKey, int limit) {
                UUID after = PublicPages.uuidAfter(afterKey).orElse(null);
                if (after == null) {
                    return List.of();
                }
                return jdbc.sql("select id, updated_at from learning_activity where published = true and id > :after order by id limit :limit")
                        .param("after", after).param("limit", limit)
                        .query((rs, n) -> new Page(rs.getString(1), "/trainings/" + rs.getString(1), rs.getTimestamp(2).toInstant()))
                        .list();
            }

            @Override
            public List<String> landings() {
                return List.of("/trainings", "/trainings/calendar");
            }
        };
    }
}
