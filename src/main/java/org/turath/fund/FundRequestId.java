package org.turath.fund;

import org.turath.shared.EntityId;

import java.util.UUID;

/** The id of a request to the Support Fund. */
public record FundRequestId(UUID value) implements EntityId {

    @Override
    public String toString() {
        return value.toString();
    }
}
