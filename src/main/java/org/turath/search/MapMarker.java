package org.turath.search;

/**
 * A point on the results map: the document, its name in the reader's language, where it is, and its kind and status
 * as the index keeps them (e.g. TANGIBLE_CULTURAL, IN_DANGER; null for documents without them).
 */
public record MapMarker(String reference, String name, double latitude, double longitude, String kind, String status) {

    /** Where a result is, with its kind and status, for a map that names none (the map page's first view). */
    public record Position(double latitude, double longitude, String kind, String status) {
    }
}
