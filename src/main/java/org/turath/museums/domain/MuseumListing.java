package org.turath.museums.domain;

import org.turath.museums.MuseumKind;
import org.turath.shared.Language;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The directory's keyset query: in the alphabetical order of the reader's language, then by id. */
public interface MuseumListing {

    /** What the directory is narrowed to; empty means any. */
    record Filter(Optional<String> state, Optional<MuseumKind> kind, Optional<String> cityKey,
                  /* only published entries (the public), or every entry */ boolean publishedOnly,
                  /* only the entries this person curates (a curator in the back office) */ Optional<String> curator) {
    }

    /** A position in the directory: the sort key of the last name shown and its id. */
    record After(String sortKey, UUID id) {
    }

    List<Museum> page(Filter filter, Language language, Optional<After> after, int limit);
}
