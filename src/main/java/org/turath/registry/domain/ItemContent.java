package org.turath.registry.domain;

import org.turath.registry.HeritageKind;
import org.turath.shared.LocalizedText;
import org.turath.shared.RichText;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * Everything that describes a heritage item, as one value: what an editor or an import gives and
 * what {@link HeritageItem#revise(ItemContent)} compares against.
 */
public record ItemContent(
        HeritageKind kind,
        LocalizedText name,
        RichText description,
        RichText justification,
        LocalizedText stateLabel,
        List<String> states,
        Set<String> regions,
        Set<Criterion> criteria,
        Double latitude,
        Double longitude,
        BigDecimal areaHectares,
        Integer inscriptionYear,
        Integer unescoIdNo,
        String unescoRevBis) {

    public ItemContent {
        states = List.copyOf(states);
        regions = Set.copyOf(regions);
        criteria = Set.copyOf(criteria);
        if (name.isEmpty()) {
            throw new IllegalArgumentException("A heritage item needs a name in at least one language");
        }
    }
}
