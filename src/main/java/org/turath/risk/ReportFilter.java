package org.turath.risk;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What a visitor narrows published reports to: a member state (ISO alpha-2), a heritage item, a condition, a priority, a
 * factor (primary "9" or secondary "9.4"), and assessment dates from and until. Absent means any.
 */
public record ReportFilter(Optional<String> state, Optional<String> item, Optional<String> condition, Optional<String> priority,
                           Optional<String> factor, Optional<LocalDate> from, Optional<LocalDate> until) {

    public boolean any() {
        return state.isPresent() || item.isPresent() || condition.isPresent() || priority.isPresent() || factor.isPresent()
                || from.isPresent() || until.isPresent();
    }
}
