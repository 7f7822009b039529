package org.turath.support;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Creates the tests' PostgreSQL database when it does not exist yet, so {@code ./mvnw verify}
 * needs only a running server. The schema itself is wiped and migrated by {@link CleanDatabase}.
 */
public class TestDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        Environment environment = context.getEnvironment();
        String url = environment.getProperty("spring.datasource.url");
        if (url == null || !url.startsWith("jdbc:postgresql://")) {
            return;
        }
        URI uri = URI.create(url.substring("jdbc:".length()));
        String database = uri.getPath().substring(1);
        if (!database.matches("[A-Za-z0-9_]+")) {
            throw new IllegalStateException("Unexpected test database name: " + database);
        }
        String maintenance = "jdbc:postgresql://" + uri.getAuthority() + "/postgres";
        String user = environment.getProperty("spring.datasource.username");
        String password = environment.getProperty("spring.datasource.password");
        try (Connection connection = DriverManager.getConnection(maintenance, user, password);
             Statement statement = connection.createStatement()) {
            var exists = statement.executeQuery("select 1 from pg_database where datname = '" + database + "'");
            if (!exists.next()) {
                statement.execute("create database " + database + " encoding 'UTF8'");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL for the tests is not reachable at " + maintenance
                    + " (start it, or point -Dturath.test.db.url at one)", e);
        }
    }
}
