package org.turath.risk;

import org.turath.shared.EntityId;

import java.util.UUID;

/** The id of something the public sent about a heritage item (a report of damage, a photograph, a correction). */
public record ContributionId(UUID value) implements EntityId {

    @Override
    public String toString() {
        return value.toString();
    }
}
