package org.turath.geo;

/** A country's standing with the centre. */
public enum Membership {
    MEMBER,
    OBSERVER
}
