package org.turath.registry.internal.imports;

import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The shipped supplement fills the Arabic names UNESCO's export leaves empty, and nothing else. */
class ArabicNamesSupplementTests {

    private static Map<String, String> arabicNames(Reader csv) throws Exception {
        Map<String, String> names = new HashMap<>();
        try (var parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(csv)) {
            parser.forEach(row -> names.put(row.get("id_no"), row.get("name_ar")));
        }
        return names;
    }

    @Test
    void missingArabicNamesAreFilledAndGivenOnesKept() throws Exception {
        Path copy = Files.createTempFile("supplement", ".csv");
        try (InputStream list = new ClassPathResource(DemoDataLoader.DEMO_FILE).getInputStream()) {
            DemoDataLoader.withArabicNames(list, copy, DemoDataLoader.supplement());
            Map<String, String> before;
            try (var reader = new java.io.InputStreamReader(new ClassPathResource(DemoDataLoader.DEMO_FILE).getInputStream(),
                    StandardCharsets.UTF_8)) {
                before = arabicNames(reader);
            }
            Map<String, String> after;
            try (var reader = Files.newBufferedReader(copy, StandardCharsets.UTF_8)) {
                after = arabicNames(reader);
            }
            assertThat(after).hasSameSizeAs(before).hasSize(1248);
            assertThat(after.get("1565")).isEqualTo("البلدة القديمة في الخليل");
            assertThat(after.get("498")).isEqualTo("مدينة سوسة العتيقة");
            assertThat(after.get("1401")).startsWith("الرباط");
            long filled = after.entrySet().stream().filter(e -> before.get(e.getKey()).isBlank() && !e.getValue().isBlank()).count();
            assertThat(filled).isEqualTo(27);
            assertThat(after.entrySet()).allSatisfy(e -> {
                if (!before.get(e.getKey()).isBlank()) {
                    assertThat(e.getValue()).as("UNESCO's own name kept for %s", e.getKey()).isEqualTo(before.get(e.getKey()));
                }
            });
            // every row of the supplement names a property the list leaves without an Arabic name, and gives a source
            try (var reader = new java.io.InputStreamReader(new ClassPathResource(DemoDataLoader.ARABIC_NAMES).getInputStream(),
                    StandardCharsets.UTF_8);
                 var parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                parser.forEach(row -> {
                    assertThat(before.get(row.get("id_no"))).as(row.get("id_no")).isBlank();
                    assertThat(row.get("source")).isNotBlank();
                });
            }
        } finally {
            Files.deleteIfExists(copy);
        }
    }
}
