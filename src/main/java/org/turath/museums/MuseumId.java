package org.turath.museums;

import org.turath.shared.EntityId;

import java.util.UUID;

/** The id of a museum's entry. */
public record MuseumId(UUID value) implements EntityId {

    @Override
    public String toString() {
        return value.toString();
    }
}
