package org.turath.nominations;

import org.turath.shared.EntityId;

import java.util.UUID;

/** The id of a nomination file. */
public record NominationFileId(UUID value) implements EntityId {

    @Override
    public String toString() {
        return value.toString();
    }
}
