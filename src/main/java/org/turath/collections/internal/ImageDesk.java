package org.turath.collections.internal;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;
import org.turath.accounts.Actor;
import org.turath.accounts.AuditLog;
import org.turath.accounts.AuditType;
import org.turath.collections.CollectionObjectId;
import org.turath.collections.Licence;
import org.turath.collections.domain.CollectionObject;
import org.turath.collections.domain.ObjectImage;
import org.turath.collections.domain.ObjectImages;
import org.turath.files.FileStore;
import org.turath.files.ImageSize;
import org.turath.shared.LocalizedText;
import org.turath.shared.NotFoundException;
import org.turath.shared.Refusal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Objects' images: an upload is checked by its content (JPEG, PNG, TIFF or WebP, its size read from the header before a
 * pixel is decoded, so a small file that declares a giant image is refused at once), kept as it came, and tiled in the
 * background ({@link Tiler}); the IIIF Image API serves the tiles once they are ready. Uploads past
 * {@code turath.collections.max-image-size} or {@code turath.collections.max-image-pixels} are refused with the limit.
 */
@Service
@Transactional
public class ImageDesk {

    private static final Logger log = LoggerFactory.getLogger(ImageDesk.class);
    static final String ORIGINALS = "collectionoriginals";
    static final String TILES = "iiif";
    public static final int MAX_PER_OBJECT = 40;
    private static final Map<String, String> ACCEPTED = Map.of("image/jpeg", "jpg", "image/png", "png", "image/tiff", "tif",
            "image/webp", "webp");

    /** What an image's form gives. */
    public record Details(String credit, Licence licence, LocalizedText alt, boolean generated) {
    }

    private final ObjectImages images;
    private final CollectionDesk desk;
    private final FileStore files;
    private final Tiler tiler;
    private final IiifImages iiif;
    private final AuditLog audit;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final long maxBytes;
    private final long maxPixels;
    private final ExecutorService tiling = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "image-tiling");
        thread.setDaemon(true);
        return thread;
    });

    ImageDesk(ObjectImages images, CollectionDesk desk, FileStore files, Tiler tiler, IiifImages iiif, AuditLog audit,
              PlatformTransactionManager transactions, Optional<Clock> clock,
              @Value("${turath.collections.max-image-size:900MB}") DataSize maxSize,
              @Value("${turath.collections.max-image-pixels:400000000}") long maxPixels) {
        this.images = images;
        this.desk = desk;
        this.files = files;
        this.tiler = tiler;
        this.iiif = iiif;
        this.audit = audit;
        this.transactions = new TransactionTemplate(transactions);
        this.clock = clock.orElse(Clock.systemUTC());
        this.maxBytes = maxSize.toBytes();
        this.maxPixels = maxPixels;
    }

    public long maxMegabytes() {
        return maxBytes / (1024 * 1024);
    }

    /** An object's images, in their order, for someone who may see the object (or anyone once it is published). */
    @Transactional(readOnly = true)
    public List<ObjectImage> of(Optional<Actor> actor, CollectionObjectId id) {
        desk.visible(actor, id.value()).orElseThrow(() -> new NotFoundException("object"));
        return images.findByObjectIdOrderByPosition(id.value());
    }

    /** The first ready image of each of {@code objects}, by object. */
    @Transactional(readOnly = true)
    public Map<UUID, ObjectImage> firstOf(java.util.Collection<UUID> objects) {
        if (objects.isEmpty()) {
            return Map.of();
        }
        Map<UUID, ObjectImage> first = new java.util.HashMap<>();
        images.firstReadyOf(objects).forEach(image -> first.putIfAbsent(image.objectId(), image));
        return first;
    }

    public ObjectImage add(Actor actor, CollectionObjectId id, InputStream upload, Details details) {
        CollectionObject object = desk.object(actor, id);
        if (images.countByObjectId(id.value()) >= MAX_PER_OBJECT) {
            throw new Refusal("collections", "images-many", MAX_PER_OBJECT);
        }
        FileStore.Received received;
        try {
            received = files.receive(upload, ORIGINALS, maxBytes);
        } catch (FileStore.TooLargeException e) {
            throw new Refusal("collections", "image-large", maxMegabytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        boolean kept = false;
        try {
            String extension = ACCEPTED.get(received.detectedType());
            if (extension == null) {
                throw new Refusal("collections", "image-type");
            }
            ImageSize size = ImageSize.of(received.file()).orElseThrow(() -> new Refusal("collections", "image-type"));
            if (size.pixels() > maxPixels) {
                throw new Refusal("collections", "image-pixels", size.width(), size.height(), maxPixels / 1_000_000);
            }
            String original = files.keep(received, ORIGINALS, extension);
            kept = true;
            files.deleteOnRollback(ORIGINALS, original);
            ObjectImage image = images.save(new ObjectImage(object.id().value(), images.lastPosition(object.id().value()) + 1, original,
                    size.width(), size.height(), details.credit(), details.licence(), details.alt(), details.generated(), actor.email(),
                    clock.instant()));
            object.touch(clock.instant());
            audit.recordBy(actor.email(), AuditType.COLLECTION_OBJECT, "object:" + object.reference(), "image added");
            afterCommit(() -> submit(image.id()));
            return image;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (!kept) {
                try {
                    files.discard(received);
                } catch (IOException e) {
                    // the upload's temporary file: nothing points to it
                }
            }
        }
    }

    public void remove(Actor actor, CollectionObjectId id, UUID imageId) {
        CollectionObject object = desk.object(actor, id);
        ObjectImage image = images.findById(imageId).filter(i -> i.objectId().equals(id.value()))
                .orElseThrow(() -> new NotFoundException("image"));
        images.delete(image);
        object.touch(clock.instant());
        files.deleteAfterCommit(ORIGINALS, image.original());
        afterCommit(() -> {
            try {
                files.deleteTree(TILES, imageId);
            } catch (IOException e) {
                log.warn("Tiles of image {} not deleted: {}", imageId, e.getMessage());
            }
        });
        audit.recordBy(actor.email(), AuditType.COLLECTION_OBJECT, "object:" + object.reference(), "image removed");
    }

    /** The tiles of a ready image, if {@code actor} (empty for visitors) may see its object. */
    @Transactional(readOnly = true)
    public Optional<Shown> shown(Optional<Actor> actor, UUID imageId) {
        return images.findById(imageId).filter(i -> i.status() == ObjectImage.Status.READY)
                .flatMap(image -> desk.visible(actor, image.objectId()).map(object -> new Shown(image, object)));
    }

    /** An image the IIIF service sends from, with its object. */
    public record Shown(ObjectImage image, CollectionObject object) {
    }

    /** The answer to a IIIF Image API request for a shown image (see {@link IiifImages}). */
    public IiifImages.Answer answer(Shown shown, String region, String size, String rotation, String quality, String format) {
        return iiif.answer(pyramid(shown.image()), region, size, rotation, quality, format);
    }

    /** The scale factors its tiles are made at. */
    public List<Integer> scaleFactors(Shown shown) {
        return pyramid(shown.image()).scaleFactors();
    }

    Pyramid pyramid(ObjectImage image) {
        try {
            return new Pyramid(files.tree(TILES, image.id()), image.width(), image.height());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Tiles what a restart left waiting (an upload's tiling is lost with the node that was doing it). */
    @EventListener(ApplicationReadyEvent.class)
    void resume() {
        transactions.executeWithoutResult(status -> images.waiting(Limit.of(1000)).forEach(image -> submit(image.id())));
    }

    /** Tiles the image now, in this thread (the starter data, which waits for its images). */
    void tileNow(UUID imageId) {
        tile(imageId);
    }

    private void submit(UUID imageId) {
        tiling.submit(() -> tile(imageId));
    }

    private void tile(UUID imageId) {
        Optional<ObjectImage> waiting = transactions.execute(status -> images.findById(imageId)
                .filter(i -> i.status() == ObjectImage.Status.PROCESSING));
        if (waiting == null || waiting.isEmpty()) {
            return;
        }
        ObjectImage image = waiting.get();
        String problem = null;
        try {
            tiler.tile(files.path(ORIGINALS, image.original()), pyramid(image));
            // every tile in the store before the image is ready: any node can then serve it
            files.keptTree(TILES, imageId);
        } catch (Tiler.TilingException e) {
            problem = e.code();
            log.warn("Image {} not tiled: {} ({})", imageId, e.code(), e.getMessage());
        } catch (IOException | RuntimeException e) {
            // the image had been read: writing its tiles failed (a full disk, a storage that went away)
            problem = "server";
            log.warn("Image {} not tiled: {}", imageId, e.toString());
        }
        String failure = problem;
        transactions.executeWithoutResult(status -> images.findById(imageId).ifPresent(current -> {
            if (failure == null) {
                current.ready();
            } else {
                current.failed(failure);
            }
        }));
    }

    private static void afterCommit(Runnable action) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            action.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                action.run();
            }
        });
    }

    @PreDestroy
    void stop() {
        tiling.shutdownNow();
    }
}
