package org.turath.learning;

import org.turath.shared.EntityId;

import java.util.UUID;

/** The id of a training activity. */
public record ActivityId(UUID value) implements EntityId {

    @Override
    public String toString() {
        return value.toString();
    }
}
