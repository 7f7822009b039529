package org.turath.nominations;

import org.turath.shared.LocalizedText;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The Committee inscribed a file: whoever keeps the List publishes the property. Published inside
 * the decision's transaction, so the decision and the inscription commit together or not at all.
 */
public record NominationInscribed(String fileReference, String decisionReference, LocalDate decidedOn, NominationKind kind,
                                  LocalizedText name, LocalizedText description, LocalizedText justification,
                                  List<String> states, List<String> criteria, Double latitude, Double longitude,
                                  BigDecimal areaHectares, List<Part> components, String decidedBy) {

    public NominationInscribed {
        states = List.copyOf(states);
        criteria = List.copyOf(criteria);
        components = List.copyOf(components);
    }

    /** One component of a serial property. */
    public record Part(LocalizedText name, Double latitude, Double longitude, BigDecimal areaHectares) {
    }
}
