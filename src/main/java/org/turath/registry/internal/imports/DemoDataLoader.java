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
import java.util.List;

/**
 * On the first start of an empty registry (and only when {@code turath.demo.load-on-start} is
 * true, the default of the embedded setup), imports the shipped copy of UNESCO's 2025 list so a
 * fresh portal shows real content.
 */
@Component
@Order(20)
class DemoDataLoader implements ApplicationRunner {

    static final String DEMO_FILE = "demo/whc-sites-2025-en-fr-ar.csv";
    /** Arabic names for properties UNESCO's export leaves without one, each with its source. */
    static final String ARABIC_NAMES = "demo/arabic-names-supplement.csv";
    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final ImportJobs jobs;
    private final HeritageItems items;
    private final boolean enabled;

    DemoDataLoader(ImportJobs jobs, HeritageItems items, @Value("${turath.demo.load-on-start:false}") boolean enabled) {
        this.jobs = jobs;
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
            withArabicNames(in, copy, supplement());
            Path file = copy;
            // a job of the import history like any other, by "demo data"
            ImportReport report = jobs.importHere(file, DEMO_FILE, "demo data");
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

    /** The supplement's Arabic names by UNESCO id number. */
    static java.util.Map<String, String> supplement() throws IOException {
        java.util.Map<String, String> names = new java.util.HashMap<>();
        try (var reader = new java.io.InputStreamReader(new ClassPathResource(ARABIC_NAMES).getInputStream(),
                java.nio.charset.StandardCharsets.UTF_8);
             var parser = org.apache.commons.csv.CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
            for (var row : parser) {
                names.put(row.get("id_no").strip(), row.get("name_ar").strip());
            }
        }
        return names;
    }

    /** Copies the list, filling an empty {@code name_ar} from {@code arabicNames}; a name the list gives is kept. */
    static void withArabicNames(InputStream list, Path copy, java.util.Map<String, String> arabicNames) throws IOException {
        try (var reader = new java.io.InputStreamReader(list, java.nio.charset.StandardCharsets.UTF_8);
             var parser = org.apache.commons.csv.CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader);
             var writer = Files.newBufferedWriter(copy, java.nio.charset.StandardCharsets.UTF_8);
             var printer = new org.apache.commons.csv.CSVPrinter(writer, org.apache.commons.csv.CSVFormat.DEFAULT)) {
            List<String> header = parser.getHeaderNames();
            printer.printRecord(header);
            int nameAr = header.indexOf("name_ar");
            for (var row : parser) {
                List<String> values = new java.util.ArrayList<>(row.toList());
                String supplied = arabicNames.get(row.get("id_no").strip());
                if (supplied != null && values.get(nameAr).isBlank()) {
                    values.set(nameAr, supplied);
                }
                printer.printRecord(values);
            }
        }
    }
}
