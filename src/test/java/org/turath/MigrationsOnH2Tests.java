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
        // every migration the project ships ran, up to the newest, SQL and Java alike
        java.util.List<String> shipped = new java.util.ArrayList<>();
        for (String folder : java.util.List.of("src/main/resources/db/migration", "src/main/java/db/migration")) {
            try (var files = java.nio.file.Files.list(java.nio.file.Path.of(folder))) {
                files.map(f -> f.getFileName().toString()).filter(n -> n.matches("V\\d+__.*")).forEach(shipped::add);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        int newest = shipped.stream().mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__")))).max().orElseThrow();
        assertThat(result.migrationsExecuted).isEqualTo(shipped.size());
        assertThat(result.targetSchemaVersion).isEqualTo(String.valueOf(newest));
        Integer criteria = new org.springframework.jdbc.core.JdbcTemplate(h2)
                .queryForObject("select count(*) from criterion where set_code = 'UNESCO'", Integer.class);
        assertThat(criteria).isEqualTo(10);
    }
}
