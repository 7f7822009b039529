package org.turath.registry.internal.imports;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.turath.registry.ImportReport;
import org.turath.registry.domain.HeritageItems;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * On the first start of an empty registry (and only when {@code turath.demo.load-on-start} is
 * true, the default of the embedded setup), imports the shipped copy of UNESCO's 2025 list so a
 * fresh portal shows real content.
 */
@Component
@Order(20)
class DemoDataLoader implements ApplicationRunner {

    static final String DEMO_FILE = "demo/whc-sites-2025-en-fr-ar.csv";
    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final HeritageImporter importer;
    private final HeritageItems items;
    private final boolean enabled;

    DemoDataLoader(HeritageImporter importer, HeritageItems items, @Value("${turath.demo.load-on-start:false}") boolean enabled) {
        this.importer = importer;
        this.items = items;
        this.enabled = enabled;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled || !args.getNonOptionArgs().isEmpty() || items.count() > 0) {
            return;
        }
        log.info("Empty registry: loading the demo data ({})", DEMO_FILE);
        Path copy = null;
        try (InputStream in = new ClassPathResource(DEMO_FILE).getInputStream()) {
            copy = Files.createTempFile("turath-demo", ".csv");
            Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
            Path file = copy;
            ImportReport report = org.turath.history.RevisionAuthor.runAs("demo data",
                    () -> importer.importFile(file, DEMO_FILE, false, HeritageImporter.Progress.NONE));
            if (report.rejected()) {
                throw new IllegalStateException("The shipped demo data was rejected: " + report.errors());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (copy != null) {
                try {
                    Files.deleteIfExists(copy);
                } catch (IOException ignored) {
                    // a temporary file; the OS cleans it
                }
            }
        }
    }
}
