package org.turath.registry;

import org.turath.shared.Language;

import java.util.Optional;

/**
 * Filters and position for reading the List. Empty filters match everything; {@code cursor} is
 * the opaque cursor of the previous page.
 */
public record HeritageQuery(
        Optional<String> state,
        Optional<HeritageKind> kind,
        Optional<HeritageStatus> status,
        Optional<String> criterion,
        Optional<Integer> inscriptionYear,
        boolean inDangerOnly,
        HeritageSort sort,
        Language language,
        Optional<String> cursor,
        int limit) {

    public static final int DEFAULT_LIMIT = 24;
    public static final int MAX_LIMIT = 100;

    public HeritageQuery {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
        }
    }

    public static HeritageQuery all(Language language) {
        return new HeritageQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                false, HeritageSort.NAME, language, Optional.empty(), DEFAULT_LIMIT);
    }

    public HeritageQuery inState(String iso2) {
        return new HeritageQuery(Optional.of(iso2), kind, status, criterion, inscriptionYear, inDangerOnly, sort, language, cursor, limit);
    }

    public HeritageQuery after(String nextCursor) {
        return new HeritageQuery(state, kind, status, criterion, inscriptionYear, inDangerOnly, sort, language,
                Optional.ofNullable(nextCursor), limit);
    }

    public HeritageQuery withLimit(int newLimit) {
        return new HeritageQuery(state, kind, status, criterion, inscriptionYear, inDangerOnly, sort, language, cursor, newLimit);
    }

    public HeritageQuery sortedBy(HeritageSort newSort) {
        return new HeritageQuery(state, kind, status, criterion, inscriptionYear, inDangerOnly, newSort, language, cursor, limit);
    }
}
