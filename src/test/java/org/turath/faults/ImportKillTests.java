package org.turath.faults;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.turath.support.RegistryFixture;
import org.turath.support.SeparateNode;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A fault as it happens in production: the process importing a large file is killed (SIGKILL) in
 * the middle. After it, nothing of the file is visible, and running the import again gives the
 * whole result — in a database of its own, with the real command line, in a separate JVM.
 */
class ImportKillTests {

    private static final int COPIES = 6;
    private static final int KEPT_PER_COPY = 246;

    private SeparateNode node;
    private Path file;

    @BeforeEach
    void ownDatabaseAndALargeFile() throws Exception {
        node = SeparateNode.withOwnDatabase("faults");
        // the real export six times over, each copy under its own UNESCO ids: 7,488 rows, 1,476 kept
        file = Files.createTempFile("turath-large-import", ".csv");
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().get().parse(new InputStreamReader(
                new ClassPathResource(RegistryFixture.DEMO_CSV).getInputStream(), StandardCharsets.UTF_8));
             Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180.builder()
                     .setHeader(parser.getHeaderNames().toArray(String[]::new)).get())) {
            List<CSVRecord> records = parser.getRecords();
            int idNo = parser.getHeaderNames().indexOf("id_no");
            int unique = parser.getHeaderNames().indexOf("unique_number");
            for (int copy = 0; copy < COPIES; copy++) {
                for (CSVRecord record : records) {
                    List<String> values = new ArrayList<>(record.toList());
                    values.set(idNo, String.valueOf(Integer.parseInt(values.get(idNo)) + copy * 100_000));
                    values.set(unique, String.valueOf(Integer.parseInt(values.get(unique)) + copy * 100_000));
                    printer.printRecord(values);
                }
            }
        }
    }

    @AfterEach
    void dropIt() throws Exception {
        Files.deleteIfExists(file);
        node.close();
    }

    @Test
    void anImportKilledHalfwayLeavesNothingVisibleAndRunsAgainToTheWholeResult() throws Exception {
        Process first = importer();
        boolean writing = false;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(first.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("Processed ")) {
                    // the first batches are written inside the import's transaction: now
                    writing = true;
                    break;
                }
            }
            first.destroyForcibly();
            assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(writing).as("the import got to writing before it was killed").isTrue();
        assertThat(count("select count(*) from heritage_item")).as("nothing half-imported is visible").isZero();
        assertThat(count("select count(*) from audit_event where event_type = 'IMPORT'")).isZero();

        Process again = importer();
        String summary = null;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(again.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("Imported ")) {
                    summary = line;
                }
            }
        }
        assertThat(again.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(again.exitValue()).isZero();
        assertThat(summary).contains(String.format(java.util.Locale.ENGLISH, "%,d created, 0 updated, 0 unchanged", COPIES * KEPT_PER_COPY));
        assertThat(count("select count(*) from heritage_item")).isEqualTo(COPIES * KEPT_PER_COPY);
        assertThat(count("select count(*) from heritage_item where publication = 'PUBLISHED'")).isEqualTo(COPIES * KEPT_PER_COPY);
    }

    /** The real command line, in its own JVM, with the suite's class path. */
    private Process importer() throws Exception {
        return node.start("import", file.toString(), "--turath.search.startup-indexing=off", "--logging.level.root=WARN",
                "--spring.jpa.properties.hibernate.search.backend.directory.root=target/test-index-faults");
    }

    private int count(String query) throws Exception {
        return (int) node.count(query);
    }
}
