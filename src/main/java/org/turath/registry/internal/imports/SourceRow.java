package org.turath.registry.internal.imports;

import java.util.Map;

/** One data row of an import file: its spreadsheet row number (header = 1) and its cells by column name. */
record SourceRow(int row, Map<String, String> cells) {

    String get(String column) {
        String value = cells.get(column);
        return value == null ? "" : value.strip();
    }
}
