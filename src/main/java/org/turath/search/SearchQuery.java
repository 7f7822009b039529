package org.turath.search;

import org.turath.shared.Language;

import java.util.Optional;
import java.util.Set;

/**
 * A search: a text in any of the three languages (optional), facet filters (values of one facet
 * combine with OR, facets with AND), an area or a circle, an order and a page position.
 */
public record SearchQuery(
        Optional<String> text,
        Set<String> types,
        Set<String> kinds,
        Set<String> statuses,
        Set<String> states,
        Set<String> regions,
        Set<String> criteria,
        Set<Integer> decades,
        boolean inDangerOnly,
        Optional<Box> box,
        Optional<Circle> near,
        Optional<SearchSort> sort,
        Language language,
        Optional<String> cursor,
        int limit) {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;
    public static final int MAX_TEXT_LENGTH = 500;

    /** A geographic box, in degrees. */
    public record Box(double south, double west, double north, double east) {
        public Box {
            if (!(south >= -90 && north <= 90 && south <= north && west >= -180 && east <= 180 && west <= east)) {
                throw new IllegalArgumentException("not a box: " + south + "," + west + "," + north + "," + east);
            }
        }
    }

    /** A circle around a point, radius in kilometres. */
    public record Circle(double latitude, double longitude, double kilometres) {
        public Circle {
            if (!(Math.abs(latitude) <= 90 && Math.abs(longitude) <= 180 && kilometres > 0 && kilometres <= 20_000)) {
                throw new IllegalArgumentException("not a circle");
            }
        }
    }

    public SearchQuery {
        types = Set.copyOf(types);
        kinds = Set.copyOf(kinds);
        statuses = Set.copyOf(statuses);
        states = Set.copyOf(states);
        regions = Set.copyOf(regions);
        criteria = Set.copyOf(criteria);
        decades = Set.copyOf(decades);
        text = text.map(String::strip).filter(t -> !t.isEmpty())
                .map(t -> t.length() > MAX_TEXT_LENGTH ? t.substring(0, MAX_TEXT_LENGTH) : t);
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit out of range");
        }
    }

    public static SearchQuery text(String text, Language language) {
        return new SearchQuery(Optional.ofNullable(text), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(),
                false, Optional.empty(), Optional.empty(), Optional.empty(), language, Optional.empty(), DEFAULT_LIMIT);
    }

    /** The order actually used: the one asked for, else relevance with a text, distance near a point, name otherwise. */
    public SearchSort effectiveSort() {
        return sort.orElseGet(() -> text.isPresent() ? SearchSort.RELEVANCE
                : near.isPresent() ? SearchSort.DISTANCE : SearchSort.NAME);
    }

    /** The same query limited to located documents (the whole world as its box when it has no place of its own). */
    public SearchQuery locatedOnly() {
        return box.isPresent() || near.isPresent() ? this : new SearchQuery(text, types, kinds, statuses, states, regions,
                criteria, decades, inDangerOnly, Optional.of(new Box(-90, -180, 90, 180)), near, sort, language, cursor, limit);
    }

    public boolean filtered() {
        return !(types.isEmpty() && kinds.isEmpty() && statuses.isEmpty() && states.isEmpty() && regions.isEmpty()
                && criteria.isEmpty() && decades.isEmpty()) || inDangerOnly || box.isPresent() || near.isPresent();
    }

    public SearchQuery withCursor(String next) {
        return new SearchQuery(text, types, kinds, statuses, states, regions, criteria, decades, inDangerOnly, box, near, sort,
                language, Optional.ofNullable(next), limit);
    }

    public SearchQuery withLimit(int newLimit) {
        return new SearchQuery(text, types, kinds, statuses, states, regions, criteria, decades, inDangerOnly, box, near, sort,
                language, cursor, newLimit);
    }
}
