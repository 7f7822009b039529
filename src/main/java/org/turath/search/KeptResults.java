package org.turath.search;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import jakarta.persistence.EntityManagerFactory;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.backend.lucene.scope.LuceneIndexScope;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.util.common.SearchException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.turath.search.internal.SearchDocument;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The results of a search, kept for the same query while this node's index has not changed. The state of the index is
 * the list of the segments its reader holds, each with its deletions (Lucene's reader cache keys, compared by
 * identity): any document this node indexes or removes gives a new list, so a result is never shown for an index that
 * has moved on, on this node or on another that fed its own index from the change log. A result is kept only when the
 * index was in the same state before and after the search ran, so it cannot be one read from a newer index and filed
 * under the older state.
 *
 * <p>Only on the embedded Lucene backend: a search cluster is shared by the nodes, which cannot see its state from
 * here (and it keeps its own request cache). Hits and misses are counted in {@code turath.search.kept}.
 */
@Component
class KeptResults {

    private static final Logger log = LoggerFactory.getLogger(KeptResults.class);

    private record Key(SearchQuery query, List<Object> state) {
    }

    private final EntityManagerFactory entityManagerFactory;
    private final Cache<Key, SearchResult> results;
    private final boolean enabled;
    private final Counter hits;
    private final Counter misses;
    /** This node's Lucene index, found at the first search (empty on a search cluster); null until then. */
    private volatile Optional<LuceneIndexScope> index;

    KeptResults(EntityManagerFactory entityManagerFactory,
                @Value("${turath.search.kept-results.max-hits:10000}") long maxHits,
                @Value("${turath.search.kept-results.keep-for:10m}") Duration keepFor,
                ObjectProvider<MeterRegistry> meters) {
        this.entityManagerFactory = entityManagerFactory;
        this.enabled = maxHits > 0;
        // weighed by the hits a result holds (a page of the API holds up to 100, the portal's 20), its facets counted as one
        this.results = Caffeine.newBuilder().maximumWeight(Math.max(maxHits, 0))
                .weigher((Key key, SearchResult result) -> 1 + result.hits().size()).expireAfterAccess(keepFor).build();
        MeterRegistry registry = meters.getIfAvailable(CompositeMeterRegistry::new);
        this.hits = Counter.builder("turath.search.kept").tag("result", "hit").register(registry);
        this.misses = Counter.builder("turath.search.kept").tag("result", "miss").register(registry);
    }

    /** The results of {@code query}: kept ones for the index as it is now, or those {@code search} finds. */
    SearchResult get(SearchQuery query, Supplier<SearchResult> search) {
        List<Object> before = state();
        if (before == null) {
            return search.get();
        }
        Key key = new Key(query, before);
        SearchResult kept = results.getIfPresent(key);
        if (kept != null) {
            hits.increment();
            return kept;
        }
        misses.increment();
        SearchResult found = search.get();
        if (before.equals(state())) {
            results.put(key, found);
        }
        return found;
    }

    /** The segments (with their deletions) this node's index reader holds now; null when results are not kept. */
    private List<Object> state() {
        if (!enabled || luceneIndex().isEmpty()) {
            return null;
        }
        try (IndexReader reader = luceneIndex().get().openIndexReader()) {
            List<Object> segments = new ArrayList<>(reader.leaves().size());
            for (LeafReaderContext leaf : reader.leaves()) {
                IndexReader.CacheHelper helper = leaf.reader().getReaderCacheHelper();
                if (helper == null) {
                    return null;
                }
                segments.add(helper.getKey());
            }
            return segments;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The scope of this node's Lucene index, asked for once: only whether the backend is Lucene is answered by an
     * exception, so an index that cannot be read for a moment never turns keeping off for good.
     */
    private Optional<LuceneIndexScope> luceneIndex() {
        Optional<LuceneIndexScope> found = index;
        if (found == null) {
            try {
                found = Optional.of(Search.mapping(entityManagerFactory).scope(SearchDocument.class).extension(LuceneExtension.get()));
            } catch (SearchException notLucene) {
                log.info("Search results are not kept: the index is not this node's own ({})", notLucene.getMessage());
                found = Optional.empty();
            }
            index = found;
        }
        return found;
    }
}
