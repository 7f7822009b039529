package org.turath.partners.domain;

import org.turath.shared.Language;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Partners a page at a time, in the alphabetical order of the reader's language, then by id (keyset). */
public interface PartnerListing {

    /** What a list is narrowed to: a kind and a country ('' for any), and whether only partners shown in public. */
    record Filter(String kind, String country, /* party to at least one concluded agreement */ boolean shownOnly) {
    }

    /** A position in the list: the sort key of the last name shown and its id. */
    record After(String sortKey, UUID id) {
    }

    List<Partner> page(Filter filter, Language language, Optional<After> after, int limit);
}
