package org.turath.alerts;

/** What happened to the object. */
public enum AlertEvent {
    STOLEN, MISSING, LOOTED
}
