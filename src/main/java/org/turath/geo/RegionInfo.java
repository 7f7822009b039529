package org.turath.geo;

import org.turath.shared.Language;
import org.turath.shared.LocalizedText;

/** One of UNESCO's regions, by its code, e.g. {@code ARAB_STATES}. */
public record RegionInfo(String code, LocalizedText names) {

    public String name(Language language) {
        return names.resolve(language).orElseThrow().text();
    }
}
