package org.turath.learning;

/** Where an activity happens: online (its videoconference link goes to registered participants only), in a place, or both. */
public enum ActivityMode {
    ONLINE, IN_PERSON, HYBRID;

    public boolean online() {
        return this != IN_PERSON;
    }

    public boolean inPerson() {
        return this != ONLINE;
    }
}
