package org.turath.support;

import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Every test run starts from an empty schema migrated from scratch, as a new installation would. Cleaned once per run:
 * a second application context of the suite (the search suite on OpenSearch) joins the database the first one uses.
 */
@TestConfiguration(proxyBeanMethods = false)
public class CleanDatabase {

    private static final java.util.concurrent.atomic.AtomicBoolean CLEANED = new java.util.concurrent.atomic.AtomicBoolean();

    @Bean
    FlywayMigrationStrategy cleanThenMigrate() {
        return flyway -> {
            if (CLEANED.compareAndSet(false, true)) {
                flyway.clean();
            }
            flyway.migrate();
        };
    }
}
