package org.turath.exhibitions;

/** Online only, shown for a while in one museum, or touring several museums in turn. */
public enum ExhibitionKind {
    VIRTUAL, TEMPORARY, TRAVELLING;

    /** Whether the exhibition is shown in museums (and so has venues with dates). */
    public boolean hasVenues() {
        return this != VIRTUAL;
    }
}
