package org.turath;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Turath, the Heritage Portal of the Islamic World.
 *
 * <p>{@code import FILE [--dry-run]} as the first arguments runs the heritage import from the
 * command line, {@code reindex} rebuilds the search index, {@code generate N} adds synthetic items and
 * {@code bench-search} runs the search benchmark; none of them starts the web server.
 */
@SpringBootApplication
@org.springframework.scheduling.annotation.EnableScheduling
@ConfigurationPropertiesScan
public class TurathApplication {

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(TurathApplication.class);
        if (args.length > 0 && java.util.Set.of("import", "reindex", "generate", "bench-search").contains(args[0])) {
            application.setWebApplicationType(WebApplicationType.NONE);
        }
        application.run(args);
    }
}
