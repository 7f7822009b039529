package org.turath.registry.internal.media;

import net.coobird.thumbnailator.Thumbnails;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.turath.accounts.Actor;
import org.turath.registry.domain.HeritageItem;
import org.turath.registry.domain.HeritageItems;
import org.turath.registry.domain.HeritageMedia;
import org.turath.registry.domain.HeritageMediaFiles;
import org.turath.registry.internal.editing.EditingPolicy;
import org.turath.registry.internal.pages.HeritagePageStamps;
import org.turath.shared.LocalizedText;
import org.turath.shared.NotAllowedException;
import org.turath.shared.NotFoundException;
import org.turath.files.FileStore;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Images of heritage items. An upload is streamed to disk with a size limit, accepted only when its
 * content (Apache Tika) is a JPEG, PNG or WebP image of sane dimensions (read from the header
 * before any decoding, so a decompression bomb never expands), and gets a JPEG thumbnail.
 * Images of unpublished items are served only to those who may see the item in the back office.
 */
@Service
@Transactional
public class MediaLibrary {

    public static final long MAX_BYTES = 20L * 1024 * 1024;
    static final long MAX_PIXELS = 50_000_000L;
    static final int MAX_PER_ITEM = 60;
    static final int THUMB_SIZE = 480;
    /** The middle size, for phones and the page's banner: a photograph wider than this is also kept this wide. */
    static final int MEDIUM_SIZE = 1280;

    /** Which of an image's sizes to send. */
    public enum Size { FULL, MEDIUM, THUMB }
    static final String AREA = "media";

    /** What the content may be, and the extension a stored file gets. */
    static final Map<String, String> ACCEPTED = Map.of("image/jpeg", "jpg", "image/png", "png", "image/webp", "webp");

    /** Why an upload was refused, as a message key. */
    public static class RefusedException extends RuntimeException {
        private final String reason;

        RefusedException(String reason) {
            super(reason);
            this.reason = reason;
        }

        public String reason() {
            return "admin.media.error." + reason;
        }
    }

    /** A file to send: where it is and what it is. */
    public record Served(Path file, String contentType, long size, java.time.Instant modified) {
    }

    private final HeritageItems items;
    private final HeritageMediaFiles media;
    private final FileStore files;
    private final HeritagePageStamps pageStamps;
    private final Clock clock = Clock.systemUTC();

    MediaLibrary(HeritageItems items, HeritageMediaFiles media, FileStore files, HeritagePageStamps pageStamps) {
        this.items = items;
        this.media = media;
        this.files = files;
        this.pageStamps = pageStamps;
    }

    @Transactional(readOnly = true)
    public List<HeritageMedia> of(UUID itemId) {
        return media.findByItemIdOrderByPosition(itemId);
    }

    public HeritageMedia add(Actor actor, String reference, InputStream upload, String originalName, LocalizedText caption,
                             String credit, org.turath.registry.ImageLicence licence) throws IOException {
        HeritageItem item = editable(actor, reference);
        if (media.countByItemId(item.id()) >= MAX_PER_ITEM) {
            throw new RefusedException("too-many");
        }
        FileStore.Received received;
        try {
            received = files.receive(upload, AREA, MAX_BYTES);
        } catch (FileStore.TooLargeException e) {
            throw new RefusedException("too-large");
        }
        try {
            String extension = ACCEPTED.get(received.detectedType());
            if (extension == null) {
                throw new RefusedException("type");
            }
            int[] size = dimensions(received.file());
            Path thumb = resized(received.file(), THUMB_SIZE);
            Path medium = null;
            if (Math.max(size[0], size[1]) > MEDIUM_SIZE) {
                try {
                    medium = resized(received.file(), MEDIUM_SIZE);
                } catch (RefusedException e) {
                    Files.deleteIfExists(thumb);
                    throw e;
                }
            }
            String stored = files.keep(received, AREA, extension);
            HeritageMedia image = new HeritageMedia(item.id(), media.lastPosition(item.id()) + 1, stored,
                    thumb.getFileName().toString(), medium == null ? null : medium.getFileName().toString(), originalName,
                    received.detectedType(), received.size(), size[0], size[1], caption, credit, licence, actor.email(),
                    clock.instant());
            HeritageMedia saved = media.save(image);
            pageStamps.forget(reference);
            return saved;
        } catch (RuntimeException | IOException e) {
            files.discard(received);
            throw e;
        }
    }

    public void remove(Actor actor, String reference, UUID mediaId) throws IOException {
        HeritageItem item = editable(actor, reference);
        HeritageMedia image = media.findById(mediaId).filter(m -> m.itemId().equals(item.id()))
                .orElseThrow(() -> new NotFoundException("media"));
        media.delete(image);
        media.flush();
        pageStamps.forget(reference);
        files.delete(AREA, image.storedName());
        files.delete(AREA, image.thumbName());
        if (image.mediumName() != null) {
            files.delete(AREA, image.mediumName());
        }
    }

    /** A JPEG copy no larger than {@code box} on either side; an image the decoder cannot read is refused. */
    private Path resized(Path original, int box) throws IOException {
        Path copy = files.newFile(AREA, "jpg");
        try {
            Thumbnails.of(original.toFile()).size(box, box).outputFormat("jpg").outputQuality(0.82).toFile(copy.toFile());
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(copy);
            throw new RefusedException("unreadable");
        }
        files.kept(copy);
        return copy;
    }

    /** The image or its thumbnail, if {@code actor} (empty for visitors) may see the item it belongs to. */
    @Transactional(readOnly = true)
    public Served serve(Optional<Actor> actor, UUID mediaId, Size wanted) throws IOException {
        HeritageMedia image = media.findById(mediaId).orElseThrow(() -> new NotFoundException("media"));
        HeritageItem item = items.findById(image.itemId()).orElseThrow(() -> new NotFoundException("media"));
        boolean visible = item.publication().isPublic() || actor.map(a -> EditingPolicy.canSee(a, item)).orElse(false);
        if (!visible) {
            throw new NotFoundException("media");
        }
        // an image no wider than the middle size is its own middle size
        String name = switch (wanted) {
            case THUMB -> image.thumbName();
            case MEDIUM -> image.mediumName() != null ? image.mediumName() : image.storedName();
            case FULL -> image.storedName();
        };
        Path file = files.path(AREA, name);
        if (!Files.exists(file)) {
            throw new NotFoundException("media file");
        }
        boolean jpegCopy = !name.equals(image.storedName());
        return new Served(file, jpegCopy ? "image/jpeg" : image.contentType(), Files.size(file), image.createdAt());
    }

    private HeritageItem editable(Actor actor, String reference) {
        HeritageItem item = items.findByReference(reference).filter(i -> EditingPolicy.canSee(actor, i))
                .orElseThrow(() -> new NotFoundException("heritage item"));
        if (!EditingPolicy.canEdit(actor, item)) {
            throw new NotAllowedException();
        }
        return item;
    }

    /** Width and height from the image's header, without decoding its pixels; refuses absurd sizes. */
    private static int[] dimensions(Path file) throws IOException {
        org.turath.files.ImageSize size = org.turath.files.ImageSize.of(file)
                .orElseThrow(() -> new RefusedException("unreadable"));
        if (size.pixels() > MAX_PIXELS) {
            throw new RefusedException("dimensions");
        }
        return new int[]{size.width(), size.height()};
    }
}
