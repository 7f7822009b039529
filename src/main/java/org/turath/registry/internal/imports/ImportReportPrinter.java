package org.turath.registry.internal.imports;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.turath.registry.ImportReport;

import java.util.Locale;

/** Puts an import report into words, in the reader's language, one line per error. */
@Component
public class ImportReportPrinter {

    private final MessageSource messages;

    ImportReportPrinter(MessageSource messages) {
        this.messages = messages;
    }

    public String print(ImportReport report, Locale locale) {
        StringBuilder text = new StringBuilder();
        String summaryKey = report.rejected() ? "registry.import.summary.rejected"
                : report.dryRun() ? "registry.import.summary.dry-run" : "registry.import.summary.imported";
        text.append(messages.getMessage(summaryKey, new Object[]{report.sourceName(), report.format(), report.rowsRead(),
                report.rowsKept(), report.created(), report.updated(), report.unchanged(), report.errors().size(),
                report.duration().toMillis()}, locale));
        for (ImportReport.RowError error : report.errors()) {
            text.append(System.lineSeparator()).append(error(error, locale));
        }
        return text.toString();
    }

    public String error(ImportReport.RowError error, Locale locale) {
        String message = messages.getMessage("registry.import.error." + error.code(), error.arguments().toArray(), locale);
        String where = error.row() == 0
                ? messages.getMessage("registry.import.where.file", null, locale)
                : error.column() == null
                ? messages.getMessage("registry.import.where.row", new Object[]{String.valueOf(error.row())}, locale)
                : messages.getMessage("registry.import.where.cell", new Object[]{String.valueOf(error.row()), error.column()}, locale);
        return where + ": " + message;
    }

    String progress(int done, int total, Locale locale) {
        return messages.getMessage("registry.import.progress", new Object[]{done, total}, locale);
    }

    String usage(Locale locale) {
        return messages.getMessage("registry.import.usage", null, locale);
    }
}
