package org.turath.collections.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * An image's tiles as the tiler lays them out (libvips' Deep Zoom layout, down to the level that fits one tile): level
 * {@code top} is the image at full size, each level below it half the one above, and {@code <level>/<col>_<row>.jpg}
 * tiles of {@value #TILE} pixels on a side (smaller at the right and bottom edges).
 */
record Pyramid(Path directory, int width, int height) {

    static final int TILE = 512;
    static final String LEVELS = "pyramid_files";

    /** The greatest power of two the image is scaled down by: at it, the whole image fits one tile. */
    int deepest() {
        int k = 0;
        while (scaled(width, k) > TILE || scaled(height, k) > TILE) {
            k++;
        }
        return k;
    }

    /** The scale factors IIIF clients may ask tiles at: 1, 2, 4… */
    List<Integer> scaleFactors() {
        List<Integer> factors = new ArrayList<>();
        for (int k = 0; k <= deepest(); k++) {
            factors.add(1 << k);
        }
        return factors;
    }

    /** A side's length once scaled down by 2^k, as the tiler rounds it (up). */
    static int scaled(int length, int k) {
        return (int) ((length + (1L << k) - 1) >> k);
    }

    /** The tile at column {@code col}, row {@code row} of the image scaled down by 2^k. */
    Path tile(int k, int col, int row) {
        return directory.resolve(LEVELS).resolve(String.valueOf(deepest() - k)).resolve(col + "_" + row + ".jpg");
    }
}
