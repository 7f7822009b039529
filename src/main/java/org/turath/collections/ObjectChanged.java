package org.turath.collections;

import org.turath.shared.LocalizedText;

import java.util.Set;
import java.util.UUID;

/**
 * An object of a collection was created, changed, published or withdrawn (sent inside the transaction that did it), with
 * what other modules show of it: search indexes a published one and forgets a withdrawn one.
 */
public record ObjectChanged(UUID id, String reference, boolean published, LocalizedText title, LocalizedText objectType,
                            LocalizedText materials, LocalizedText description, String inscription, LocalizedText museum,
                            String state, Integer yearFrom, Set<String> heritage) {

    public ObjectChanged {
        heritage = Set.copyOf(heritage);
    }
}
