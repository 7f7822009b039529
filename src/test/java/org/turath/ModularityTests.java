package org.turath;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/** The modules of docs/ARCHITECTURE.md stay apart: no cycles, no reaching into another module's internals. */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(TurathApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    @Test
    void theModulesAreThoseOfTheDesign() {
        assertThat(modules.stream().map(module -> module.getIdentifier().toString()))
                .containsExactlyInAnyOrder("shared", "geo", "registry", "search", "opendata", "accounts", "nominations", "learning", "engagement", "library");
    }

    @Test
    void writeModuleDocumentation() {
        new Documenter(modules).writeDocumentation();
    }
}
