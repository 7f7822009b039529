package org.turath.alerts.internal;

import java.awt.Graphics2D;
import java.awt.Image;
import java.awt.image.BufferedImage;
import java.util.Arrays;

/**
 * The DCT perceptual hash of a picture (Zauner's pHash): the picture reduced to 32 × 32 grey levels, its 2-D discrete
 * cosine transform, and one bit per coefficient of the lowest 8 × 8 frequencies — set when it is above their median.
 * Scaling, recompression, small crops of the border and changes of brightness move few of the 64 bits; another picture
 * moves about half. Written here rather than taken from a library: the one the issue names (JImageHash) needs JavaFX on
 * the class path for its pixel access, which a server has no use for.
 */
final class PerceptualHash {

    private static final int SIZE = 32;
    private static final int LOW = 8;
    private static final double[][] COSINES = new double[SIZE][SIZE];

    static {
        for (int k = 0; k < SIZE; k++) {
            for (int n = 0; n < SIZE; n++) {
                COSINES[k][n] = Math.cos(Math.PI / SIZE * (n + 0.5) * k);
            }
        }
    }

    private PerceptualHash() {
    }

    static long of(BufferedImage picture) {
        double[][] grey = grey(picture);
        double[][] dct = new double[LOW][LOW];
        for (int u = 0; u < LOW; u++) {
            for (int v = 0; v < LOW; v++) {
                double sum = 0;
                for (int x = 0; x < SIZE; x++) {
                    double row = 0;
                    for (int y = 0; y < SIZE; y++) {
                        row += grey[x][y] * COSINES[v][y];
                    }
                    sum += row * COSINES[u][x];
                }
                dct[u][v] = sum;
            }
        }
        double[] values = new double[LOW * LOW];
        for (int u = 0; u < LOW; u++) {
            System.arraycopy(dct[u], 0, values, u * LOW, LOW);
        }
        // the median without the constant term, which only says how bright the picture is
        double[] sorted = Arrays.copyOfRange(values, 1, values.length);
        Arrays.sort(sorted);
        double median = (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
        long hash = 0;
        for (int i = 0; i < values.length; i++) {
            if (values[i] > median) {
                hash |= 1L << i;
            }
        }
        return hash;
    }

    /** How many of the 64 bits differ. */
    static int distance(long a, long b) {
        return Long.bitCount(a ^ b);
    }

    private static double[][] grey(BufferedImage picture) {
        // area averaging: every source pixel counts, as a reduction must for the hash to survive rescaling
        Image scaled = picture.getScaledInstance(SIZE, SIZE, Image.SCALE_AREA_AVERAGING);
        BufferedImage small = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = small.createGraphics();
        g.drawImage(scaled, 0, 0, null);
        g.dispose();
        double[][] grey = new double[SIZE][SIZE];
        for (int x = 0; x < SIZE; x++) {
            for (int y = 0; y < SIZE; y++) {
                int rgb = small.getRGB(x, y);
                grey[y][x] = 0.299 * ((rgb >> 16) & 0xFF) + 0.587 * ((rgb >> 8) & 0xFF) + 0.114 * (rgb & 0xFF);
            }
        }
        return grey;
    }
}
