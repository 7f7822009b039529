package org.turath.registry.domain;

import org.turath.registry.HeritageStatus;
import org.turath.shared.LocalizedText;

import java.time.LocalDate;

/** A status an item took on a date, with why; what {@link StatusChange} records. */
public record StatusEntry(HeritageStatus status, LocalDate effectiveDate, boolean yearOnly, LocalizedText reason, String decisionRef) {

    public static StatusEntry inYear(HeritageStatus status, int year, LocalizedText reason) {
        return new StatusEntry(status, LocalDate.of(year, 1, 1), true, reason, null);
    }
}
