package org.turath;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded default runs the very migrations PostgreSQL runs (the rest of the suite runs on
 * PostgreSQL): they must apply unchanged to H2 in PostgreSQL mode.
 */
class MigrationsOnH2Tests {

    @Test
    void theMigrationsApplyToTheEmbeddedDatabase() {
        DataSource h2 = new org.springframework.jdbc.datasource.SimpleDriverDataSource(new org.h2.Driver(),
                "jdbc:h2:mem:migrations;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1", "sa", "");
        var result = Flyway.configure().dataSource(h2).locations("classpath:db/migration").load().migrate();
        assertThat(result.success).isTrue();
        assertThat(result.migrationsExecuted).isGreaterThanOrEqualTo(2);
        Integer criteria = new org.springframework.jdbc.core.JdbcTemplate(h2)
                .queryForObject("select count(*) from criterion where set_code = 'UNESCO'", Integer.class);
        assertThat(criteria).isEqualTo(10);
    }
}
