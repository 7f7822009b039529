package org.turath.alerts;

import org.turath.shared.EntityId;

import java.util.UUID;

/** The id of a stolen-object alert. */
public record AlertId(UUID value) implements EntityId {

    @Override
    public String toString() {
        return value.toString();
    }
}
