package org.turath.fund;

/**
 * Where a request stands: written by the state ({@code DRAFT}), sent ({@code SUBMITTED}), sent back for what is missing
 * ({@code RETURNED}), found eligible and under the experts' review ({@code ELIGIBLE}) or not ({@code INELIGIBLE}),
 * decided ({@code GRANTED} or {@code DECLINED}), and a granted project finished with its final report ({@code CLOSED}).
 */
public enum RequestStatus {
    DRAFT,
    SUBMITTED,
    RETURNED,
    ELIGIBLE,
    INELIGIBLE,
    GRANTED,
    DECLINED,
    CLOSED;

    /** Whether the state may still change it. */
    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }

    /** Whether it is a funded project (shown in public). */
    public boolean funded() {
        return this == GRANTED || this == CLOSED;
    }
}
