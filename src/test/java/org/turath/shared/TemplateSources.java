package org.turath.shared;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The portal's Thymeleaf templates as written, for tests that read them rather than render them. */
final class TemplateSources {

    record Template(String name, String text) {
    }

    private TemplateSources() {
    }

    static List<Template> all() {
        try {
            List<Template> templates = new ArrayList<>();
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:templates/**/*.html")) {
                templates.add(new Template(resource.getFilename(), resource.getContentAsString(StandardCharsets.UTF_8)));
            }
            return templates;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
