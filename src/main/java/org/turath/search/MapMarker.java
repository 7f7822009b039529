package org.turath.search;

/** A point on the results map: the document, its name in the reader's language, where it is. */
public record MapMarker(String reference, String name, double latitude, double longitude) {
}
