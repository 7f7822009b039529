package org.turath.registry;

import java.time.Duration;
import java.util.List;

/**
 * What an import of a heritage list file did, or (for a dry run) would do. A file with any error
 * is rejected whole: nothing of it is written.
 */
public record ImportReport(String sourceName, String format, boolean dryRun, Outcome outcome, int rowsRead, int rowsKept,
                           int created, int updated, int unchanged, List<RowError> errors, Duration duration) {

    public enum Outcome {
        /** Written (or, for a dry run, would be written). */
        IMPORTED,
        /** The file has errors; nothing was written. */
        REJECTED
    }

    /**
     * One problem, with the spreadsheet row it is on (the header is row 1; 0 for the whole file),
     * the column if known, and a message code under {@code import.error.} with its arguments.
     */
    public record RowError(int row, String column, String code, List<String> arguments) {
        public RowError {
            arguments = List.copyOf(arguments);
        }
    }

    public ImportReport {
        errors = List.copyOf(errors);
    }

    public boolean rejected() {
        return outcome == Outcome.REJECTED;
    }
}
