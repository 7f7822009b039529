package org.turath.registry;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an item stands in the editorial workflow. Only PUBLISHED items are on the public List,
 * in search and in open data; the others are seen only in the back office.
 */
public enum PublicationState {
    DRAFT, IN_REVIEW, PUBLISHED, ARCHIVED;

    /** The states one step of the workflow leads to from this one. */
    public Set<PublicationState> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(IN_REVIEW, ARCHIVED);
            case IN_REVIEW -> EnumSet.of(DRAFT, PUBLISHED, ARCHIVED);
            case PUBLISHED -> EnumSet.of(DRAFT, ARCHIVED);
            case ARCHIVED -> EnumSet.of(DRAFT);
        };
    }

    public boolean isPublic() {
        return this == PUBLISHED;
    }
}
