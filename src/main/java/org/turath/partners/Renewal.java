package org.turath.partners;

/** How an agreement goes on past its term: it does not, it renews itself unless a party gives notice, or by a decision. */
public enum Renewal {
    NONE,
    TACIT,
    DECISION
}
