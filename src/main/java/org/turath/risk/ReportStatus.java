package org.turath.risk;

/**
 * Where a report is in its workflow: written ({@code DRAFT}), sent for checking ({@code SUBMITTED}), sent back to its
 * author with comments ({@code RETURNED}), checked by the secretariat or an expert ({@code VERIFIED}), public
 * ({@code PUBLISHED}).
 */
public enum ReportStatus {
    DRAFT,
    SUBMITTED,
    RETURNED,
    VERIFIED,
    PUBLISHED;

    /** Whether its author may still change it. */
    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }
}
