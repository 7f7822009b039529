package org.turath.museums;

import org.turath.shared.LocalizedText;

import java.util.Set;
import java.util.UUID;

/**
 * A museum's entry was created, changed, published or withdrawn (sent inside the transaction that did it), with what
 * other modules show of it: search indexes a published one and forgets a withdrawn one; open data harvests it.
 */
public record MuseumChanged(UUID id, String reference, boolean published, LocalizedText name, LocalizedText city,
                            LocalizedText description, MuseumKind kind, String state, Integer founded, String website,
                            Set<String> heritage) {

    public MuseumChanged {
        heritage = Set.copyOf(heritage);
    }
}
