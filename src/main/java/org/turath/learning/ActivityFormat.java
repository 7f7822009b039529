package org.turath.learning;

/** What kind of activity the centre offers. */
public enum ActivityFormat {
    COURSE, WORKSHOP, WEBINAR, ACTIVITY
}
