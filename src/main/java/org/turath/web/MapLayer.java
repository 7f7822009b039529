package org.turath.web;

import java.util.List;
import java.util.function.Supplier;

/**
 * A layer another module adds to the map of the List (museums beside heritage items): its markers come from
 * {@code markersPath} (JSON {@code {"markers": [{latitude, longitude, name, href, kind}]}}, asked with {@code ?lang=}),
 * its name in the legend from the message {@code labelKey}, its colour and shape from the CSS class {@code kind-<key>}.
 * {@code positions} gives the same places to the map's first view, which the server draws.
 */
public record MapLayer(String key, String markersPath, String labelKey, Supplier<List<Position>> positions) {

    /** Where one of the layer's places is, in degrees. */
    public record Position(double latitude, double longitude) {
    }
}
