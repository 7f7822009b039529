package org.turath.registry;

/**
 * Where the public may see a place. A sensitive place (a site looted or fought over) is shown to a tenth of a degree —
 * about 11 km — on every public page, map, API, download, feed, harvest and search result; the people who keep the
 * List see it exact in the back office.
 */
public final class PublicPosition {

    /** The grid a sensitive position is rounded to, in degrees. */
    public static final double COARSE_DEGREES = 0.1;

    private PublicPosition() {
    }

    /** {@code degrees} as the public sees it: rounded to the grid when {@code sensitive}, else as it is. */
    public static Double of(Double degrees, boolean sensitive) {
        if (degrees == null || !sensitive) {
            return degrees;
        }
        // rounded on the grid and written with one decimal, so no trace of the exact value survives in the digits
        return Math.round(degrees / COARSE_DEGREES) / 10.0;
    }
}
