package org.turath.risk;

import org.turath.shared.LocalizedText;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A condition report was published, or a published one was taken back (sent inside the transaction that did it), with
 * what the public may read of it, its labels in three languages: open data harvests a published one and marks one that
 * leaves the public pages deleted. Never its exact position: a harvester reads the item and the state, as the public does.
 */
public record ReportChanged(UUID id, boolean published, String itemReference, LocalizedText itemName, String state, LocalDate assessedOn,
                            LocalizedText assessment, LocalizedText condition, LocalizedText extent, List<LocalizedText> factors,
                            LocalizedText summary, LocalizedText action, boolean demonstration) {

    public ReportChanged {
        factors = List.copyOf(factors);
    }
}
