package org.turath.shared;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.core.io.ClassPathResource;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A row of a CSV file shipped with the portal, read by its header (the demo's starter museums, objects…):
 * {@code number} counts the header as row 1, as a spreadsheet shows it, so a refused row is named as the file's
 * editor sees it; cells are stripped and a blank cell is null.
 */
public record StarterRow(long number, CSVRecord record) {

    /** Every row of the UTF-8 file at {@code classpathFile}, after its header. */
    public static List<StarterRow> read(String classpathFile) {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader reader = new InputStreamReader(new ClassPathResource(classpathFile).getInputStream(), StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(reader, format)) {
            List<StarterRow> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                rows.add(new StarterRow(record.getRecordNumber() + 1, record));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The cell of {@code column}, stripped; null when blank. */
    public String get(String column) {
        String value = record.get(column).strip();
        return value.isEmpty() ? null : value;
    }

    /** The three cells {@code column_ar}, {@code column_en} and {@code column_fr} as one three-language text. */
    public LocalizedText text(String column) {
        return new LocalizedText(get(column + "_ar"), get(column + "_en"), get(column + "_fr"));
    }
}
