package org.turath.museums;

/** What a museum mainly is (ICOM's usual families, with the manuscript libraries that keep the Islamic world's written heritage). */
public enum MuseumKind {
    NATIONAL,
    ARCHAEOLOGY,
    ISLAMIC_ART,
    HISTORY,
    ETHNOGRAPHY,
    FINE_ARTS,
    /** A museum on or beside a heritage site it presents. */
    SITE_MUSEUM,
    MANUSCRIPTS_LIBRARY,
    SCIENCE
}
