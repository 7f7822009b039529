package org.turath.registry.internal.imports;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.task.TaskExecutor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.turath.registry.ImportReport;
import org.turath.shared.NotFoundException;
import org.turath.files.FileStore;
import org.turath.history.RevisionAuthor;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Imports run from the back office: the uploaded file is staged on disk under a generated name,
 * then checked (dry run) or imported in the background while the page shows the progress. The
 * job's state is in the database, so any node can show it; a job a stopped node left running is
 * marked interrupted at the next start (the import's own transaction rolled back with it).
 */
@Service
public class ImportJobs {

    /** The errors kept with a job's report for the page; the count says how many there were. */
    static final int ERRORS_SHOWN = 1000;
    /** A running job updates its progress at every batch; this long without it, its node is gone. */
    static final java.time.Duration SILENCE = java.time.Duration.ofMinutes(10);

    private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);

    public enum Status { QUEUED, RUNNING, DONE, FAILED, INTERRUPTED }

    /** A job as the page shows it. */
    public record Job(UUID id, String sourceName, boolean dryRun, Status status, int done, int total, String requestedBy,
                      Instant createdAt, Instant finishedAt, Optional<ImportReport> report, int errorCount) {

        public boolean finished() {
            return status != Status.QUEUED && status != Status.RUNNING;
        }

        /** A dry run without errors can be imported for real. */
        public boolean importable() {
            return dryRun && status == Status.DONE && report.isPresent() && !report.get().rejected();
        }

        public int percent() {
            return total == 0 ? (finished() ? 100 : 0) : (int) Math.min(100, done * 100L / total);
        }
    }

    private final HeritageImporter importer;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate separately;
    private final TaskExecutor executor;
    private final JsonMapper json;
    private final Path staging;
    private final Clock clock = Clock.systemUTC();

    ImportJobs(HeritageImporter importer, JdbcTemplate jdbc, PlatformTransactionManager transactions,
               @Qualifier("applicationTaskExecutor") TaskExecutor executor, JsonMapper json, ImportLimits limits,
               @org.springframework.beans.factory.annotation.Value("${turath.storage.dir:./data/files}") Path storage) {
        this.importer = importer;
        this.jdbc = jdbc;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.executor = executor;
        this.json = json;
        this.staging = storage.resolve("imports");
    }

    /** Stages the upload under a generated name and starts its dry run. */
    public UUID stageAndCheck(InputStream upload, String originalName, String requestedBy) throws IOException {
        Files.createDirectories(staging);
        Path file = staging.resolve(UUID.randomUUID() + ".upload");
        Files.copy(upload, file, StandardCopyOption.REPLACE_EXISTING);
        return start(file, FileStore.shownName(originalName, "upload", 200), true, requestedBy);
    }

    /** Imports the file a dry run checked; refused unless that dry run found no error. */
    public UUID importChecked(UUID dryRunId, String requestedBy) {
        Job checked = find(dryRunId);
        if (!checked.importable()) {
            throw new org.turath.shared.ConflictException("import-not-checked", "the dry run did not pass");
        }
        String file = jdbc.queryForObject("select staged_file from heritage_import_job where id = ?", String.class, dryRunId);
        if (!Files.exists(Path.of(file))) {
            // checked more than a day ago: the staged copy is gone
            throw new org.turath.shared.ConflictException("import-expired", "the staged file was removed");
        }
        return start(Path.of(file), checked.sourceName(), false, requestedBy);
    }

    public Job find(UUID id) {
        return jdbc.query("select * from heritage_import_job where id = ?", (row, n) -> job(row), id).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("import job"));
    }

    /** The latest jobs, newest first, older than {@code before} when given. */
    public List<Job> latest(Optional<Instant> before, int limit) {
        return before.map(at -> jdbc.query("select * from heritage_import_job where created_at < ? order by created_at desc limit ?",
                        (row, n) -> job(row), Timestamp.from(at), limit))
                .orElseGet(() -> jdbc.query("select * from heritage_import_job order by created_at desc limit ?",
                        (row, n) -> job(row), limit));
    }

    /**
     * Jobs left running by a node that stopped (no sign of life for {@link #SILENCE}): their import
     * transaction rolled back with the node, so nothing of them was written.
     */
    @EventListener(ApplicationReadyEvent.class)
    @org.springframework.scheduling.annotation.Scheduled(fixedDelayString = "PT5M", initialDelayString = "PT5M")
    void markInterrupted() {
        Instant now = clock.instant();
        int interrupted = jdbc.update("update heritage_import_job set status = 'INTERRUPTED', finished_at = ? where status in ('QUEUED', 'RUNNING')"
                + " and updated_at < ?", Timestamp.from(now), Timestamp.from(now.minus(SILENCE)));
        if (interrupted > 0) {
            log.warn("{} import job(s) were interrupted by a stop; they can be run again from the back office", interrupted);
        }
    }

    /** Staged uploads are kept a day (a checked file waits to be imported), then removed with their finished jobs' files. */
    @org.springframework.scheduling.annotation.Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT10M")
    void removeOldStagedFiles() {
        List<String> files = jdbc.queryForList("select staged_file from heritage_import_job where status not in ('QUEUED', 'RUNNING')"
                + " and created_at < ?", String.class, Timestamp.from(clock.instant().minus(java.time.Duration.ofDays(1))));
        for (String staged : files) {
            Path path = Path.of(staged);
            // only what this service staged: a generated name in its own directory
            if (path.toAbsolutePath().normalize().startsWith(staging.toAbsolutePath().normalize())
                    && path.getFileName().toString().matches("[0-9a-f-]{36}\\.upload")) {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    log.warn("Could not remove the staged import file {}: {}", path, e.getMessage());
                }
            }
        }
    }

    private UUID start(Path file, String sourceName, boolean dryRun, String requestedBy) {
        UUID id = queue(file, sourceName, dryRun, requestedBy);
        executor.execute(() -> run(id, file, sourceName, dryRun, requestedBy));
        return id;
    }

    /**
     * Imports {@code file} at once, in this thread, as a job of the history like any other (the first start's import of
     * the demo List shows there, by {@code requestedBy}); the file is left where it is.
     */
    public ImportReport importHere(Path file, String sourceName, String requestedBy) {
        UUID id = queue(file, sourceName, false, requestedBy);
        progress(id, "RUNNING", 0, 0);
        try {
            ImportReport report = importing(id, file, sourceName, false, requestedBy);
            finish(id, Status.DONE, report);
            return report;
        } catch (RuntimeException e) {
            finish(id, Status.FAILED, null);
            throw e;
        }
    }

    private UUID queue(Path file, String sourceName, boolean dryRun, String requestedBy) {
        UUID id = UUID.randomUUID();
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.update("insert into heritage_import_job (id, source_name, staged_file, dry_run, status, done, total, requested_by, created_at,"
                + " updated_at) values (?, ?, ?, ?, 'QUEUED', 0, 0, ?, ?, ?)", id, sourceName, file.toString(), dryRun, requestedBy,
                now, now);
        return id;
    }

    private ImportReport importing(UUID id, Path file, String sourceName, boolean dryRun, String requestedBy) {
        return RevisionAuthor.runAs(requestedBy, () -> importer.importFile(file, sourceName, dryRun,
                (done, total) -> progress(id, "RUNNING", done, total)));
    }

    private void run(UUID id, Path file, String sourceName, boolean dryRun, String requestedBy) {
        progress(id, "RUNNING", 0, 0);
        try {
            ImportReport report = importing(id, file, sourceName, dryRun, requestedBy);
            finish(id, Status.DONE, report);
            if (!dryRun) {
                Files.deleteIfExists(file);
            }
        } catch (RuntimeException | IOException e) {
            log.error("Import job {} ({}) failed", id, sourceName, e);
            finish(id, Status.FAILED, null);
        }
    }

    private void progress(UUID id, String status, int done, int total) {
        separately.executeWithoutResult(tx -> jdbc.update(
                "update heritage_import_job set status = ?, done = ?, total = ?, updated_at = ? where id = ?",
                status, done, total, Timestamp.from(clock.instant()), id));
    }

    private void finish(UUID id, Status status, ImportReport report) {
        String stored = null;
        int errors = 0;
        if (report != null) {
            errors = report.errors().size();
            ImportReport kept = errors <= ERRORS_SHOWN ? report : new ImportReport(report.sourceName(), report.format(),
                    report.dryRun(), report.outcome(), report.rowsRead(), report.rowsKept(), report.created(), report.updated(),
                    report.unchanged(), report.errors().subList(0, ERRORS_SHOWN), report.duration());
            stored = json.writeValueAsString(new StoredReport(kept, errors));
        }
        String value = stored;
        separately.executeWithoutResult(tx -> jdbc.update(
                "update heritage_import_job set status = ?, finished_at = ?, updated_at = ?, report_json = ? where id = ?",
                status.name(), Timestamp.from(clock.instant()), Timestamp.from(clock.instant()), value, id));
    }

    /** The report as stored: its first errors, and how many there were. */
    record StoredReport(ImportReport report, int errorCount) {
    }

    private Job job(java.sql.ResultSet row) throws java.sql.SQLException {
        String stored = row.getString("report_json");
        StoredReport report = stored == null ? null : json.readValue(stored, StoredReport.class);
        Timestamp finished = row.getTimestamp("finished_at");
        return new Job(row.getObject("id", UUID.class), row.getString("source_name"), row.getBoolean("dry_run"),
                Status.valueOf(row.getString("status")), row.getInt("done"), row.getInt("total"), row.getString("requested_by"),
                row.getTimestamp("created_at").toInstant(), finished == null ? null : finished.toInstant(),
                Optional.ofNullable(report).map(StoredReport::report), report == null ? 0 : report.errorCount());
    }

}
