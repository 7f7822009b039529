package org.turath.library;

import org.turath.shared.EntityId;

import java.util.UUID;

/** The id of a publication of the library. */
public record PublicationId(UUID value) implements EntityId {

    @Override
    public String toString() {
        return value.toString();
    }
}
