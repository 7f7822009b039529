package org.turath.figures;

import java.util.Optional;

/**
 * What the reader asked to see: one member state (ISO alpha-2) or all, and a period of years (either end open). A
 * figure that cannot be read by state says so rather than showing the whole.
 */
public record FigureFilter(Optional<String> state, Optional<Integer> from, Optional<Integer> until) {

    public static final int FIRST_YEAR = 1950;
    public static final int LAST_YEAR = 2100;

    public static final FigureFilter ALL = new FigureFilter(Optional.empty(), Optional.empty(), Optional.empty());

    /** The first year in the period. */
    public int fromYear() {
        return from.orElse(FIRST_YEAR);
    }

    /** The last year in the period. */
    public int untilYear() {
        return until.orElse(LAST_YEAR);
    }

    /** The state as a query parameter: '' for every state. */
    public String stateOrAny() {
        return state.orElse("");
    }
}
