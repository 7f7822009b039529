package org.turath.collections.internal;

import jakarta.persistence.EntityManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.task.TaskExecutor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.turath.accounts.Actor;
import org.turath.accounts.AuditLog;
import org.turath.accounts.AuditType;
import org.turath.collections.CollectionObjectId;
import org.turath.collections.domain.CollectionObject;
import org.turath.files.FileStore;
import org.turath.history.RevisionAuthor;
import org.turath.museums.MuseumId;
import org.turath.registry.RegistryApi;
import org.turath.shared.NotFoundException;
import org.turath.shared.Refusal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Objects imported from a CSV file, with a ZIP of their images: the whole file is checked before anything is written —
 * every problem by row and column — and kept, checked, as a job (a dry run); run, the job adds every object in one
 * transaction (all or none) and then gives them their images one by one in the background, each checked by content like
 * an image added by hand, the progress on the job for any node's page. Imported objects are drafts: nothing is public
 * until the secretariat publishes them.
 */
@Service
public class ObjectImports {

    /** The most rows one file may hold. */
    public static final int MAX_ROWS = 100_000;
    /** The most problems kept to show; the count says how many there were. */
    public static final int PROBLEMS_SHOWN = 500;
    /** The most entries a ZIP may list (a ZIP of a million empty names is refused before it is read). */
    public static final int MAX_ZIP_ENTRIES = 20_000;
    static final String AREA = "collectionimports";
    private static final int CHUNK = 500;
    private static final Duration SILENCE = Duration.ofMinutes(10);
    private static final Logger log = LoggerFactory.getLogger(ObjectImports.class);

    /** One row of the file, read and checked by its form: what it adds, and its images' names in the ZIP. */
    public record Row(long number, CollectionObject.Details details, List<String> images, ImageDesk.Details image) {

        public Row {
            images = List.copyOf(images);
        }
    }

    /** A problem of the file: its row (1 is the header) and column, the message key and its arguments. */
    public record Problem(long row, String column, String key, List<Object> arguments) {

        public Problem {
            arguments = List.copyOf(arguments);
        }
    }

    /** A job as its page shows it. */
    public record Job(org.turath.collections.ImportJobId id, String createdBy, String fileName, String status, int total, int done, int imagesTotal,
                      int imagesDone, int imagesFailed, String problem, Instant createdAt, Instant finishedAt) {

        public boolean running() {
            return status.equals("ADDING") || status.equals("IMAGES");
        }

        public int percent() {
            int all = total + imagesTotal;
            int finished = done + imagesDone + imagesFailed;
            return all == 0 ? 100 : (int) Math.min(100, finished * 100L / all);
        }
    }

    /** A refused image: its row, its file name, why (a message code of the collections and its arguments). */
    public record ImageProblem(int row, String fileName, String code, String argument) {

        public Object[] arguments() {
            return argument == null ? new Object[0] : argument.split("\t");
        }
    }

    private final CollectionAccess access;
    private final org.turath.collections.domain.CollectionObjects objects;
    private final ImageDesk images;
    private final RegistryApi registry;
    private final org.turath.museums.MuseumsApi museums;
    private final AuditLog audit;
    private final FileStore files;
    private final JdbcClient jdbc;
    private final EntityManager entities;
    private final TransactionTemplate inOne;
    private final TransactionTemplate separately;
    private final TaskExecutor executor;
    private final Clock clock = Clock.systemUTC();

    ObjectImports(CollectionAccess access, org.turath.collections.domain.CollectionObjects objects, ImageDesk images,
                  RegistryApi registry, org.turath.museums.MuseumsApi museums, AuditLog audit, FileStore files, JdbcClient jdbc,
                  EntityManager entities, PlatformTransactionManager transactions,
                  @Qualifier("applicationTaskExecutor") TaskExecutor executor) {
        this.access = access;
        this.objects = objects;
        this.images = images;
        this.registry = registry;
        this.museums = museums;
        this.audit = audit;
        this.files = files;
        this.jdbc = jdbc;
        this.entities = entities;
        this.inOne = new TransactionTemplate(transactions);
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.executor = executor;
    }

    // ---- staging and checking

    /** Keeps an upload in the import area under a generated name; its stored name and the type read from its content. */
    public FileStore.Received receive(InputStream upload, long maxBytes) throws IOException {
        return files.receive(upload, AREA, maxBytes);
    }

    public String keep(FileStore.Received received, String extension) throws IOException {
        return files.keep(received, AREA, extension);
    }

    public void discard(FileStore.Received received) {
        try {
            files.discard(received);
        } catch (IOException e) {
            log.warn("An upload's temporary file was not removed: {}", e.getMessage());
        }
    }

    public Path staged(String storedName) {
        return files.path(AREA, storedName);
    }

    public void forget(String storedName) {
        if (storedName == null) {
            return;
        }
        try {
            files.delete(AREA, storedName);
        } catch (IOException e) {
            log.warn("The staged import file {} was not removed: {}", storedName, e.getMessage());
        }
    }

    /** The names a ZIP holds, or a problem when it is not a readable ZIP or lists too many entries. */
    public static Set<String> namesIn(Path zip) throws IOException {
        Set<String> names = new HashSet<>();
        try (ZipFile file = new ZipFile(zip.toFile())) {
            if (file.size() > MAX_ZIP_ENTRIES) {
                throw new Refusal("collections", "import-zip-many", MAX_ZIP_ENTRIES);
            }
            var entries = file.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (!entry.isDirectory()) {
                    names.add(entry.getName());
                }
            }
        }
        return names;
    }

    /**
     * What only the database can say of rows the form found correct, checked for the whole file at once: that the actor
     * curates each museum, that no address or inventory number is taken (in the file or the collections), that the
     * heritage items and related objects named exist, that each image named is in the ZIP.
     */
    public List<Problem> check(Actor actor, List<Row> rows, Set<String> zipNames) {
        access.requireWorker(actor);
        List<Problem> problems = new ArrayList<>();
        Map<UUID, Boolean> curated = new HashMap<>();
        Map<String, Long> referencesInFile = new HashMap<>();
        Map<String, Long> inventoryInFile = new HashMap<>();
        Map<String, Boolean> heritage = new HashMap<>();
        for (Row row : rows) {
            CollectionObject.Details d = row.details();
            if (!curated.computeIfAbsent(d.museumId(), m -> museums.find(new MuseumId(m)).isPresent() && access.curates(actor, m))) {
                problems.add(new Problem(row.number(), "museum", "collections.problem.museum-not-yours", List.of()));
            }
            Long sameInventory = inventoryInFile.putIfAbsent(d.museumId() + "\n" + d.inventoryNumber(), row.number());
            Long sameReference = referencesInFile.putIfAbsent(d.reference(), row.number());
            if (sameInventory != null) {
                problems.add(new Problem(row.number(), "inventory_number", "collections.import.same-inventory", List.of(sameInventory)));
            } else if (sameReference != null) {
                problems.add(new Problem(row.number(), "reference", "collections.import.same-reference", List.of(sameReference)));
            }
            for (String reference : d.heritage()) {
                if (!heritage.computeIfAbsent(reference, r -> registry.find(r).isPresent())) {
                    problems.add(new Problem(row.number(), "heritage", "collections.problem.heritage-unknown", List.of(reference)));
                }
            }
            for (String name : row.images()) {
                if (!zipNames.contains(name)) {
                    problems.add(new Problem(row.number(), "images", "collections.import.image-not-in-zip", List.of(name)));
                }
            }
        }
        Set<String> taken = existing("select reference from collection_object where reference in (:values)", referencesInFile.keySet());
        Set<String> inventories = existingInventories(rows);
        Set<String> relatedFound = new HashSet<>(referencesInFile.keySet());
        Set<String> relatedNamed = new HashSet<>();
        rows.forEach(row -> relatedNamed.addAll(row.details().related()));
        relatedNamed.removeAll(relatedFound);
        relatedFound.addAll(existing("select reference from collection_object where reference in (:values)", relatedNamed));
        for (Row row : rows) {
            CollectionObject.Details d = row.details();
            if (inventories.contains(d.museumId() + "\n" + d.inventoryNumber())) {
                problems.add(new Problem(row.number(), "inventory_number", "collections.import.inventory-taken", List.of(d.inventoryNumber())));
            } else if (taken.contains(d.reference())) {
                // (an address made from a taken inventory number is said once, by the number)
                problems.add(new Problem(row.number(), "reference", "collections.problem.reference-taken", List.of()));
            }
            for (String reference : d.related()) {
                if (!relatedFound.contains(reference)) {
                    problems.add(new Problem(row.number(), "related", "collections.problem.related-unknown", List.of(reference)));
                }
            }
        }
        problems.sort(java.util.Comparator.comparingLong(Problem::row));
        return problems;
    }

    private Set<String> existing(String sql, Collection<String> values) {
        Set<String> found = new HashSet<>();
        List<String> all = new ArrayList<>(values);
        for (int i = 0; i < all.size(); i += 1000) {
            found.addAll(jdbc.sql(sql).param("values", all.subList(i, Math.min(all.size(), i + 1000))).query(String.class).list());
        }
        return found;
    }

    private Set<String> existingInventories(List<Row> rows) {
        Map<UUID, List<String>> byMuseum = new LinkedHashMap<>();
        rows.forEach(row -> byMuseum.computeIfAbsent(row.details().museumId(), m -> new ArrayList<>()).add(row.details().inventoryNumber()));
        Set<String> found = new HashSet<>();
        byMuseum.forEach((museum, numbers) -> {
            for (int i = 0; i < numbers.size(); i += 1000) {
                jdbc.sql("select inventory_number from collection_object where museum_id = :museum and inventory_number in (:numbers)")
                        .param("museum", museum).param("numbers", numbers.subList(i, Math.min(numbers.size(), i + 1000)))
                        .query(String.class).list().forEach(number -> found.add(museum + "\n" + number));
            }
        });
        return found;
    }

    // ---- jobs

    /** Records a file that passed its check (a dry run): it waits to be run, its staged files kept. */
    public org.turath.collections.ImportJobId checked(Actor actor, String fileName, String stagedCsv, String stagedZip, int total, int imagesTotal) {
        UUID id = UUID.randomUUID();
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("""
                        insert into collection_import (id, created_by, created_at, file_name, staged_csv, staged_zip, status, total, done,
                            images_total, images_done, images_failed, updated_at)
                        values (:id, :by, :at, :name, :csv, :zip, 'CHECKED', :total, 0, :images, 0, 0, :at)""")
                .param("id", id).param("by", actor.email()).param("at", now).param("name", fileName).param("csv", stagedCsv)
                .param("zip", stagedZip).param("total", total).param("images", imagesTotal).update();
        return new org.turath.collections.ImportJobId(id);
    }

    /** A job of {@code actor}'s (or any, for the secretariat). */
    public Job job(Actor actor, org.turath.collections.ImportJobId id) {
        access.requireWorker(actor);
        return jdbc.sql("select * from collection_import where id = :id").param("id", id.value()).query((rs, n) -> new Job(
                        new org.turath.collections.ImportJobId(rs.getObject("id", UUID.class)), rs.getString("created_by"), rs.getString("file_name"), rs.getString("status"),
                        rs.getInt("total"), rs.getInt("done"), rs.getInt("images_total"), rs.getInt("images_done"),
                        rs.getInt("images_failed"), rs.getString("problem"), rs.getTimestamp("created_at").toInstant(),
                        Optional.ofNullable(rs.getTimestamp("finished_at")).map(Timestamp::toInstant).orElse(null)))
                .optional().filter(job -> access.keeps(actor) || job.createdBy().equals(actor.email()))
                .orElseThrow(() -> new NotFoundException("import"));
    }

    /** The staged files of a checked job: the CSV's stored name and the ZIP's (or null). */
    public String[] stagedFiles(Actor actor, org.turath.collections.ImportJobId id) {
        job(actor, id);
        return jdbc.sql("select staged_csv, staged_zip from collection_import where id = :id").param("id", id.value())
                .query((rs, n) -> new String[]{rs.getString(1), rs.getString(2)}).single();
    }

    public List<ImageProblem> imageProblems(Actor actor, org.turath.collections.ImportJobId id, int limit) {
        job(actor, id);
        return jdbc.sql("select row_number, file_name, code, argument from collection_import_problem where import_id = :id"
                        + " order by row_number, file_name limit :limit")
                .param("id", id.value()).param("limit", limit)
                .query((rs, n) -> new ImageProblem(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4))).list();
    }

    /** Runs a checked job in the background: refused when it is not waiting (run twice, or by a double click). */
    public void run(Actor actor, org.turath.collections.ImportJobId id, List<Row> rows) {
        job(actor, id);
        int claimed = jdbc.sql("update collection_import set status = 'ADDING', updated_at = :at where id = :id and status = 'CHECKED'")
                .param("id", id.value()).param("at", Timestamp.from(clock.instant())).update();
        if (claimed == 0) {
            throw new Refusal("collections", "import-not-waiting");
        }
        String[] staged = stagedFiles(actor, id);
        executor.execute(() -> RevisionAuthor.runAs(actor.email(), () -> {
            running(actor, id.value(), rows, staged);
            return null;
        }));
    }

    private void running(Actor actor, UUID id, List<Row> rows, String[] staged) {
        try {
            Map<Long, UUID> added = inOne.execute(status -> add(actor, id, rows));
            audit.recordBy(actor.email(), AuditType.COLLECTION_OBJECT, "import:" + id, "imported " + rows.size() + " objects");
            if (staged[1] != null) {
                progress(id, "IMAGES", null);
                addImages(actor, id, rows, added, staged(staged[1]));
            }
            progress(id, "DONE", null);
        } catch (RuntimeException e) {
            log.warn("Object import {} failed", id, e);
            progress(id, "FAILED", e.getClass().getSimpleName() + ": " + String.valueOf(e.getMessage()));
        } finally {
            forget(staged[0]);
            forget(staged[1]);
        }
    }

    /** Adds every row's object in the caller's transaction, a chunk at a time, saying how far it is after each. */
    private Map<Long, UUID> add(Actor actor, UUID id, List<Row> rows) {
        Map<Long, UUID> added = new HashMap<>();
        Instant now = clock.instant();
        int done = 0;
        for (Row row : rows) {
            CollectionObject object = new CollectionObject(row.details(), actor.email(), now);
            entities.persist(object);
            added.put(row.number(), object.id().value());
            if (++done % CHUNK == 0) {
                entities.flush();
                entities.clear();
                count(id, "done", done);
            }
        }
        entities.flush();
        entities.clear();
        count(id, "done", done);
        return added;
    }

    private void addImages(Actor actor, UUID id, List<Row> rows, Map<Long, UUID> added, Path zip) {
        int done = 0;
        int failed = 0;
        try (ZipFile file = new ZipFile(zip.toFile())) {
            for (Row row : rows) {
                for (String name : row.images()) {
                    ZipEntry entry = file.getEntry(name);
                    try (InputStream in = file.getInputStream(entry)) {
                        images.add(actor, new CollectionObjectId(added.get(row.number())), in, row.image());
                        done++;
                    } catch (Refusal refusal) {
                        failed++;
                        imageProblem(id, row, name, refusal.code(), refusal.arguments());
                    } catch (IOException | RuntimeException e) {
                        // a damaged entry: the others still come
                        failed++;
                        imageProblem(id, row, name, "image-damaged", new Object[0]);
                    }
                    int ok = done;
                    int bad = failed;
                    separately.executeWithoutResult(status -> jdbc.sql(
                                    "update collection_import set images_done = :done, images_failed = :failed, updated_at = :at where id = :id")
                            .param("done", ok).param("failed", bad).param("at", Timestamp.from(clock.instant())).param("id", id).update());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void imageProblem(UUID id, Row row, String name, String code, Object[] arguments) {
        // the message's arguments, separated by tabs, so the page says it in its reader's language
        String argument = arguments.length == 0 ? null
                : String.join("\t", java.util.Arrays.stream(arguments).map(String::valueOf).toList());
        separately.executeWithoutResult(status -> jdbc.sql("""
                        insert into collection_import_problem (import_id, row_number, file_name, code, argument)
                        values (:id, :row, :name, :code, :argument)""")
                .param("id", id).param("row", (int) row.number()).param("name", name.length() > 300 ? name.substring(0, 300) : name)
                .param("code", code).param("argument", argument == null || argument.length() <= 200 ? argument : argument.substring(0, 200))
                .update());
    }

    private void count(UUID id, String column, int value) {
        separately.executeWithoutResult(status -> jdbc.sql("update collection_import set " + column + " = :value, updated_at = :at where id = :id")
                .param("value", value).param("at", Timestamp.from(clock.instant())).param("id", id).update());
    }

    private void progress(UUID id, String status, String problem) {
        boolean finished = status.equals("DONE") || status.equals("FAILED");
        Timestamp now = Timestamp.from(clock.instant());
        separately.executeWithoutResult(tx -> jdbc.sql("""
                        update collection_import set status = :status, problem = :problem, updated_at = :at,
                            finished_at = case when :finished then cast(:at as timestamp with time zone) else finished_at end
                        where id = :id""")
                .param("status", status).param("problem", problem == null || problem.length() <= 1000 ? problem : problem.substring(0, 1000))
                .param("at", now).param("finished", finished).param("id", id).update());
    }

    /**
     * Jobs a stopped node left adding or giving images (no sign of life for ten minutes) are marked failed: their
     * objects' transaction rolled back with the node, or their images stopped part way.
     */
    @EventListener(ApplicationReadyEvent.class)
    @Scheduled(fixedDelayString = "PT5M", initialDelayString = "PT5M")
    void markInterrupted() {
        Instant now = clock.instant();
        jdbc.sql("""
                        update collection_import set status = 'FAILED', problem = 'interrupted', finished_at = :now
                        where status in ('ADDING', 'IMAGES') and updated_at < :silent""")
                .param("now", Timestamp.from(now)).param("silent", Timestamp.from(now.minus(SILENCE))).update();
    }

    /** Checked files not run within a day are removed with their staged copies. */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT15M")
    void forgetOldChecks() {
        Timestamp day = Timestamp.from(clock.instant().minus(Duration.ofDays(1)));
        List<String[]> stale = jdbc.sql("select staged_csv, staged_zip from collection_import where status = 'CHECKED' and created_at < :day")
                .param("day", day).query((rs, n) -> new String[]{rs.getString(1), rs.getString(2)}).list();
        stale.forEach(files -> {
            forget(files[0]);
            forget(files[1]);
        });
        jdbc.sql("update collection_import set status = 'FAILED', problem = 'expired', finished_at = :now where status = 'CHECKED' and created_at < :day")
                .param("now", Timestamp.from(clock.instant())).param("day", day).update();
    }
}
