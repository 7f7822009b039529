package org.turath.accounts;

import org.turath.shared.EntityId;

import java.util.UUID;

/** The id of a person's account. */
public record AccountId(UUID value) implements EntityId {

    @Override
    public String toString() {
        return value.toString();
    }
}
