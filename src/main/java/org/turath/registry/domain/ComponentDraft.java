package org.turath.registry.domain;

import org.turath.shared.LocalizedText;

import java.math.BigDecimal;

/** A component of a serial property as an editor gives it. */
public record ComponentDraft(LocalizedText name, Double latitude, Double longitude, BigDecimal areaHectares) {
}
