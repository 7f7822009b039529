package org.turath.collections.domain;

import org.turath.shared.Language;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The collection's keyset query: in the alphabetical order of the reader's language, then by id. */
public interface CollectionListing {

    /** What a list is narrowed to; empty means any. */
    record Filter(Optional<UUID> museum, /* only published objects (the public) */ boolean publishedOnly,
                  /* only objects of these museums (a curator's), when present */ Optional<Collection<UUID>> museums) {
    }

    /** A position in the list: the sort key of the last title shown and its id. */
    record After(String sortKey, UUID id) {
    }

    List<CollectionObject> page(Filter filter, Language language, Optional<After> after, int limit);
}
