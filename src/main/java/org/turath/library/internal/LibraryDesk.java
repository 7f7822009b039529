package org.turath.library.internal;

import org.turath.library.PublicationId;
import org.turath.shared.Refusal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.turath.accounts.Actor;
import org.turath.accounts.AuditLog;
import org.turath.accounts.AuditType;
import org.turath.accounts.Role;
import org.turath.library.PublicationChanged;
import org.turath.library.domain.Publication;
import org.turath.library.domain.PublicationTexts;
import org.turath.library.domain.Publications;
import org.turath.shared.KeysetCursor;
import org.turath.shared.NotAllowedException;
import org.turath.shared.NotFoundException;
import org.turath.shared.Slice;
import org.turath.files.FileStore;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The publications: details kept by the secretariat, the PDF streamed to disk and checked (its
 * content must be a readable PDF, within the size limit), its text read for search, its first page
 * drawn as a thumbnail, its downloads counted. Search learns of every change through
 * {@link PublicationChanged}, inside the same transaction.
 */
@Service
@Transactional
public class LibraryDesk {

    static final String AREA = "publications";
    private static final Logger log = LoggerFactory.getLogger(LibraryDesk.class);

    private final Publications publications;
    private final PublicationTexts texts;
    private final FileStore files;
    private final PdfContent pdf;
    private final ApplicationEventPublisher events;
    private final LibraryPages pages;
    private final AuditLog audit;
    private final long maxBytes;
    private final Clock clock;

    private final DownloadReaders readers;

    LibraryDesk(Publications publications, PublicationTexts texts, FileStore files, PdfContent pdf, ApplicationEventPublisher events,
                AuditLog audit, @Value("${turath.library.max-file-size:50MB}") org.springframework.util.unit.DataSize maxSize,
                Optional<Clock> clock, DownloadReaders readers, LibraryPages pages) {
        this.pages = pages;
        this.readers = readers;
        this.publications = publications;
        this.texts = texts;
        this.files = files;
        this.pdf = pdf;
        this.events = events;
        this.audit = audit;
        this.maxBytes = maxSize.toBytes();
        this.clock = clock.orElse(Clock.systemUTC());
    }

    public long maxBytes() {
        return maxBytes;
    }

    @Transactional(readOnly = true)
    public Slice<Publication> list(boolean all, Optional<String> cursor, int limit) {
        KeysetCursor.At before = KeysetCursor.At.of(cursor, KeysetCursor.At.END);
        return Slice.of(publications.latestFirst(all, before.time(), before.id(), Limit.of(limit + 1)), limit,
                p -> new KeysetCursor.At(p.createdAt(), p.id().value()).encode());
    }

    @Transactional(readOnly = true)
    public Publication publicPublication(PublicationId id) {
        return publications.findById(id.value()).filter(Publication::published).orElseThrow(() -> new NotFoundException("publication"));
    }

    @Transactional(readOnly = true)
    public Publication publication(Actor actor, PublicationId id) {
        requireEditor(actor);
        return publications.findById(id.value()).orElseThrow(() -> new NotFoundException("publication"));
    }

    /** A new publication with its PDF; the file is checked and read before anything is kept. */
    public Publication create(Actor actor, Publication.Details details, InputStream upload, String originalName) {
        requireEditor(actor);
        // flushed at once: the text of its PDF is written beside it with plain SQL
        Publication publication = publications.saveAndFlush(new Publication(details, actor.email(), clock.instant()));
        String text = attach(publication, upload, originalName);
        changed(publication, text);
        pages.aboutItems(publication.related());
        audit.recordBy(actor.email(), AuditType.PUBLICATION, publication.id().toString(), "created");
        return publication;
    }

    /** New details, and a new PDF when {@code upload} is given, if nobody saved the publication since {@code version}. */
    public Publication update(Actor actor, PublicationId id, long version, Publication.Details details, InputStream upload, String originalName) {
        Publication publication = publication(actor, id);
        if (publication.version() != version) {
            throw new Refusal("library", "stale");
        }
        List<String> before = publication.related();
        publication.apply(details, clock.instant());
        // the text read from a new PDF, or the one kept from the last
        String text = upload != null ? attach(publication, upload, originalName) : texts.get(id.value()).orElse("");
        changed(publication, text);
        pages.aboutItems(java.util.stream.Stream.concat(before.stream(), publication.related().stream()).toList());
        audit.recordBy(actor.email(), AuditType.PUBLICATION, id.toString(), "updated");
        return publication;
    }

    /** Keeps the upload as the publication's PDF; returns the text read from it. */
    private String attach(Publication publication, InputStream upload, String originalName) {
        FileStore.Received received;
        try {
            received = files.receive(upload, AREA, maxBytes);
        } catch (FileStore.TooLargeException e) {
            throw new Refusal("library", "too-large", maxBytes / (1024 * 1024));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String stored = null;
        Path thumbnail = null;
        try {
            if (!"application/pdf".equals(received.detectedType())) {
                throw new Refusal("library", "not-pdf");
            }
            PdfContent.Read read = pdf.read(received.file());
            stored = files.keep(received, AREA, "pdf");
            thumbnail = files.newFile(AREA, "png");
            // whatever fails from here on, a rolled-back publication leaves no file behind
            String keptFile = stored;
            Path keptThumbnail = thumbnail;
            afterRollback(() -> deleteQuietly(keptFile, keptThumbnail.getFileName().toString()));
            String thumbnailName = null;
            try {
                pdf.thumbnail(files.path(AREA, stored), thumbnail);
                files.kept(thumbnail);
                thumbnailName = thumbnail.getFileName().toString();
            } catch (IOException | RuntimeException e) {
                log.warn("No thumbnail for publication {}: {}", publication.id(), e.getMessage());
                deleteQuietly(thumbnail);
            }
            String previous = publication.fileName();
            String previousThumbnail = publication.thumbnail();
            publication.attach(stored, FileStore.shownName(originalName, "publication.pdf", 200), received.size(), read.pages(),
                    thumbnailName, clock.instant());
            texts.put(publication.id().value(), read.text());
            afterCommit(() -> deleteQuietly(previous, previousThumbnail));
            return read.text();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (stored == null) {
                try {
                    files.discard(received);
                } catch (IOException e) {
                    log.warn("Upload not discarded: {}", e.getMessage());
                }
            }
        }
    }

    private void changed(Publication publication, String text) {
        events.publishEvent(new PublicationChanged(publication.id().value(), publication.published(), publication.kind(), publication.title(),
                publication.summary(), publication.language(), text, publication.year()));
    }

    /**
     * The PDF to send to {@code reader} (their address and browser), counting the download once per reader and
     * file a day; {@code whole} is false for a HEAD or a request for a later part of the file, which never count.
     */
    public Path download(PublicationId id, String reader, boolean whole) {
        Publication publication = publicPublication(id);
        if (!publication.hasFile()) {
            throw new NotFoundException("publication");
        }
        if (whole && readers.first(reader, id.value())) {
            publications.countDownload(id.value());
        }
        return files.path(AREA, publication.fileName());
    }

    @Transactional(readOnly = true)
    public Path thumbnail(PublicationId id) {
        Publication publication = publicPublication(id);
        if (publication.thumbnail() == null) {
            throw new NotFoundException("thumbnail");
        }
        return files.path(AREA, publication.thumbnail());
    }

    static void requireEditor(Actor actor) {
        if (!actor.hasAny(Role.ADMIN, Role.SECRETARIAT, Role.EDITOR)) {
            throw new NotAllowedException();
        }
    }

    private void deleteQuietly(String storedName, String thumbnailName) {
        try {
            if (storedName != null) {
                files.delete(AREA, storedName);
            }
            if (thumbnailName != null) {
                files.delete(AREA, thumbnailName);
            }
        } catch (IOException | IllegalArgumentException e) {
            log.warn("Old publication file not deleted: {}", e.getMessage());
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("File not deleted: {}", e.getMessage());
        }
    }

    private static void afterCommit(Runnable action) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                action.run();
            }
        });
    }

    private static void afterRollback(Runnable action) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status == STATUS_ROLLED_BACK) {
                    action.run();
                }
            }
        });
    }
}
