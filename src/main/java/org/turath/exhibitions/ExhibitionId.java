package org.turath.exhibitions;

import org.turath.shared.EntityId;

import java.util.UUID;

/** The id of an exhibition. */
public record ExhibitionId(UUID value) implements EntityId {

    @Override
    public String toString() {
        return value.toString();
    }
}
