package org.turath.registry.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.turath.registry.ImportReport;

import java.time.Instant;
import java.util.UUID;

/** The record of one import of a heritage list file (dry runs write nothing, so are not recorded). */
@Entity
@Table(name = "heritage_import_run")
public class ImportRun {

    @Id
    private UUID id;
    @Column(name = "source_name")
    private String sourceName;
    private String format;
    @Column(name = "dry_run")
    private boolean dryRun;
    @Column(name = "started_at")
    private Instant startedAt;
    @Column(name = "finished_at")
    private Instant finishedAt;
    private String outcome;
    @Column(name = "rows_read")
    private int rowsRead;
    @Column(name = "rows_kept")
    private int rowsKept;
    private int created;
    private int updated;
    private int unchanged;
    private int errors;

    protected ImportRun() {
    }

    public ImportRun(ImportReport report, Instant startedAt, Instant finishedAt) {
        this.id = UUID.randomUUID();
        this.sourceName = report.sourceName().length() > 500 ? report.sourceName().substring(0, 500) : report.sourceName();
        this.format = report.format();
        this.dryRun = report.dryRun();
        this.startedAt = startedAt;
        this.finishedAt = finishedAt;
        this.outcome = report.outcome().name();
        this.rowsRead = report.rowsRead();
        this.rowsKept = report.rowsKept();
        this.created = report.created();
        this.updated = report.updated();
        this.unchanged = report.unchanged();
        this.errors = report.errors().size();
    }
}
