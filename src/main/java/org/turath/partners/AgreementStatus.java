package org.turath.partners;

/**
 * Where an agreement stands on a given day: read from its dates, never stored, so it is never out of date. An agreement
 * is expiring in the last six months of its term.
 */
public enum AgreementStatus {
    DRAFT,
    IN_FORCE,
    RENEWED,
    EXPIRING,
    EXPIRED,
    TERMINATED;

    /** Whether the agreement binds its parties (in force, renewed or about to end). */
    public boolean inForce() {
        return this == IN_FORCE || this == RENEWED || this == EXPIRING;
    }
}
