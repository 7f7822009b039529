package org.turath.collections;

import org.turath.shared.EntityId;

import java.util.UUID;

/** The id of an object of a museum's collection. */
public record CollectionObjectId(UUID value) implements EntityId {

    @Override
    public String toString() {
        return value.toString();
    }
}
