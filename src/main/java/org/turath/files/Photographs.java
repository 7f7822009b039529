package org.turath.files;

import net.coobird.thumbnailator.Thumbnails;
import org.springframework.stereotype.Component;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Photographs people upload (a condition report's, a stolen object's): checked by their content — JPEG, PNG or WebP,
 * with dimensions read from the header before any pixel is decoded — and kept only as the portal's own JPEG copies, a
 * large one and a thumbnail, so nothing a camera wrote in the file (its position, its owner) is ever served. A
 * photograph can also be looked at without being kept ({@link #look}), as "check an object" does.
 */
@Component
public class Photographs {

    public static final int LARGE = 1600;
    public static final int THUMB = 480;
    private static final Map<String, String> ACCEPTED = Map.of("image/jpeg", "jpg", "image/png", "png", "image/webp", "webp");

    /** Not a photograph the portal takes: another type, unreadable, or more pixels than allowed. */
    public static class NotAPhotograph extends RuntimeException {
        NotAPhotograph() {
            super("not a photograph the portal takes");
        }
    }

    /** Larger than the bytes allowed. */
    public static class TooLarge extends RuntimeException {
        TooLarge() {
            super("photograph too large");
        }
    }

    /** The two copies kept, by their names in the area, and the large copy's size. */
    public record Kept(String large, String thumb, int width, int height) {
    }

    private final FileStore files;

    Photographs(FileStore files) {
        this.files = files;
    }

    /**
     * Keeps {@code upload} in {@code area} as two JPEG copies, deleted again if the caller's transaction rolls back;
     * {@code look} sees the thumbnail's pixels (to hash them, say) before the copies are handed back.
     */
    public Kept keep(InputStream upload, String area, long maxBytes, long maxPixels, java.util.function.Consumer<BufferedImage> look) {
        FileStore.Received received = receive(upload, area, maxBytes);
        Path large = null;
        Path thumb = null;
        try {
            check(received, maxPixels);
            large = copy(received.file(), area, LARGE);
            thumb = copy(received.file(), area, THUMB);
            ImageSize kept = ImageSize.of(large).orElseThrow(NotAPhotograph::new);
            if (look != null) {
                BufferedImage pixels = ImageIO.read(thumb.toFile());
                if (pixels == null) {
                    throw new NotAPhotograph();
                }
                look.accept(pixels);
            }
            files.deleteOnRollback(area, large.getFileName().toString());
            files.deleteOnRollback(area, thumb.getFileName().toString());
            return new Kept(large.getFileName().toString(), thumb.getFileName().toString(), kept.width(), kept.height());
        } catch (IOException e) {
            deleteQuietly(large);
            deleteQuietly(thumb);
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            deleteQuietly(large);
            deleteQuietly(thumb);
            throw e;
        } finally {
            discard(received);
        }
    }

    /**
     * The pixels of {@code upload} scaled to fit {@code box}, with nothing kept: the upload's temporary file is deleted
     * before this returns, whatever happens.
     */
    public BufferedImage look(InputStream upload, String area, long maxBytes, long maxPixels, int box) {
        FileStore.Received received = receive(upload, area, maxBytes);
        try {
            check(received, maxPixels);
            return Thumbnails.of(received.file().toFile()).size(box, box).asBufferedImage();
        } catch (IOException | RuntimeException e) {
            if (e instanceof TooLarge || e instanceof NotAPhotograph) {
                throw (RuntimeException) e;
            }
            throw new NotAPhotograph();
        } finally {
            discard(received);
        }
    }

    private FileStore.Received receive(InputStream upload, String area, long maxBytes) {
        try {
            return files.receive(upload, area, maxBytes);
        } catch (FileStore.TooLargeException e) {
            throw new TooLarge();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void check(FileStore.Received received, long maxPixels) throws IOException {
        if (!ACCEPTED.containsKey(received.detectedType())
                || ImageSize.of(received.file()).filter(s -> s.pixels() <= maxPixels).isEmpty()) {
            throw new NotAPhotograph();
        }
    }

    /** A JPEG no larger than {@code box} on either side, written by the portal (nothing of the upload's metadata). */
    private Path copy(Path original, String area, int box) throws IOException {
        Path copy = files.newFile(area, "jpg");
        try {
            Thumbnails.of(original.toFile()).size(box, box).outputFormat("jpg").outputQuality(0.85).toFile(copy.toFile());
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(copy);
            throw new NotAPhotograph();
        }
        files.kept(copy);
        return copy;
    }

    private void discard(FileStore.Received received) {
        try {
            files.discard(received);
        } catch (IOException e) {
            // the upload's temporary file: nothing points to it
        }
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // left for the operator: an orphan copy harms nothing
            }
        }
    }
}
