package org.turath.collections.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Makes an image's pyramid of tiles ({@link Pyramid}). With libvips installed ({@code vips}, Debian's libvips-tools) the
 * image is streamed through it, so a 300 MB TIFF is tiled in little memory; without it, images up to
 * {@code turath.collections.java-tiling-max-pixels} are decoded whole and tiled in Java, larger ones are refused with
 * a reason the curator reads. Tiles are the portal's own JPEGs: nothing of the upload's metadata is in them.
 */
@Component
class Tiler {

    private static final Logger log = LoggerFactory.getLogger(Tiler.class);
    private static final long VIPS_TIMEOUT_MINUTES = 30;

    /** Why an image could not be tiled, as a message key of the collections' bundle. */
    static final class TilingException extends Exception {
        private final String code;

        TilingException(String code, String detail) {
            super(detail);
            this.code = code;
        }

        String code() {
            return code;
        }
    }

    private final String vips;
    private final long javaMaxPixels;
    private volatile Boolean vipsPresent;

    Tiler(@Value("${turath.collections.vips:vips}") String vips,
          @Value("${turath.collections.java-tiling-max-pixels:60000000}") long javaMaxPixels) {
        this.vips = vips;
        this.javaMaxPixels = javaMaxPixels;
    }

    /** Whether libvips answers here. */
    boolean vipsPresent() {
        Boolean present = vipsPresent;
        if (present == null) {
            present = !vips.isBlank() && run(List.of(vips, "--version"), 5).ok();
            vipsPresent = present;
            log.info(present ? "Images are tiled with libvips" : "libvips is not installed: images are tiled in Java, up to {} pixels",
                    javaMaxPixels);
        }
        return present;
    }

    /** Writes the pyramid of {@code original} into {@code pyramid}'s directory (made whole, or not at all). */
    void tile(Path original, Pyramid pyramid) throws TilingException, IOException {
        Path target = pyramid.directory();
        // a name of its own: two nodes resuming the same image after a restart never write into one directory
        Path partial = target.resolveSibling(target.getFileName() + "." + java.util.UUID.randomUUID() + ".part");
        org.turath.files.FileStore.deleteTree(partial);
        Files.createDirectories(partial);
        try {
            if (vipsPresent()) {
                List<String> command = new ArrayList<>(List.of(vips, "dzsave", original.toString(), partial.resolve("pyramid").toString(),
                        "--layout", "dz", "--tile-size", String.valueOf(Pyramid.TILE), "--overlap", "0", "--depth", "onetile",
                        "--suffix", ".jpg[Q=85,strip]"));
                Run made = run(command, VIPS_TIMEOUT_MINUTES * 60);
                if (!made.ok()) {
                    // the curator is told whether the image or the server is at fault: libvips reads the header of
                    // any image it can tile, so a readable header means the failure was the server's (a full disk)
                    boolean readable = run(List.of(vips, "header", original.toString()), 60).ok();
                    throw new TilingException(readable ? "server" : "unreadable", "vips dzsave: " + made.output());
                }
                Files.deleteIfExists(partial.resolve(Pyramid.LEVELS).resolve("vips-properties.xml"));
                Files.deleteIfExists(partial.resolve("pyramid.dzi"));
            } else {
                if ((long) pyramid.width() * pyramid.height() > javaMaxPixels) {
                    throw new TilingException("needs-vips", pyramid.width() + "x" + pyramid.height());
                }
                BufferedImage image;
                try {
                    image = ImageIO.read(original.toFile());
                } catch (IOException e) {
                    throw new TilingException("unreadable", e.toString());
                }
                if (image == null) {
                    throw new TilingException("unreadable", "no reader");
                }
                try {
                    writeLevels(image, new Pyramid(partial, pyramid.width(), pyramid.height()));
                } catch (IOException e) {
                    throw new TilingException("server", e.toString());
                }
            }
            org.turath.files.FileStore.deleteTree(target);
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (TilingException | IOException | RuntimeException e) {
            org.turath.files.FileStore.deleteTree(partial);
            throw e;
        }
    }

    private static void writeLevels(BufferedImage full, Pyramid pyramid) throws IOException {
        BufferedImage level = rgb(full);
        for (int k = 0; k <= pyramid.deepest(); k++) {
            if (k > 0) {
                level = half(level);
            }
            for (int row = 0; row * Pyramid.TILE < level.getHeight(); row++) {
                for (int col = 0; col * Pyramid.TILE < level.getWidth(); col++) {
                    int w = Math.min(Pyramid.TILE, level.getWidth() - col * Pyramid.TILE);
                    int h = Math.min(Pyramid.TILE, level.getHeight() - row * Pyramid.TILE);
                    Path tile = pyramid.tile(k, col, row);
                    Files.createDirectories(tile.getParent());
                    writeJpeg(level.getSubimage(col * Pyramid.TILE, row * Pyramid.TILE, w, h), tile);
                }
            }
        }
    }

    private static BufferedImage rgb(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_INT_RGB) {
            return image;
        }
        BufferedImage copy = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = copy.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, copy.getWidth(), copy.getHeight());
        g.drawImage(image, 0, 0, null);
        g.dispose();
        return copy;
    }

    private static BufferedImage half(BufferedImage image) {
        return IiifImages.scale(image, Pyramid.scaled(image.getWidth(), 1), Pyramid.scaled(image.getHeight(), 1));
    }

    static void writeJpeg(BufferedImage image, Path file) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.85f);
            writer.write(null, new IIOImage(rgb(image), null, null), param);
        } finally {
            writer.dispose();
        }
    }

    /** How a command ended: whether it succeeded, and the end of what it printed (for the log). */
    private record Run(boolean ok, String output) {
    }

    private static Run run(List<String> command, long timeoutSeconds) {
        Path printed = null;
        try {
            printed = Files.createTempFile("turath-vips", ".log");
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(printed.toFile()).start();
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return new Run(false, "no answer after " + timeoutSeconds + " s");
            }
            return new Run(process.exitValue() == 0, tail(printed));
        } catch (IOException e) {
            return new Run(false, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Run(false, "interrupted");
        } finally {
            if (printed != null) {
                try {
                    Files.deleteIfExists(printed);
                } catch (IOException e) {
                    // a temporary file
                }
            }
        }
    }

    /** The last 500 characters a command printed, on one line. */
    private static String tail(Path printed) throws IOException {
        long size = Files.size(printed);
        try (java.io.RandomAccessFile file = new java.io.RandomAccessFile(printed.toFile(), "r")) {
            long from = Math.max(0, size - 500);
            byte[] end = new byte[(int) (size - from)];
            file.seek(from);
            file.readFully(end);
            return new String(end, java.nio.charset.StandardCharsets.UTF_8).strip().replaceAll("\\s+", " ");
        }
    }
}
