package org.turath.registry;

import org.turath.shared.LocalizedText;
import org.turath.shared.RichText;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Everything the public may read about one heritage item. */
public record HeritageDetail(
        String reference,
        HeritageKind kind,
        HeritageStatus status,
        LocalizedText name,
        RichText description,
        RichText justification,
        LocalizedText stateLabel,
        List<String> states,
        Set<String> regions,
        List<CriterionInfo> criteria,
        List<ComponentInfo> components,
        List<StatusChangeInfo> statusHistory,
        Double latitude,
        Double longitude,
        BigDecimal areaHectares,
        Integer inscriptionYear,
        LocalizedText communities,
        LocalizedText safeguarding,
        Integer unescoIdNo,
        Instant updatedAt,
        long version,
        PublicationState publication,
        /* a sensitive place: the positions above are rounded (PublicPosition) */
        boolean sensitive) {

    public record ComponentInfo(int position, LocalizedText name, Double latitude, Double longitude, BigDecimal areaHectares) {
    }

    public record StatusChangeInfo(HeritageStatus status, LocalDate effectiveDate, boolean yearOnly, LocalizedText reason,
                                   String decisionRef) {
    }

    public boolean located() {
        return latitude != null && longitude != null;
    }
}
