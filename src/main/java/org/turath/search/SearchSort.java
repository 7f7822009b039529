package org.turath.search;

/** The orders search results can be read in. */
public enum SearchSort {
    /** Best match first (the default when there is a text). */
    RELEVANCE,
    /** Alphabetical in the reader's language (the default without text). */
    NAME,
    /** Most recently inscribed first. */
    YEAR,
    /** Nearest first (the default when searching near a point). */
    DISTANCE
}
