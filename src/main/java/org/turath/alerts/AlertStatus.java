package org.turath.alerts;

/** Whether the object is still sought: active, recovered (the alert stays public, marked so) or withdrawn (no longer public). */
public enum AlertStatus {
    ACTIVE, RECOVERED, WITHDRAWN
}
