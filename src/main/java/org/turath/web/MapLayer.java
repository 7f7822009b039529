package org.turath.web;

/**
 * A layer another module adds to the map of the List (museums beside heritage items): its markers come from
 * {@code markersPath} (JSON {@code {"markers": [{latitude, longitude, name, href, kind}]}}, asked with {@code ?lang=}),
 * its name in the legend from the message {@code labelKey}, its colour and shape from the CSS class {@code kind-<key>}.
 */
public record MapLayer(String key, String markersPath, String labelKey) {
}
