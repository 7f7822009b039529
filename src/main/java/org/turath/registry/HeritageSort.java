package org.turath.registry;

/** The orders the List can be read in. */
public enum HeritageSort {
    /** Alphabetical in the reader's language, with that language's collation. */
    NAME,
    /** Most recently inscribed first; items without a year last. */
    YEAR
}
