package org.turath.registry.internal.imports;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a heritage list export, CSV (UTF-8, RFC 4180, newlines inside quoted fields) or XLSX
 * (first sheet, streamed), into rows keyed by column name. The format is told by the file's
 * content, never by its name.
 */
class ListFileReader {

    enum Format { CSV, XLSX }

    record Contents(Format format, List<SourceRow> rows) {
    }

    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

    private final ImportLimits limits;

    ListFileReader(ImportLimits limits) {
        this.limits = limits;
    }

    Contents read(Path file, Set<String> requiredColumns) throws SourceFileException {
        try {
            if (Files.size(file) > limits.maxFileSize().toBytes()) {
                throw new SourceFileException(0, "file-too-large", String.valueOf(limits.maxFileSize().toMegabytes()));
            }
            if (Files.size(file) == 0) {
                throw new SourceFileException(0, "empty-file");
            }
            Format format = startsWithZipMagic(file) ? Format.XLSX : Format.CSV;
            List<SourceRow> rows = format == Format.XLSX ? readXlsx(file, requiredColumns) : readCsv(file, requiredColumns);
            return new Contents(format, rows);
        } catch (IOException e) {
            throw new SourceFileException(0, "unreadable-file", String.valueOf(e.getMessage()));
        }
    }

    private static boolean startsWithZipMagic(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(4);
            return java.util.Arrays.equals(head, ZIP_MAGIC);
        }
    }

    private List<SourceRow> readCsv(Path file, Set<String> requiredColumns) throws SourceFileException, IOException {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setTrim(false).get();
        List<SourceRow> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder))) {
            reader.mark(1);
            if (reader.read() != '\uFEFF') {
                reader.reset();
            }
            try (CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
                checkColumns(parser.getHeaderNames(), requiredColumns);
                int headerColumns = parser.getHeaderNames().size();
                var iterator = parser.iterator();
                while (true) {
                    int row = rows.size() + 2;
                    CSVRecord record;
                    try {
                        if (!iterator.hasNext()) {
                            break;
                        }
                        record = iterator.next();
                    } catch (UncheckedIOException e) {
                        if (e.getCause() instanceof CharacterCodingException) {
                            throw new SourceFileException(row, "not-utf8");
                        }
                        throw new SourceFileException(row, "malformed-csv", String.valueOf(parser.getCurrentLineNumber()));
                    } catch (IllegalStateException | IllegalArgumentException e) {
                        throw new SourceFileException(row, "malformed-csv", String.valueOf(parser.getCurrentLineNumber()));
                    }
                    if (rows.size() >= limits.maxRows()) {
                        throw new SourceFileException(row, "too-many-rows", String.valueOf(limits.maxRows()));
                    }
                    if (record.size() != headerColumns) {
                        throw new SourceFileException(row, "wrong-column-count", String.valueOf(record.size()),
                                String.valueOf(headerColumns));
                    }
                    rows.add(new SourceRow(row, record.toMap()));
                }
            }
        } catch (CharacterCodingException e) {
            throw new SourceFileException(rows.size() + 2, "not-utf8");
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CharacterCodingException) {
                throw new SourceFileException(rows.size() + 1, "not-utf8");
            }
            throw new SourceFileException(rows.size() + 1, "malformed-csv", "?");
        } catch (IllegalArgumentException e) {
            // e.g. a duplicate or empty header name
            throw new SourceFileException(1, "malformed-header", String.valueOf(e.getMessage()));
        }
        return rows;
    }

    private List<SourceRow> readXlsx(Path file, Set<String> requiredColumns) throws SourceFileException {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            StylesTable styles = reader.getStylesTable();
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new SourceFileException(0, "no-sheet");
            }
            RowCollector collector = new RowCollector(limits.maxRows());
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, collector, new DataFormatter(java.util.Locale.ROOT), false));
                parser.parse(new InputSource(sheet));
            } catch (RowCollector.TooManyRows e) {
                throw new SourceFileException(limits.maxRows() + 2, "too-many-rows", String.valueOf(limits.maxRows()));
            }
            if (collector.header.isEmpty()) {
                throw new SourceFileException(1, "missing-columns", String.join(", ", requiredColumns));
            }
            checkColumns(collector.header.values().stream().toList(), requiredColumns);
            return collector.rows;
        } catch (SourceFileException e) {
            throw e;
        } catch (Exception e) {
            throw new SourceFileException(0, "malformed-xlsx", String.valueOf(e.getMessage()));
        }
    }

    private static void checkColumns(List<String> header, Set<String> requiredColumns) throws SourceFileException {
        List<String> missing = requiredColumns.stream().filter(column -> !header.contains(column)).sorted().toList();
        if (!missing.isEmpty()) {
            throw new SourceFileException(1, "missing-columns", String.join(", ", missing));
        }
    }

    /** Collects a sheet's cells row by row; the first row is the header. */
    private static final class RowCollector implements XSSFSheetXMLHandler.SheetContentsHandler {

        static final class TooManyRows extends RuntimeException {
            TooManyRows() {
                super(null, null, false, false);
            }
        }

        private final int maxRows;
        private final Map<Integer, String> header = new LinkedHashMap<>();
        private final List<SourceRow> rows = new ArrayList<>();
        private Map<String, String> current;
        private int currentRow;

        RowCollector(int maxRows) {
            this.maxRows = maxRows;
        }

        @Override
        public void startRow(int rowNum) {
            currentRow = rowNum;
            current = new HashMap<>();
        }

        @Override
        public void endRow(int rowNum) {
            if (rowNum == 0 || current.isEmpty()) {
                return;
            }
            if (rows.size() >= maxRows) {
                throw new TooManyRows();
            }
            rows.add(new SourceRow(rowNum + 1, current));
        }

        @Override
        public void cell(String cellReference, String formattedValue, XSSFComment comment) {
            int column = new org.apache.poi.ss.util.CellReference(cellReference).getCol();
            if (currentRow == 0) {
                header.put(column, formattedValue.strip());
            } else if (header.containsKey(column)) {
                current.put(header.get(column), formattedValue);
            }
        }
    }
}
