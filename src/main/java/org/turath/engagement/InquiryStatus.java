package org.turath.engagement;

/** Where a question stands in the secretariat's inbox. */
public enum InquiryStatus {
    NEW, ASSIGNED, ANSWERED, CLOSED;

    /** Whether the asker is still waiting for an answer. */
    public boolean waiting() {
        return this == NEW || this == ASSIGNED;
    }
}
