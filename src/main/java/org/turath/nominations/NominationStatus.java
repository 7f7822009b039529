package org.turath.nominations;

/** Where a nomination file stands on its way from a member state's draft to the Committee's decision. */
public enum NominationStatus {
    DRAFT,
    SUBMITTED,
    RETURNED,
    COMPLETE,
    UNDER_EVALUATION,
    EVALUATED,
    SCHEDULED,
    DECIDED,
    WITHDRAWN;

    /** Whether the file can still move (everything but a decision and a withdrawal). */
    public boolean open() {
        return this != DECIDED && this != WITHDRAWN;
    }

    /** Whether the state's focal points may change the dossier. */
    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }
}
