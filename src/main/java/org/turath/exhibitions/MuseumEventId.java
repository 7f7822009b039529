package org.turath.exhibitions;

import org.turath.shared.EntityId;

import java.util.UUID;

/** The id of an event at a museum (a talk, a guided visit, a workshop). */
public record MuseumEventId(UUID value) implements EntityId {

    @Override
    public String toString() {
        return value.toString();
    }
}
