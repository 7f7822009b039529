package org.turath.geo;

import org.turath.shared.Language;
import org.turath.shared.LocalizedText;

import java.util.Optional;

/** A country as other modules see it. */
public record CountryInfo(String iso2, String iso3, String isoNumeric, LocalizedText names, Optional<Membership> membership) {

    public String name(Language language) {
        return names.resolve(language).orElseThrow().text();
    }

    public boolean memberState() {
        return membership.filter(Membership.MEMBER::equals).isPresent();
    }
}
