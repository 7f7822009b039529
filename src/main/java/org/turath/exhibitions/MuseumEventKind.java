package org.turath.exhibitions;

/** What a museum's event is: a workshop, a talk, a guided visit. */
public enum MuseumEventKind {
    WORKSHOP, TALK, GUIDED_VISIT
}
