package org.turath.fund;

/** What a project the Support Fund pays for does. */
public enum ProjectKind {
    CONSERVATION,
    DOCUMENTATION,
    EMERGENCY_STABILISATION,
    TRAINING,
    MUSEUM,
    DIGITISATION
}
