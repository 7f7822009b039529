package org.turath.collections.internal;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The starter objects are facts a museum would check: each names a museum of the starter directory, the inventory number
 * it publishes, its names in three languages and the public source of its facts; no invented image comes with them.
 */
class StarterObjectsTests {

    @Test
    void everyObjectIsOfAStarterMuseumNamedInThreeLanguagesWithItsInventoryNumberAndSource() throws Exception {
        Set<String> museums = new HashSet<>();
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (CSVParser parser = CSVParser.parse(new InputStreamReader(new ClassPathResource("demo/museums.csv").getInputStream(),
                StandardCharsets.UTF_8), format)) {
            parser.forEach(record -> museums.add(record.get("reference")));
        }
        List<org.turath.shared.StarterRow> rows = StarterObjects.rows();
        assertThat(rows).hasSizeGreaterThanOrEqualTo(5);
        Set<String> references = new HashSet<>();
        for (org.turath.shared.StarterRow row : rows) {
            String where = "row " + row.number();
            assertThat(references.add(row.get("reference"))).as(where).isTrue();
            assertThat(museums).as(where).contains(row.get("museum"));
            assertThat(row.get("inventory_number")).as(where).isNotBlank();
            for (String column : List.of("title_ar", "title_en", "title_fr", "type_ar", "type_en", "type_fr")) {
                assertThat(row.get(column)).as(where + " " + column).isNotBlank();
            }
            assertThat(row.get("title_ar")).as(where).matches(".*[\\u0600-\\u06FF].*");
            assertThat(row.get("source")).as(where).startsWith("https://");
            assertThat(Integer.parseInt(row.get("year_from"))).as(where).isLessThanOrEqualTo(Integer.parseInt(row.get("year_to")));
        }
    }
}
