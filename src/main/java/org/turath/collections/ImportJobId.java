package org.turath.collections;

import org.turath.shared.EntityId;

import java.util.UUID;

/** The id of an import of objects from a spreadsheet (and its images), checked, then run. */
public record ImportJobId(UUID value) implements EntityId {

    @Override
    public String toString() {
        return value.toString();
    }
}
