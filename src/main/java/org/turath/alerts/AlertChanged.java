package org.turath.alerts;

import org.turath.shared.LocalizedText;

import java.util.UUID;

/**
 * An alert was created, changed, verified, recovered or withdrawn (sent inside the transaction that did it), with what
 * other modules show of it: open data harvests a public one ({@code shown}) and marks one that stops being public deleted.
 */
public record AlertChanged(UUID id, String reference, boolean shown, AlertEvent event, AlertStatus status, LocalizedText title,
                           LocalizedText objectType, LocalizedText materials, LocalizedText period, LocalizedText description,
                           String inscription, String state) {
}
