package org.turath;

import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.turath.registry.internal.imports.HeritageImporter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command-line tasks (import, reindex, generate, bench-search) run the application without its
 * web server: everything they need must start without one. (A web-only bean once stopped them all.)
 */
class CommandLineTests {

    @Test
    void theApplicationStartsWithoutItsWebServerForCommandLineTasks() {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(TurathApplication.class)
                .web(WebApplicationType.NONE)
                .profiles("test")
                .properties("turath.search.startup-indexing=off", "turath.demo.load-on-start=false",
                        // its own index directory: the suite's web application holds the other one open
                        "spring.jpa.properties.hibernate.search.backend.directory.root=target/test-index-command-line")
                .run()) {
            assertThat(context.getBean(HeritageImporter.class)).isNotNull();
            assertThat(context.getBeansOfType(org.springframework.security.web.SecurityFilterChain.class)).isEmpty();
        }
    }
}
