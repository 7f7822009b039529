package org.turath.files;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Optional;

/** An image's width and height, read from its header without decoding a pixel (a small file can declare a huge image). */
public record ImageSize(int width, int height) {

    public long pixels() {
        return (long) width * height;
    }

    /** The size of the image in {@code file}; empty when no reader understands it. */
    public static Optional<ImageSize> of(Path file) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = in == null ? java.util.Collections.emptyIterator() : ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return Optional.empty();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                return width > 0 && height > 0 ? Optional.of(new ImageSize(width, height)) : Optional.empty();
            } catch (IOException | RuntimeException unreadable) {
                return Optional.empty();
            } finally {
                reader.dispose();
            }
        }
    }
}
