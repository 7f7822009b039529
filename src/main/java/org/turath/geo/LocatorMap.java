package org.turath.geo;

import java.util.List;

/**
 * A locator map ready to draw in a 640 × 480 view: each country in view as an SVG path in whole pixels, whether it
 * holds one of the places, the names of those that do (in the page's language), and the places as pins. Templates
 * write it out (fragments/map.html), escaping every text; {@link LocatorMaps} makes it.
 */
public record LocatorMap(List<Country> countries, List<Name> names, List<Pin> pins) {

    /** A country's outline in view; {@code held} when it holds a place. */
    public record Country(String path, boolean held) {
    }

    /** A country's name, where it is written. */
    public record Name(long x, long y, String text) {
    }

    /** A place; {@code name} may be null. */
    public record Pin(long x, long y, String name) {
    }
}
