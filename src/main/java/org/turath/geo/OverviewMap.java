package org.turath.geo;

import java.util.List;

/**
 * A map of many places drawn by the server in a 640 × 480 view: the land in view as one SVG path in whole pixels
 * (every country's outline), and the places gathered into spots, one for the places of each 40-pixel cell. The
 * results map and the museum directory show it at once, before (or instead of) the interactive map; templates write
 * it out ({@code fragments/map :: overview}) and {@link LocatorMaps#overview} makes it. It names no place: the list
 * beside it does, and the interactive map's markers.
 */
public record OverviewMap(String land, List<Spot> spots) {

    /**
     * A place to show, in degrees; {@code style} is the class it is drawn with (its kind, whether it is in danger:
     * {@code "kind-natural in-danger"}).
     */
    public record Place(double latitude, double longitude, String style) {
    }

    /** The part of the world to frame, in degrees. */
    public record Box(double south, double west, double north, double east) {
    }

    /**
     * Where one place or several close together are drawn: their mean position, how many they are, and the class
     * they share ({@code "mixed"} when they do not).
     */
    public record Spot(long x, long y, int count, String style) {

        public boolean single() {
            return count == 1;
        }

        /** The spot's radius in the view's pixels: larger for more places, never larger than its cell allows. */
        public long radius() {
            return single() ? 8 : Math.min(20, 12 + Math.round(4 * Math.log10(count)));
        }
    }
}
