package org.turath.registry.internal.imports;

import org.turath.registry.ImportReport.RowError;

import java.util.List;

/** The file cannot be read as a heritage list at all (wrong encoding, broken quoting, missing columns…). */
class SourceFileException extends Exception {

    private final transient RowError error;

    SourceFileException(int row, String code, String... arguments) {
        super(code);
        this.error = new RowError(row, null, code, List.of(arguments));
    }

    RowError error() {
        return error;
    }
}
