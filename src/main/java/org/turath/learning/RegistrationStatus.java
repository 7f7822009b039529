package org.turath.learning;

/** Where a registration stands: awaiting approval, holding a seat, waiting for one, cancelled, or declined by the secretariat. */
public enum RegistrationStatus {
    PENDING, CONFIRMED, WAITLISTED, CANCELLED, DECLINED;

    /** Whether the person still counts as registered (a cancelled or declined registration may register again). */
    public boolean active() {
        return this == PENDING || this == CONFIRMED || this == WAITLISTED;
    }
}
