package org.turath.support;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads and writes CSV tables in tests, to derive broken variants of real files. */
public final class CsvFiles {

    public record Table(List<String> header, List<Map<String, String>> rows) {

        public Table withoutColumn(String column) {
            List<String> newHeader = new ArrayList<>(header);
            newHeader.remove(column);
            List<Map<String, String>> newRows = rows.stream().map(row -> {
                Map<String, String> copy = new LinkedHashMap<>(row);
                copy.remove(column);
                return copy;
            }).toList();
            return new Table(newHeader, newRows);
        }

        /** Row {@code index} (0-based data row, spreadsheet row index + 2) with one cell changed. */
        public Table withCell(int index, String column, String value) {
            List<Map<String, String>> newRows = new ArrayList<>(rows);
            Map<String, String> copy = new LinkedHashMap<>(rows.get(index));
            copy.put(column, value);
            newRows.set(index, copy);
            return new Table(header, newRows);
        }

        public int indexOf(String column, String value) {
            for (int i = 0; i < rows.size(); i++) {
                if (value.equals(rows.get(i).get(column))) {
                    return i;
                }
            }
            throw new IllegalArgumentException(column + "=" + value + " not found");
        }

        public Path write(Path file) {
            try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                 CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get())) {
                for (Map<String, String> row : rows) {
                    printer.printRecord(header.stream().map(row::get).toList());
                }
                return file;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private CsvFiles() {
    }

    public static Table read(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
            List<Map<String, String>> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                Map<String, String> row = new LinkedHashMap<>();
                parser.getHeaderNames().forEach(column -> row.put(column, record.get(column)));
                rows.add(row);
            }
            return new Table(List.copyOf(parser.getHeaderNames()), rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
