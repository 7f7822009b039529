package org.turath.opendata;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.turath.files.FileStore;
import org.turath.registry.HeritageQuery;
import org.turath.registry.HeritageSummary;
import org.turath.registry.RegistryApi;
import org.turath.shared.Language;
import org.turath.shared.Slice;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;

/**
 * The complete files of the open data — the List as CSV, GeoJSON and JSON-LD, and every other kind of public record
 * (museums, objects, exhibitions, alerts, condition reports, publications) as CSV and JSON-LD, the museums also as
 * GeoJSON, each gzipped — written daily by one
 * node (ShedLock) into the file store, each with its size and SHA-256 recorded so the open-data page lists them and
 * a reader can check a download. A file is written under a new name and replaces the old one only once whole.
 */
@Component
class OpenDataDumps {

    /**
     * A file of the dumps: its name as served, the kind of record it holds (as the harvestable copy names it) and how it
     * is written. The List's files are written from the registry; the others from the harvestable copy.
     */
    enum Format {
        CSV("heritage.csv.gz", "heritage", "text/csv"), GEOJSON("heritage.geojson.gz", "heritage", "application/geo+json"),
        JSONLD("heritage.jsonld.gz", "heritage", "application/ld+json"),
        MUSEUMS_CSV("museums.csv.gz", "museum", "text/csv"), MUSEUMS_GEOJSON("museums.geojson.gz", "museum", "application/geo+json"),
        MUSEUMS_JSONLD("museums.jsonld.gz", "museum", "application/ld+json"),
        OBJECTS_CSV("objects.csv.gz", "object", "text/csv"), OBJECTS_JSONLD("objects.jsonld.gz", "object", "application/ld+json"),
        EXHIBITIONS_CSV("exhibitions.csv.gz", "exhibition", "text/csv"),
        EXHIBITIONS_JSONLD("exhibitions.jsonld.gz", "exhibition", "application/ld+json"),
        ALERTS_CSV("alerts.csv.gz", "alert", "text/csv"), ALERTS_JSONLD("alerts.jsonld.gz", "alert", "application/ld+json"),
        REPORTS_CSV("reports.csv.gz", "report", "text/csv"), REPORTS_JSONLD("reports.jsonld.gz", "report", "application/ld+json"),
        PUBLICATIONS_CSV("publications.csv.gz", "publication", "text/csv"),
        PUBLICATIONS_JSONLD("publications.jsonld.gz", "publication", "application/ld+json");

        final String fileName;
        final String recordType;
        final String mediaType;

        Format(String fileName, String recordType, String mediaType) {
            this.fileName = fileName;
            this.recordType = recordType;
            this.mediaType = mediaType;
        }

        /** The kind of record, as the page names it ({@code opendata.dumps.type.<type>}). */
        public String recordType() {
            return recordType;
        }

        static Optional<Format> named(String fileName) {
            for (Format format : values()) {
                if (format.fileName.equals(fileName)) {
                    return Optional.of(format);
                }
            }
            return Optional.empty();
        }
    }

    /** One current file as the open-data page lists it. */
    record Dump(Format format, String storedName, long size, String sha256, long records, Instant created) {

        public String fileName() {
            return format.fileName;
        }

        /** When it was written, in UTC to the minute (the same for every reader, whatever their zone). */
        public String writtenUtc() {
            return java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(java.time.ZoneOffset.UTC)
                    .format(created);
        }

        /** Its size in kilobytes, rounded up. */
        public long kilobytes() {
            return (size + 1023) / 1024;
        }
    }

    static final String AREA = "dumps";
    private static final Logger log = LoggerFactory.getLogger(OpenDataDumps.class);

    private final HeritageFiles files;
    private final org.turath.opendata.oai.RecordFiles recordFiles;
    private final MuseumFiles museumFiles;
    private final RegistryApi registry;
    private final FileStore store;
    private final JdbcClient jdbc;
    private final org.springframework.core.task.TaskExecutor background;

    OpenDataDumps(HeritageFiles files, org.turath.opendata.oai.RecordFiles records, MuseumFiles museumFiles, RegistryApi registry, FileStore store, JdbcClient jdbc,
                  @org.springframework.beans.factory.annotation.Qualifier("applicationTaskExecutor")
                  org.springframework.core.task.TaskExecutor background) {
        this.background = background;
        this.files = files;
        this.recordFiles = records;
        this.museumFiles = museumFiles;
        this.registry = registry;
        this.store = store;
        this.jdbc = jdbc;
    }

    /** At start, in the background, when some files are not written yet (a new installation, a new kind of file). */
    @org.springframework.context.event.EventListener(org.springframework.boot.context.event.ApplicationReadyEvent.class)
    void atStart(org.springframework.boot.context.event.ApplicationReadyEvent event) {
        boolean wanted = event.getApplicationContext().getEnvironment()
                .getProperty("turath.open-data.dumps-at-start", Boolean.class, true);
        // a new installation, or one that has not yet written the files of a kind of record added since
        if (wanted && current().size() < Format.values().length) {
            OpenDataDumps self = event.getApplicationContext().getBean(OpenDataDumps.class);
            background.execute(self::daily);
        }
    }

    /** Every day (at 02:30 by default), on one node. */
    @Scheduled(cron = "${turath.open-data.dumps-cron:0 30 2 * * *}")
    @SchedulerLock(name = "open-data-dumps", lockAtLeastFor = "PT1M", lockAtMostFor = "PT3H")
    void daily() {
        writeAll();
    }

    /** Writes every format again; a format that fails keeps its previous file. */
    void writeAll() {
        for (Format format : Format.values()) {
            try {
                write(format);
            } catch (IOException | RuntimeException e) {
                log.warn("Open data: the {} dump could not be written; the previous one stays", format.fileName, e);
            }
        }
    }

    List<Dump> current() {
        return jdbc.sql("select format, stored_name, size_bytes, sha256, records, created_at from open_dump order by format")
                .query((rs, n) -> new Dump(Format.valueOf(rs.getString(1)), rs.getString(2), rs.getLong(3), rs.getString(4),
                        rs.getLong(5), rs.getTimestamp(6).toInstant()))
                .list().stream().sorted(java.util.Comparator.comparing(Dump::format)).toList();
    }

    Optional<Dump> current(Format format) {
        return current().stream().filter(dump -> dump.format() == format).findFirst();
    }

    Path file(Dump dump) {
        return store.path(AREA, dump.storedName());
    }

    private void write(Format format) throws IOException {
        long started = System.nanoTime();
        Path target = store.newFile(AREA, "gz");
        MessageDigest sha256 = sha256();
        long records;
        try (OutputStream out = new GZIPOutputStream(new DigestOutputStream(Files.newOutputStream(target), sha256), 1 << 16)) {
            OutputStream unclosable = new FilterOutputStream(out) {
                @Override
                public void write(byte[] bytes, int offset, int length) throws IOException {
                    out.write(bytes, offset, length);
                }

                @Override
                public void close() throws IOException {
                    flush();
                }
            };
            records = switch (format) {
                case JSONLD -> files.jsonld(unclosable);
                case CSV, GEOJSON -> {
                    HeritageQuery query = HeritageQuery.all(Language.DEFAULT).withLimit(HeritageFiles.PAGE);
                    Slice<HeritageSummary> first = files.firstPage(query);
                    if (format == Format.CSV) {
                        files.csv(query, first, unclosable);
                    } else {
                        files.geojson(query, first, unclosable);
                    }
                    yield registry.count();
                }
                case MUSEUMS_GEOJSON -> museumFiles.geojson(unclosable);
                case MUSEUMS_CSV, OBJECTS_CSV, EXHIBITIONS_CSV, ALERTS_CSV, REPORTS_CSV, PUBLICATIONS_CSV ->
                        recordFiles.csv(format.recordType, unclosable);
                case MUSEUMS_JSONLD, OBJECTS_JSONLD, EXHIBITIONS_JSONLD, ALERTS_JSONLD, REPORTS_JSONLD, PUBLICATIONS_JSONLD ->
                        recordFiles.jsonld(format.recordType, unclosable);
            };
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(target);
            throw e;
        }
        // in the store before the database names it: every node serves the new dump from then on
        store.kept(target);
        String storedName = target.getFileName().toString();
        Optional<Dump> previous = current(format);
        long size = Files.size(target);
        String digest = HexFormat.of().formatHex(sha256.digest());
        int updated = jdbc.sql("update open_dump set stored_name = :name, size_bytes = :size, sha256 = :sha, records = :records,"
                        + " created_at = :at where format = :format")
                .param("name", storedName).param("size", size).param("sha", digest).param("records", records)
                .param("at", Timestamp.from(Instant.now())).param("format", format.name()).update();
        if (updated == 0) {
            jdbc.sql("insert into open_dump (format, stored_name, size_bytes, sha256, records, created_at)"
                            + " values (:format, :name, :size, :sha, :records, :at)")
                    .param("name", storedName).param("size", size).param("sha", digest).param("records", records)
                    .param("at", Timestamp.from(Instant.now())).param("format", format.name()).update();
        }
        if (previous.isPresent()) {
            store.delete(AREA, previous.get().storedName());
        }
        log.info("Open data: {} written ({} records, {} bytes) in {} ms", format.fileName, records, size,
                (System.nanoTime() - started) / 1_000_000);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
