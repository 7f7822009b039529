package org.turath.fund;

import org.turath.shared.EntityId;

import java.util.UUID;

/** The id of a call for proposals of the Support Fund. */
public record FundCallId(UUID value) implements EntityId {

    @Override
    public String toString() {
        return value.toString();
    }
}
