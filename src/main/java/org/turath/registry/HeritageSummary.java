package org.turath.registry;

import org.turath.shared.LocalizedText;

import java.util.List;

/** A row of the List. */
public record HeritageSummary(String reference, LocalizedText name, HeritageKind kind, HeritageStatus status,
                              List<String> states, LocalizedText stateLabel, Integer inscriptionYear,
                              Double latitude, Double longitude) {
}
