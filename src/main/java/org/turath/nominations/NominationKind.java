package org.turath.nominations;

/** What a nomination file proposes; intangible heritage has its own (amended) form. */
public enum NominationKind {
    CULTURAL,
    NATURAL,
    MIXED,
    INTANGIBLE,
    UNDERWATER,
    INDUSTRIAL;

    public boolean intangible() {
        return this == INTANGIBLE;
    }
}
