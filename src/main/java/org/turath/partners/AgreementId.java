package org.turath.partners;

import org.turath.shared.EntityId;

import java.util.UUID;

/** The id of an agreement. */
public record AgreementId(UUID value) implements EntityId {

    @Override
    public String toString() {
        return value.toString();
    }
}
