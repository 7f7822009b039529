package org.turath;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Turath, the Heritage Portal of the Islamic World.
 *
 * <p>{@code import FILE [--dry-run]} as the first arguments runs the heritage import from the
 * command line, {@code reindex} rebuilds the search index and {@code storage-move --to=s3|disk} moves the files
 * between the disk and an S3 bucket; none starts the web server. The
 * benchmarks' {@code generate N} (synthetic items) and {@code bench-search} exist only in a build
 * made with {@code -Pbench}, never in the portal's own jar.
 */
@SpringBootApplication
@org.springframework.scheduling.annotation.EnableScheduling
@ConfigurationPropertiesScan
public class TurathApplication {

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(TurathApplication.class);
        if (args.length > 0 && java.util.Set.of("generate", "bench-search").contains(args[0]) && !benchBuild()) {
            System.err.println(args[0] + " is a benchmark tool: build with ./mvnw -Pbench package (bench/*.sh do)");
            System.exit(2);
        }
        if (args.length > 0 && java.util.Set.of("import", "reindex", "storage-move", "generate", "bench-search").contains(args[0])) {
            application.setWebApplicationType(WebApplicationType.NONE);
        }
        application.run(args);
    }

    private static boolean benchBuild() {
        try {
            Class.forName("org.turath.registry.SyntheticHeritage");
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
