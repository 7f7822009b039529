package org.turath.collections.internal;

import org.springframework.stereotype.Component;

import javax.imageio.ImageIO;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Semaphore;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The IIIF Image API 3.0 at level 1 (full, square and pixel regions; max, w,, ,h and w,h sizes; rotation 0; default
 * quality; jpg) over an image's {@link Pyramid}. A request for one of the tiles {@code info.json} announces is that tile's
 * file, sent as it is; any other is drawn from the tiles of the nearest level at or above the size asked, never from the
 * full image, so what it costs is bounded by the size asked ({@value #MAX_SIDE} pixels on a side at most), and only
 * {@value #DRAWING} are drawn at once.
 */
@Component
public class IiifImages {

    /** The largest side an answer has ({@code maxWidth}, {@code maxHeight} of info.json). */
    public static final int MAX_SIDE = 2048;
    /** The side of a tile. */
    public static final int TILE = Pyramid.TILE;
    private static final int DRAWING = 2;
    private static final Pattern PIXELS = Pattern.compile("(\\d{1,9}),(\\d{1,9}),(\\d{1,9}),(\\d{1,9})");
    private static final Pattern WIDTH = Pattern.compile("(\\d{1,9}),");
    private static final Pattern HEIGHT = Pattern.compile(",(\\d{1,9})");
    private static final Pattern BOTH = Pattern.compile("(\\d{1,9}),(\\d{1,9})");

    private final Semaphore drawing = new Semaphore(DRAWING);
    /** Where the tiles are: on a node of a store shared by several, a tile this node has not yet served is fetched. */
    private final org.turath.files.FileStore files;

    IiifImages(org.turath.files.FileStore files) {
        this.files = files;
    }

    /** The request cannot be answered: {@code status} is 400 for a malformed one, 501 for a feature beyond level 1. */
    public static final class ImageRequestException extends RuntimeException {
        private final int status;

        ImageRequestException(int status, String message) {
            super(message);
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    /** A region of the full image, in its pixels. */
    record Region(int x, int y, int w, int h) {
    }

    /** What one answer is: either a tile's file as it is, or an image drawn for the request. */
    public sealed interface Answer permits Answer.TileFile, Answer.Drawn {
        record TileFile(Path file) implements Answer {
        }

        record Drawn(BufferedImage image) implements Answer {
        }
    }

    Answer answer(Pyramid pyramid, String region, String size, String rotation, String quality, String format) {
        if (!"jpg".equals(format)) {
            throw new ImageRequestException(format.matches("png|gif|webp|tif|jp2|pdf") ? 501 : 400, "format");
        }
        if (!"default".equals(quality) && !"color".equals(quality)) {
            throw new ImageRequestException(quality.matches("gray|bitonal") ? 501 : 400, "quality");
        }
        if (!"0".equals(rotation)) {
            throw new ImageRequestException(rotation.matches("!?\\d{1,3}(\\.\\d+)?") ? 501 : 400, "rotation");
        }
        Region r = region(pyramid, region);
        int[] target = size(r, size);
        int k = level(r, target, pyramid.deepest());
        int s = 1 << k;
        int side = Pyramid.TILE * s;
        // one of the announced tiles: its file as it is
        if (r.x() % side == 0 && r.y() % side == 0 && r.w() == Math.min(side, pyramid.width() - r.x())
                && r.h() == Math.min(side, pyramid.height() - r.y())
                && target[0] == Pyramid.scaled(r.w(), k) && target[1] == Pyramid.scaled(r.h(), k)) {
            Path tile = files.present(pyramid.tile(k, r.x() / side, r.y() / side));
            if (Files.isRegularFile(tile)) {
                return new Answer.TileFile(tile);
            }
        }
        return new Answer.Drawn(draw(pyramid, r, target, k));
    }

    private static Region region(Pyramid pyramid, String region) {
        int width = pyramid.width();
        int height = pyramid.height();
        if ("full".equals(region)) {
            return new Region(0, 0, width, height);
        }
        if ("square".equals(region)) {
            int side = Math.min(width, height);
            return new Region((width - side) / 2, (height - side) / 2, side, side);
        }
        Matcher m = PIXELS.matcher(region);
        if (!m.matches()) {
            throw new ImageRequestException(region.startsWith("pct:") ? 501 : 400, "region");
        }
        int x = Integer.parseInt(m.group(1));
        int y = Integer.parseInt(m.group(2));
        int w = Integer.parseInt(m.group(3));
        int h = Integer.parseInt(m.group(4));
        if (w == 0 || h == 0 || x >= width || y >= height) {
            throw new ImageRequestException(400, "region outside the image");
        }
        // a region reaching past the edges is cut at them
        return new Region(x, y, Math.min(w, width - x), Math.min(h, height - y));
    }

    private static int[] size(Region r, String size) {
        if (size.startsWith("^")) {
            throw new ImageRequestException(501, "upscaling");
        }
        int w;
        int h;
        Matcher m;
        if ("max".equals(size)) {
            double fit = Math.min(1.0, Math.min((double) MAX_SIDE / r.w(), (double) MAX_SIDE / r.h()));
            w = Math.max(1, (int) Math.round(r.w() * fit));
            h = Math.max(1, (int) Math.round(r.h() * fit));
        } else if ((m = WIDTH.matcher(size)).matches()) {
            w = Integer.parseInt(m.group(1));
            h = Math.max(1, (int) Math.round((double) r.h() * w / r.w()));
        } else if ((m = HEIGHT.matcher(size)).matches()) {
            h = Integer.parseInt(m.group(1));
            w = Math.max(1, (int) Math.round((double) r.w() * h / r.h()));
        } else if ((m = BOTH.matcher(size)).matches()) {
            w = Integer.parseInt(m.group(1));
            h = Integer.parseInt(m.group(2));
        } else {
            throw new ImageRequestException(size.startsWith("pct:") || size.startsWith("!") ? 501 : 400, "size");
        }
        if (w < 1 || h < 1 || w > r.w() || h > r.h()) {
            throw new ImageRequestException(400, "size larger than the region");
        }
        if (w > MAX_SIDE || h > MAX_SIDE) {
            throw new ImageRequestException(400, "size larger than maxWidth");
        }
        return new int[]{w, h};
    }

    /** The deepest level whose pixels are still at least as many as the answer's. */
    private static int level(Region r, int[] target, int deepest) {
        int k = 0;
        while (k < deepest && Pyramid.scaled(r.w(), k + 1) >= target[0] && Pyramid.scaled(r.h(), k + 1) >= target[1]) {
            k++;
        }
        return k;
    }

    private BufferedImage draw(Pyramid pyramid, Region r, int[] target, int k) {
        int s = 1 << k;
        int x0 = r.x() / s;
        int y0 = r.y() / s;
        int x1 = Math.max(x0 + 1, Pyramid.scaled(r.x() + r.w(), k));
        int y1 = Math.max(y0 + 1, Pyramid.scaled(r.y() + r.h(), k));
        try {
            drawing.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        try {
            BufferedImage canvas = new BufferedImage(x1 - x0, y1 - y0, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = canvas.createGraphics();
            try {
                for (int row = y0 / Pyramid.TILE; row * Pyramid.TILE < y1; row++) {
                    for (int col = x0 / Pyramid.TILE; col * Pyramid.TILE < x1; col++) {
                        Path file = files.present(pyramid.tile(k, col, row));
                        if (!Files.isRegularFile(file)) {
                            continue;
                        }
                        BufferedImage tile = ImageIO.read(file.toFile());
                        if (tile != null) {
                            g.drawImage(tile, col * Pyramid.TILE - x0, row * Pyramid.TILE - y0, null);
                        }
                    }
                }
            } finally {
                g.dispose();
            }
            return canvas.getWidth() == target[0] && canvas.getHeight() == target[1] ? canvas : scale(canvas, target[0], target[1]);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } finally {
            drawing.release();
        }
    }

    /** {@code image} drawn at {@code width} × {@code height}, smoothly (halving step by step when shrinking much). */
    static BufferedImage scale(BufferedImage image, int width, int height) {
        BufferedImage current = image;
        while (current.getWidth() / 2 >= width && current.getHeight() / 2 >= height) {
            current = draw(current, Math.max(width, current.getWidth() / 2), Math.max(height, current.getHeight() / 2));
        }
        return current.getWidth() == width && current.getHeight() == height ? current : draw(current, width, height);
    }

    private static BufferedImage draw(BufferedImage image, int width, int height) {
        BufferedImage scaled = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = scaled.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.drawImage(image, 0, 0, width, height, null);
        g.dispose();
        return scaled;
    }
}
