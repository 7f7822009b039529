package org.turath;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Turath, the Heritage Portal of the Islamic World.
 *
 * <p>{@code import FILE [--dry-run]} as the first arguments runs the heritage import from the
 * command line, and {@code reindex} rebuilds the search index; neither starts the web server.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class TurathApplication {

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(TurathApplication.class);
        if (args.length > 0 && ("import".equals(args[0]) || "reindex".equals(args[0]))) {
            application.setWebApplicationType(WebApplicationType.NONE);
        }
        application.run(args);
    }
}
