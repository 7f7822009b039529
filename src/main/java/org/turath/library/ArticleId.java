package org.turath.library;

import org.turath.shared.EntityId;

import java.util.UUID;

/** The id of a news article. */
public record ArticleId(UUID value) implements EntityId {

    @Override
    public String toString() {
        return value.toString();
    }
}
