package org.turath.search;

import jakarta.persistence.EntityManager;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.aggregation.SearchAggregation;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.engine.search.query.dsl.SearchQueryOptionsStep;
import org.hibernate.search.engine.search.sort.dsl.SearchSortFactory;
import org.hibernate.search.engine.search.sort.dsl.SortFinalStep;
import org.hibernate.search.engine.search.projection.dsl.ProjectionFinalStep;
import org.hibernate.search.engine.spatial.DistanceUnit;
import org.hibernate.search.engine.spatial.GeoPoint;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.turath.search.internal.SearchDocument;
import org.turath.shared.InvalidRequestException;
import org.turath.shared.KeysetCursor;
import org.turath.shared.Html;
import org.turath.shared.Language;
import org.turath.shared.LocalizedText;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import static org.turath.search.internal.SearchFieldNames.*;

/**
 * Searching all public content. Counts and facets come from the index, never from the database;
 * pages by name or year are keyset-paged inside the index (the cursor holds the last sort key), so
 * a deep page costs what the first does; relevance and distance pages carry their offset.
 */
@Service
@Transactional(readOnly = true)
public class SearchApi {

    private static final Pattern SEARCHABLE = Pattern.compile("[\\p{L}\\p{N}]");
    private static final int SNIPPET_SIZE = 180;
    /** Relevance and distance pages go this deep at most (as search engines' result windows do); name and year pages have no limit. */
    static final int MAX_OFFSET = 10_000;
    private static final int MARKER_CHUNK = 2_000;
    private static final int POSITION_BATCH = 1_000;

    private final EntityManager entityManager;

    private final org.turath.search.internal.Thesaurus thesaurus;
    private final KeptResults kept;

    SearchApi(EntityManager entityManager, org.turath.search.internal.Thesaurus thesaurus, KeptResults kept) {
        this.entityManager = entityManager;
        this.thesaurus = thesaurus;
        this.kept = kept;
    }

    /**
     * The results of {@code query}. When its words match nothing exactly, the search runs again
     * forgiving typos in names (fuzzy matching is costly, so it is the fallback, not the rule). The same query on an
     * index that has not changed is answered from {@link KeptResults}.
     */
    public org.turath.search.SearchResult search(SearchQuery query) {
        return kept.get(query, () -> searchIndex(query));
    }

    private org.turath.search.SearchResult searchIndex(SearchQuery query) {
        org.turath.search.SearchResult exact = run(query, false);
        if (exact.total() == 0 && query.text().map(SearchApi::allowedEdits).orElse(0) > 0) {
            return run(query, true);
        }
        return exact;
    }

    private org.turath.search.SearchResult run(SearchQuery query, boolean forgiveTypos) {
        SearchSession session = Search.session(entityManager);
        Language language = query.language();
        org.turath.search.SearchSort sort = query.effectiveSort();
        Position position = position(query, sort);
        boolean highlight = query.text().isPresent() && !forgiveTypos;

        var pageQuery = session.search(SearchDocument.class)
                .select(f -> f.composite().from(
                        f.field(TYPE, String.class),
                        f.field(REFERENCE, String.class),
                        f.field(NAME_AR, String.class),
                        f.field(NAME_EN, String.class),
                        f.field(NAME_FR, String.class),
                        f.field(KIND, String.class),
                        f.field(STATUS, String.class),
                        f.field(STATE, String.class).list(),
                        f.field(YEAR, Integer.class),
                        f.field(LOCATION, GeoPoint.class),
                        // only words typed are marked; typo-forgiving matches are not: the marked word would not be the one typed
                        highlight ? (ProjectionFinalStep<String>) f.highlight(name(language)).single() : f.constant((String) null),
                        highlight ? (ProjectionFinalStep<String>) f.highlight(text(language)).single() : f.constant((String) null),
                        f.field(sort(language), String.class),
                        highlight ? f.constant((String) null) : f.field(text(language), String.class)).asList())
                .where(f -> {
                    var root = f.bool().must(matching(f, query, forgiveTypos));
                    position.after().ifPresent(after -> root.filter(after.apply(f)));
                    return root;
                })
                .sort(f -> order(f, query, sort))
                // marked with private-use characters, unencoded: Html.marked escapes the whole text and turns only those into
                // <mark> (the highlighter's own encoder leaves a field that has no match, shown whole, unescaped)
                .highlighter(h -> h.plain().tag(Html.MARK_OPEN, Html.MARK_CLOSE).encoder(HighlighterEncoder.DEFAULT)
                        .fragmentSize(SNIPPET_SIZE).numberOfFragments(1).noMatchSize(SNIPPET_SIZE));

        // the total and the facets are those of the whole result, whatever the page. Without a keyset position (the first
        // page of a list, every page of a text search, which pages by offset) the page's own query counts them in the same
        // pass; after a keyset cursor they are counted by a query of their own, without the "after the cursor" filter (so
        // the second page of the List still says 246, not what is left after the first)
        Facets facets = Facets.of(session);
        List<List<?>> rows;
        SearchResult<?> counted;
        if (position.after().isEmpty()) {
            SearchResult<List<?>> result = facets.on(pageQuery).fetch(position.offset(), query.limit() + 1);
            rows = result.hits();
            counted = result;
        } else {
            rows = pageQuery.fetchHits(position.offset(), query.limit() + 1);
            counted = facets.on(session.search(SearchDocument.class).where(f -> f.bool().must(matching(f, query, forgiveTypos)))).fetch(0);
        }

        boolean more = rows.size() > query.limit();
        List<List<?>> page = more ? rows.subList(0, query.limit()) : rows;
        List<org.turath.search.SearchResult.Hit> hits = page.stream().map(row -> hit(row, language, query)).toList();

        Map<String, List<org.turath.search.SearchResult.FacetCount>> counts = new LinkedHashMap<>();
        counts.put("type", counts(counted.aggregation(Facets.TYPE), query.types()));
        counts.put("kind", counts(counted.aggregation(Facets.KIND), query.kinds()));
        counts.put("status", counts(counted.aggregation(Facets.STATUS), query.statuses()));
        counts.put("state", counts(counted.aggregation(Facets.STATE), query.states()));
        counts.put("region", counts(counted.aggregation(Facets.REGION), query.regions()));
        counts.put("criterion", counts(counted.aggregation(Facets.CRITERION), query.criteria()));
        counts.put("decade", counts(counted.aggregation(Facets.DECADE), query.decades().stream().map(String::valueOf)
                .collect(java.util.stream.Collectors.toSet())));
        counts.put("danger", counts(filterTrue(counted.aggregation(Facets.DANGER)), query.inDangerOnly() ? Set.of("true") : Set.of()));

        boolean windowEnds = position.sortCode().startsWith("O:") && position.offset() + query.limit() >= MAX_OFFSET;
        Optional<String> next = more && !windowEnds ? Optional.of(position.next(page.get(page.size() - 1))) : Optional.empty();
        return new org.turath.search.SearchResult(hits, counted.total().hitCount(), counts, next);
    }

    /** Names beginning with what was typed, in any language, best first. */
    public List<Suggestion> suggest(String typed, Language language, int max) {
        if (typed == null || typed.strip().length() < 2 || !SEARCHABLE.matcher(typed).find()) {
            return List.of();
        }
        String text = typed.strip().length() > 100 ? typed.strip().substring(0, 100) : typed.strip();
        return Search.session(entityManager).search(SearchDocument.class)
                .select(f -> f.composite().from(f.field(REFERENCE, String.class), f.field(NAME_AR, String.class),
                        f.field(NAME_EN, String.class), f.field(NAME_FR, String.class)).asList())
                .where(f -> f.match().field(SUGGEST).matching(text).minimumShouldMatchPercent(100))
                .fetchHits(max).stream()
                .map(row -> {
                    LocalizedText names = new LocalizedText((String) row.get(1), (String) row.get(2), (String) row.get(3));
                    var shown = names.resolve(language).orElseThrow();
                    return new Suggestion((String) row.get(0), shown.text(), shown.lang());
                })
                .toList();
    }

    /**
     * Up to {@code max} located results of the query, for the map. Read in chunks with a scroll, as a search cluster
     * answers no single request beyond its result window (10,000 by default).
     */
    public List<MapMarker> markers(SearchQuery query, int max) {
        Language language = query.language();
        List<List<?>> rows = located(query, max, f -> f.composite().from(f.field(REFERENCE, String.class),
                f.field(NAME_AR, String.class), f.field(NAME_EN, String.class), f.field(NAME_FR, String.class),
                f.field(LOCATION, GeoPoint.class), f.field(KIND, String.class), f.field(STATUS, String.class)).asList());
        return rows.stream()
                .map(row -> {
                    GeoPoint point = (GeoPoint) row.get(4);
                    String name = new LocalizedText((String) row.get(1), (String) row.get(2), (String) row.get(3))
                            .resolve(language).map(l -> l.text()).orElse((String) row.get(0));
                    return new MapMarker((String) row.get(0), name, point.latitude(), point.longitude(),
                            (String) row.get(5), (String) row.get(6));
                })
                .toList();
    }

    /**
     * Where up to {@code max} located results of the query are, with their kind and status, for a map that names
     * none (the map page's first view). The index gives only the results' ids, which it reads from doc values; their
     * positions come from the documents' rows, a thousand at a time. Projected fields would unpack each result's
     * stored document, texts included: with them the map page was drawn about 100 times a second, with the rows 170.
     */
    public List<MapMarker.Position> positions(SearchQuery query, int max) {
        List<String> ids = located(query, max, f -> f.id(String.class));
        List<MapMarker.Position> positions = new ArrayList<>(ids.size());
        for (int from = 0; from < ids.size(); from += POSITION_BATCH) {
            entityManager.createQuery("select d.latitude, d.longitude, d.kind, d.status from SearchDocument d"
                            + " where d.id in :ids and d.latitude is not null and d.longitude is not null", Object[].class)
                    .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + POSITION_BATCH)))
                    .getResultStream()
                    .forEach(row -> positions.add(new MapMarker.Position((Double) row[0], (Double) row[1], (String) row[2],
                            (String) row[3])));
        }
        return positions;
    }

    /** Up to {@code max} of the query's located results as {@code projection} gives them, read in chunks with a scroll. */
    private <T> List<T> located(SearchQuery query, int max,
                                Function<org.hibernate.search.engine.search.projection.dsl.SearchProjectionFactory<?, ?>,
                                        ? extends ProjectionFinalStep<T>> projection) {
        List<T> rows = new ArrayList<>();
        try (org.hibernate.search.engine.search.query.SearchScroll<T> scroll = Search.session(entityManager).search(SearchDocument.class)
                .select(f -> projection.apply(f))
                .where(f -> f.bool().must(matching(f, query, false)).filter(f.exists().field(LOCATION)))
                .scroll(Math.min(max, MARKER_CHUNK))) {
            for (var chunk = scroll.next(); chunk.hasHits() && rows.size() < max; chunk = scroll.next()) {
                rows.addAll(chunk.hits().subList(0, Math.min(chunk.hits().size(), max - rows.size())));
            }
        }
        return rows;
    }

    private SearchPredicate matching(SearchPredicateFactory f, SearchQuery query, boolean forgiveTypos) {
        BooleanPredicateClausesStep<?, ?> bool = f.bool();
        bool.must(f.matchAll());
        query.text().filter(text -> SEARCHABLE.matcher(text).find()).ifPresent(text -> {
            var words = f.bool().should(f.simpleQueryString()
                    .field(NAME_AR).boost(4f).field(NAME_EN).boost(4f).field(NAME_FR).boost(4f).field(NAMES).boost(3f)
                    .field(TEXT_AR).field(TEXT_EN).field(TEXT_FR)
                    // a word of the heritage thesaurus also finds its synonyms and plurals, in the three languages
                    .matching(thesaurus.expand(text)).defaultOperator(BooleanOperator.AND));
            int edits = allowedEdits(text);
            if (forgiveTypos && edits > 0) {
                // a misspelt name still finds its item
                words.should(f.match().field(NAME_AR).field(NAME_EN).field(NAME_FR).field(NAMES)
                        .matching(text).fuzzy(edits, 1).minimumShouldMatchPercent(100).boost(0.5f));
            }
            bool.must(words.minimumShouldMatchNumber(1));
        });
        anyOf(f, bool, TYPE, query.types());
        anyOf(f, bool, KIND, query.kinds());
        anyOf(f, bool, STATUS, query.statuses());
        anyOf(f, bool, STATE, query.states());
        anyOf(f, bool, REGION, query.regions());
        anyOf(f, bool, CRITERION, query.criteria());
        if (!query.decades().isEmpty()) {
            bool.filter(f.terms().field(DECADE).matchingAny(query.decades()));
        }
        if (query.inDangerOnly()) {
            bool.filter(f.match().field(IN_DANGER).matching(true));
        }
        query.box().ifPresent(box -> bool.filter(f.spatial().within().field(LOCATION)
                .boundingBox(box.north(), box.west(), box.south(), box.east())));
        query.near().ifPresent(circle -> bool.filter(f.spatial().within().field(LOCATION)
                .circle(circle.latitude(), circle.longitude(), circle.kilometres(), DistanceUnit.KILOMETERS)));
        return bool.toPredicate();
    }

    /** Typos forgiven as Lucene's "auto" fuzziness does: none in short words, one in middling, two in long ones. */
    private static int allowedEdits(String text) {
        int shortest = java.util.Arrays.stream(text.split("[^\\p{L}\\p{N}]+")).filter(word -> !word.isEmpty())
                .mapToInt(String::length).min().orElse(0);
        return shortest >= 8 ? 2 : shortest >= 4 ? 1 : 0;
    }

    private static void anyOf(SearchPredicateFactory f, BooleanPredicateClausesStep<?, ?> bool, String field, Set<String> values) {
        if (!values.isEmpty()) {
            bool.filter(f.terms().field(field).matchingAny(values));
        }
    }

    private static SortFinalStep order(SearchSortFactory f, SearchQuery query, org.turath.search.SearchSort sort) {
        String byName = sort(query.language());
        return switch (sort) {
            case RELEVANCE -> f.composite().add(f.score()).add(f.field(byName));
            case NAME -> f.field(byName);
            case YEAR -> f.composite().add(f.field(YEAR).desc()).add(f.field(byName));
            case DISTANCE -> {
                SearchQuery.Circle circle = query.near().orElseThrow(() -> new InvalidRequestException("sort"));
                yield f.composite().add(f.distance(LOCATION, GeoPoint.of(circle.latitude(), circle.longitude())))
                        .add(f.field(byName));
            }
        };
    }

    /** Where a page starts: an offset, or a keyset predicate. */
    /** The eight facets of a search, built once for a search and added to whichever query counts them. */
    private record Facets(SearchAggregation<Map<String, Long>> type, SearchAggregation<Map<String, Long>> kind,
                          SearchAggregation<Map<String, Long>> status, SearchAggregation<Map<String, Long>> state,
                          SearchAggregation<Map<String, Long>> region, SearchAggregation<Map<String, Long>> criterion,
                          SearchAggregation<Map<Integer, Long>> decade, SearchAggregation<Map<Boolean, Long>> danger) {

        static final AggregationKey<Map<String, Long>> TYPE = AggregationKey.of("type");
        static final AggregationKey<Map<String, Long>> KIND = AggregationKey.of("kind");
        static final AggregationKey<Map<String, Long>> STATUS = AggregationKey.of("status");
        static final AggregationKey<Map<String, Long>> STATE = AggregationKey.of("state");
        static final AggregationKey<Map<String, Long>> REGION = AggregationKey.of("region");
        static final AggregationKey<Map<String, Long>> CRITERION = AggregationKey.of("criterion");
        static final AggregationKey<Map<Integer, Long>> DECADE = AggregationKey.of("decade");
        static final AggregationKey<Map<Boolean, Long>> DANGER = AggregationKey.of("danger");

        static Facets of(SearchSession session) {
            var f = session.scope(SearchDocument.class).aggregation();
            return new Facets(f.terms().field(org.turath.search.internal.SearchFieldNames.TYPE, String.class).maxTermCount(20).toAggregation(),
                    f.terms().field(org.turath.search.internal.SearchFieldNames.KIND, String.class).maxTermCount(20).toAggregation(),
                    f.terms().field(org.turath.search.internal.SearchFieldNames.STATUS, String.class).maxTermCount(20).toAggregation(),
                    f.terms().field(org.turath.search.internal.SearchFieldNames.STATE, String.class).maxTermCount(300).toAggregation(),
                    f.terms().field(org.turath.search.internal.SearchFieldNames.REGION, String.class).maxTermCount(20).toAggregation(),
                    f.terms().field(org.turath.search.internal.SearchFieldNames.CRITERION, String.class).maxTermCount(60)
                            .orderByTermAscending().toAggregation(),
                    f.terms().field(org.turath.search.internal.SearchFieldNames.DECADE, Integer.class).maxTermCount(200)
                            .orderByTermDescending().toAggregation(),
                    f.terms().field(IN_DANGER, Boolean.class).toAggregation());
        }

        /** {@code query} counting the facets too (the query's options step adds them to itself and returns itself). */
        <Q extends SearchQueryOptionsStep<?, ?, ?, ?, ?, ?>> Q on(Q query) {
            query.aggregation(TYPE, type).aggregation(KIND, kind).aggregation(STATUS, status).aggregation(STATE, state)
                    .aggregation(REGION, region).aggregation(CRITERION, criterion).aggregation(DECADE, decade)
                    .aggregation(DANGER, danger);
            return query;
        }
    }

    private record Position(int offset, Optional<Function<SearchPredicateFactory, SearchPredicate>> after,
                            Function<List<?>, List<String>> cursorValues, String sortCode) {

        String next(List<?> lastRow) {
            List<String> values = new ArrayList<>();
            values.add(sortCode);
            values.addAll(cursorValues.apply(lastRow));
            return new KeysetCursor(values).encode();
        }
    }

    private static final int ROW_YEAR = 8;
    private static final int ROW_SORT_KEY = 12;

    /**
     * Browsing (no text) by name or year pages by keyset inside the index. Everything else — any
     * search with text, any order by relevance or distance — pages by offset within
     * {@link #MAX_OFFSET}: a keyset range in a text query would make the highlighter expand
     * every term of the range.
     */
    private static Position position(SearchQuery query, org.turath.search.SearchSort sort) {
        String byName = sort(query.language());
        boolean keyset = query.text().isEmpty()
                && (sort == org.turath.search.SearchSort.NAME || sort == org.turath.search.SearchSort.YEAR);
        if (!keyset) {
            String code = "O:" + sort.name();
            int offset = query.cursor().map(cursor -> {
                KeysetCursor decoded = KeysetCursor.decode(cursor, 2);
                expect(decoded.value(0).equals(code));
                expect(decoded.value(1).matches("\\d{1,6}") && Integer.parseInt(decoded.value(1)) <= MAX_OFFSET);
                return Integer.parseInt(decoded.value(1));
            }).orElse(0);
            return new Position(offset, Optional.empty(), row -> List.of(String.valueOf(offset + query.limit())), code);
        }
        if (sort == org.turath.search.SearchSort.NAME) {
            Optional<Function<SearchPredicateFactory, SearchPredicate>> after = query.cursor().map(cursor -> {
                KeysetCursor decoded = KeysetCursor.decode(cursor, 2);
                expect(decoded.value(0).equals(sort.name()));
                String key = decoded.value(1);
                return f -> f.range().field(byName).greaterThan(key).toPredicate();
            });
            return new Position(0, after, row -> List.of((String) row.get(ROW_SORT_KEY)), sort.name());
        }
        Optional<Function<SearchPredicateFactory, SearchPredicate>> after = query.cursor().map(cursor -> {
            KeysetCursor decoded = KeysetCursor.decode(cursor, 3);
            expect(decoded.value(0).equals(sort.name()) && decoded.value(1).matches("\\d{1,4}"));
            int year = Integer.parseInt(decoded.value(1));
            String key = decoded.value(2);
            return f -> f.or(f.range().field(YEAR).lessThan(year),
                    f.and(f.match().field(YEAR).matching(year), f.range().field(byName).greaterThan(key))).toPredicate();
        });
        return new Position(0, after, row -> List.of(String.valueOf(row.get(ROW_YEAR) == null ? 0 : row.get(ROW_YEAR)),
                (String) row.get(ROW_SORT_KEY)), sort.name());
    }

    private static void expect(boolean condition) {
        if (!condition) {
            throw new InvalidRequestException("cursor");
        }
    }

    private static org.turath.search.SearchResult.Hit hit(List<?> row, Language language, SearchQuery query) {
        LocalizedText name = new LocalizedText((String) row.get(2), (String) row.get(3), (String) row.get(4));
        GeoPoint location = (GeoPoint) row.get(9);
        Integer year = (Integer) row.get(ROW_YEAR);
        @SuppressWarnings("unchecked")
        List<String> states = (List<String>) row.get(7);
        Html snippet = row.get(11) != null ? Html.marked((String) row.get(11)) : excerpt((String) row.get(13));
        return new org.turath.search.SearchResult.Hit((String) row.get(0), (String) row.get(1), name, Html.marked((String) row.get(10)),
                snippet, language.tag(), (String) row.get(5), (String) row.get(6), states,
                year == null || year == 0 ? null : year,
                location == null ? null : location.latitude(), location == null ? null : location.longitude());
    }

    /** The beginning of a text, escaped for HTML like the highlighter's snippets. */
    private static Html excerpt(String text) {
        if (text == null) {
            return null;
        }
        String cut = text.length() <= SNIPPET_SIZE ? text : text.substring(0, text.lastIndexOf(' ', SNIPPET_SIZE) > 0
                ? text.lastIndexOf(' ', SNIPPET_SIZE) : SNIPPET_SIZE);
        return Html.escaped(cut);
    }

    private static <K> List<org.turath.search.SearchResult.FacetCount> counts(Map<K, Long> counts, Set<String> selected) {
        List<org.turath.search.SearchResult.FacetCount> values = new ArrayList<>();
        counts.forEach((value, count) -> values.add(new org.turath.search.SearchResult.FacetCount(String.valueOf(value), count,
                selected.contains(String.valueOf(value)))));
        for (String chosen : selected) {
            if (values.stream().noneMatch(v -> v.value().equals(chosen))) {
                values.add(new org.turath.search.SearchResult.FacetCount(chosen, 0, true));
            }
        }
        return values;
    }

    private static Map<String, Long> filterTrue(Map<Boolean, Long> counts) {
        Long inDanger = counts.get(Boolean.TRUE);
        return inDanger == null || inDanger == 0 ? Map.of() : Map.of("true", inDanger);
    }
}
