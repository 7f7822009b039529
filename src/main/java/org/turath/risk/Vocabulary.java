package org.turath.risk;

/** The vocabularies reports are coded on; their terms are data ({@code risk_term}), not constants. */
public enum Vocabulary {
    /** UNESCO's factors affecting properties: 14 primary factors, each with its secondary factors ("9.4" war). */
    FACTOR,
    CONDITION,
    EXTENT,
    CERTAINTY,
    EFFECT,
    PROBABILITY,
    PRIORITY,
    ASSESSMENT;

    /** The vocabulary's code in the database. */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
