package org.turath.alerts;

/** Where an alert is in its verification: written, sent to the secretariat, verified and public. */
public enum AlertStage {
    DRAFT, SUBMITTED, PUBLISHED
}
