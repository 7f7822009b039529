package org.turath.learning;

/** Whom an activity is for. */
public enum Audience {
    PRACTITIONERS, MUSEUM_PROFESSIONALS, SITE_MANAGERS, RESEARCHERS, STUDENTS, YOUTH, POLICY_MAKERS, GENERAL_PUBLIC
}
