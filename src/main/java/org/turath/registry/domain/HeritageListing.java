package org.turath.registry.domain;

import org.turath.registry.HeritageKind;
import org.turath.registry.HeritageSort;
import org.turath.registry.HeritageStatus;
import org.turath.shared.Language;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reads the List a page at a time by keyset: the rows after a given (sort value, id). */
public interface HeritageListing {

    record Filter(Optional<String> state, Optional<HeritageKind> kind, Optional<HeritageStatus> status,
                  Optional<Long> criterionId, Optional<Integer> inscriptionYear, boolean inDangerOnly) {
    }

    /** Where the previous page ended: its last row's sort value (a sort key or a year) and id. */
    record After(String sortValue, UUID id) {
    }

    /** Up to {@code limit} items matching the filter, in order, after {@code after} if given. */
    List<HeritageItem> page(Filter filter, HeritageSort sort, Language language, Optional<After> after, int limit);

    /**
     * The back office's list, newest reference first, after {@code beforeReference} if given:
     * any publication state (or one), optionally one state, and only items of {@code scope} when
     * it is not empty (a focal point's states); {@code text} narrows to names (in any language, any case) containing
     * it or the reference it is, {@code missing} to items whose name or description lacks that language.
     */
    List<BackOfficeRow> backOfficePage(Optional<org.turath.registry.PublicationState> publication, Optional<String> state,
                                       java.util.Set<String> scope, Optional<String> text, Optional<Language> missing,
                                       Optional<String> beforeReference, int limit);

    /** The value that orders {@code item} in {@code sort}, for the cursor after it. */
    static String sortValue(HeritageItem item, HeritageSort sort, Language language) {
        return switch (sort) {
            case NAME -> item.sortKey(language);
            case YEAR -> String.valueOf(item.inscriptionYear() == null ? 0 : item.inscriptionYear());
        };
    }
}
