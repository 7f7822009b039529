package org.turath.accounts;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.turath.accounts.domain.AuditEntries;
import org.turath.accounts.domain.AuditEntry;
import org.turath.accounts.domain.AuditQueries;
import org.turath.shared.Slice;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Reading the audit log: filtered pages, newest first, and the CSV export. */
@Service
@Transactional(readOnly = true)
public class AuditTrail {

    private static final int EXPORT_BATCH = 1000;

    private final AuditEntries entries;

    AuditTrail(AuditEntries entries) {
        this.entries = entries;
    }

    public record Filter(Optional<AuditType> type, Optional<String> actor, Optional<Instant> from, Optional<Instant> until) {
    }

    public record Entry(long id, Instant at, AuditType type, String actor, String target, String detail, String remoteAddress) {
    }

    public Slice<Entry> page(Filter filter, Optional<Long> beforeId, int limit) {
        return Slice.of(entries.page(query(filter), beforeId, limit + 1), limit, last -> String.valueOf(last.id()))
                .map(AuditTrail::entry);
    }

    /** Writes every matching entry, newest first, a batch at a time: memory stays flat whatever the log's size. */
    public void writeCsv(Filter filter, Writer writer) {
        try {
            // a spreadsheet must not run a cell (CSV injection): every cell is quoted, so a spreadsheet that splits on
            // ';' (French and Arabic Excel) keeps "a;=x" whole, and a cell that starts like a formula gets a leading quote
            CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setQuoteMode(org.apache.commons.csv.QuoteMode.ALL)
                    .setHeader("id", "occurred_at", "type", "actor", "target", "detail", "remote_address").get());
            Optional<Long> before = Optional.empty();
            while (true) {
                List<AuditEntry> rows = entries.page(query(filter), before, EXPORT_BATCH);
                for (AuditEntry row : rows) {
                    csv.printRecord(row.id(), row.occurredAt(), row.type(), safe(row.actor()), safe(row.target()),
                            safe(row.detail()), safe(row.remoteAddress()));
                }
                if (rows.size() < EXPORT_BATCH) {
                    break;
                }
                before = Optional.of(rows.get(rows.size() - 1).id());
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Characters a spreadsheet may take as the start of a formula (with their full-width forms), or as a separator. */
    private static final String FORMULA_STARTS = "=+-@\t\r\n;\uFF1D\uFF0B\uFF0D\uFF20";

    static String safe(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell;
        }
        String start = cell.stripLeading();
        return !start.isEmpty() && FORMULA_STARTS.indexOf(start.charAt(0)) >= 0 || FORMULA_STARTS.indexOf(cell.charAt(0)) >= 0
                ? "'" + cell : cell;
    }

    private static AuditQueries.Filter query(Filter filter) {
        return new AuditQueries.Filter(filter.type(), filter.actor(), filter.from(), filter.until());
    }

    private static Entry entry(AuditEntry row) {
        return new Entry(row.id(), row.occurredAt(), row.type(), row.actor(), row.target(), row.detail(), row.remoteAddress());
    }
}
