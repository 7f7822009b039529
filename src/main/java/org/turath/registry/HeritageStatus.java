package org.turath.registry;

/** Where an item stands on the List. */
public enum HeritageStatus {
    PRELIMINARY,
    NOMINATED,
    INSCRIBED,
    IN_DANGER,
    DELISTED;

    /** Inscribed, whether or not in danger. */
    public boolean onTheList() {
        return this == INSCRIBED || this == IN_DANGER;
    }
}
