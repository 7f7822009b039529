package org.turath.registry.internal.imports;

import org.turath.registry.HeritageKind;
import org.turath.registry.domain.StatusEntry;
import org.turath.shared.LocalizedText;
import org.turath.shared.RichText;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/** One property of UNESCO's World Heritage List export, checked and cleaned. */
record WhcSite(
        int row,
        int idNo,
        String revBis,
        HeritageKind kind,
        LocalizedText name,
        RichText description,
        RichText justification,
        LocalizedText stateLabel,
        List<String> states,
        Set<String> regions,
        Set<String> criteriaCodes,
        Double latitude,
        Double longitude,
        BigDecimal areaHectares,
        Integer inscriptionYear,
        List<StatusEntry> statusTimeline) {
}
