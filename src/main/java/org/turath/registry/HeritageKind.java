package org.turath.registry;

/** What kind of heritage an item is. */
public enum HeritageKind {
    TANGIBLE_CULTURAL,
    NATURAL,
    MIXED,
    INTANGIBLE,
    UNDERWATER,
    INDUSTRIAL
}
