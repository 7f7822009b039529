package org.turath;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The modules of docs/ARCHITECTURE.md stay apart: no cycles, no reaching into another module's
 * internals, the kernel closed, and the module documentation committed under docs/modules as the
 * code draws it. After changing a module's dependencies, regenerate it with
 * {@code ./mvnw test -Dtest=ModularityTests -Dturath.modules.write=true}.
 */
class ModularityTests {

    private static final Path COMMITTED = Path.of("docs/modules");

    private final ApplicationModules modules = ApplicationModules.of(TurathApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    @Test
    void theModulesAreThoseOfTheDesign() {
        assertThat(modules.stream().map(module -> module.getIdentifier().toString())).containsExactlyInAnyOrder(
                // the kernel and the infrastructure every module may use
                "shared", "web", "mail", "files", "documents", "history", "scheduling", "pagecache", "throttling", "submissions",
                // the portal's domains
                "geo", "topics", "registry", "search", "opendata", "accounts", "nominations", "learning", "engagement", "library", "risk", "partners", "figures", "fund", "museums", "collections", "alerts", "exhibitions");
    }

    @Test
    void theKernelIsClosedAndKnowsNoOtherModule() {
        ApplicationModule kernel = modules.getModuleByName("shared").orElseThrow();
        assertThat(kernel.isOpen()).isFalse();
        assertThat(kernel.getBootstrapDependencies(modules).toList()).isEmpty();
        assertThat(kernel.getDirectDependencies(modules).stream().map(dependency -> dependency.getTargetModule().getIdentifier()).toList()).isEmpty();
    }

    @Test
    void theCommittedModuleDocumentationIsWhatTheCodeDraws() throws IOException {
        boolean write = Boolean.getBoolean("turath.modules.write");
        Path drawn = write ? COMMITTED : Path.of("target/modulith-docs");
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(drawn.toString())).writeDocumentation();
        for (ApplicationModule module : modules) {
            Path diagram = drawn.resolve("module-" + module.getIdentifier() + ".puml");
            assertThat(diagram).exists();
            assertThat(sortedLines(COMMITTED.resolve(diagram.getFileName())))
                    .as("docs/modules is stale for %s: regenerate it (see this class)", module.getIdentifier())
                    .isEqualTo(sortedLines(diagram));
        }
        assertThat(sortedLines(COMMITTED.resolve("components.puml"))).isEqualTo(sortedLines(drawn.resolve("components.puml")));
    }

    private static List<String> sortedLines(Path file) throws IOException {
        return Files.readAllLines(file).stream().map(String::strip).filter(line -> !line.isEmpty()).sorted().toList();
    }
}
