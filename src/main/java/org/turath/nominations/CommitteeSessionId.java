package org.turath.nominations;

import org.turath.shared.EntityId;

import java.util.UUID;

/** The id of a Committee session. */
public record CommitteeSessionId(UUID value) implements EntityId {

    @Override
    public String toString() {
        return value.toString();
    }
}
