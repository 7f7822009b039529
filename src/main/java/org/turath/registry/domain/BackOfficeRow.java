package org.turath.registry.domain;

import org.turath.registry.HeritageStatus;
import org.turath.registry.PublicationState;
import org.turath.shared.Language;
import org.turath.shared.LocalizedText;

import java.util.List;
import java.util.Set;

/**
 * An item as the back office's list shows it: its reference, name, states, status and stage, and the languages its
 * description is written in. Read without the item's descriptions and other long texts, which a list of fifty items
 * would otherwise fetch and decode for nothing.
 */
public record BackOfficeRow(String reference, LocalizedText name, HeritageStatus status, PublicationState publication,
                            List<String> states, Set<Language> describedIn) {
}
