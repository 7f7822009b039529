package org.turath.learning;

import org.turath.shared.EntityId;

import java.util.UUID;

/** The id of a registration for an activity. */
public record RegistrationId(UUID value) implements EntityId {

    @Override
    public String toString() {
        return value.toString();
    }
}
