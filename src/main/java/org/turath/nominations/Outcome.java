package org.turath.nominations;

/** What the Committee decides about a file. */
public enum Outcome {
    /** On the List from the decision on. */
    INSCRIBE,
    /** Back to the state for additional information; may come back at a later session. */
    REFER,
    /** Back to the state for substantial revision and a new evaluation. */
    DEFER,
    NOT_INSCRIBE;

    /** Whether the file goes back to the state to be worked on again. */
    public boolean reopens() {
        return this == REFER || this == DEFER;
    }
}
