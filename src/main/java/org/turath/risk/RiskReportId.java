package org.turath.risk;

import org.turath.shared.EntityId;

import java.util.UUID;

/** The id of a condition or damage report. */
public record RiskReportId(UUID value) implements EntityId {

    @Override
    public String toString() {
        return value.toString();
    }
}
