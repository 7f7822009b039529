package org.turath.exhibitions;

import org.turath.shared.LocalizedText;

import java.util.Set;
import java.util.UUID;

/**
 * An exhibition was created, changed, published or withdrawn (sent inside the transaction that did it), with what
 * other modules show of it: search indexes a published one and forgets a withdrawn one.
 */
public record ExhibitionChanged(UUID id, String reference, boolean published, ExhibitionKind kind, LocalizedText title,
                                LocalizedText introduction, LocalizedText narrative, Set<String> states, Set<String> heritage) {

    public ExhibitionChanged {
        states = Set.copyOf(states);
        heritage = Set.copyOf(heritage);
    }
}
