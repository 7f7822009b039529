package org.turath.partners;

import org.turath.shared.EntityId;

import java.util.UUID;

/** The id of a partner. */
public record PartnerId(UUID value) implements EntityId {

    @Override
    public String toString() {
        return value.toString();
    }
}
