package org.turath.risk;

import org.turath.shared.EntityId;

import java.util.UUID;

/** The id of an entry of the Al-Quds observatory's timeline. */
public record QudsEventId(UUID value) implements EntityId {

    @Override
    public String toString() {
        return value.toString();
    }
}
