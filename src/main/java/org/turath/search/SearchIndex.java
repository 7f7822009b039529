package org.turath.search;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.massindexing.MassIndexer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.turath.registry.HeritageDetail;
import org.turath.registry.RegistryApi;
import org.turath.search.internal.IndexDocuments;
import org.turath.search.internal.IndexRollover;
import org.turath.search.internal.SearchDocument;
import org.turath.search.internal.SearchFeed;
import org.turath.shared.Slice;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Looking after the search index: rebuilding the search documents from the modules that own the
 * content, and (re)building the index from the documents with the mass indexer. With the Lucene backend
 * the index lives on this node's disk, so a new or wiped node rebuilds it on start; a shared index is
 * rebuilt without downtime.
 */
@Service
public class SearchIndex {

    /** What a rebuild did: documents written and indexed, and how fast. */
    public record Rebuild(long documents, long indexed, Duration documentsTime, Duration indexingTime) {
        public double indexedPerSecond() {
            return indexingTime.isZero() ? indexed : indexed * 1000.0 / Math.max(1, indexingTime.toMillis());
        }
    }

    private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);
    private static final int PAGE = 500;

    private final RegistryApi registry;
    private final IndexDocuments documents;
    private final EntityManagerFactory entityManagerFactory;
    private final EntityManager entityManager;
    private final TransactionTemplate transactions;
    private final SearchFeed feed;
    private final IndexRollover rollover;

    SearchIndex(RegistryApi registry, IndexDocuments documents, EntityManagerFactory entityManagerFactory, EntityManager entityManager,
                PlatformTransactionManager transactionManager, SearchFeed feed, IndexRollover rollover) {
        this.feed = feed;
        this.rollover = rollover;
        this.registry = registry;
        this.documents = documents;
        this.entityManagerFactory = entityManagerFactory;
        this.entityManager = entityManager;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** Documents and index both rebuilt from the registry. */
    public Rebuild rebuildAll() {
        Instant start = Instant.now();
        long written = rebuildDocuments();
        Duration documentsTime = Duration.between(start, Instant.now());
        Instant indexingStart = Instant.now();
        long indexed = reindex();
        return new Rebuild(written, indexed, documentsTime, Duration.between(indexingStart, Instant.now()));
    }

    /**
     * Brings the search documents in line with the registry, a page at a time, without indexing
     * each write (the mass indexer does that after); removes documents whose item is gone.
     */
    public long rebuildDocuments() {
        long[] written = new long[1];
        // every write goes to the change log as usual (other nodes read it); this node indexes them all after
        feed.deferring(() -> written[0] = writeDocuments());
        return written[0];
    }

    private long writeDocuments() {
        Set<String> seen = new HashSet<>();
        Optional<String> after = Optional.empty();
        long written = 0;
        do {
            Optional<String> from = after;
            Slice<HeritageDetail> page = transactions.execute(status -> {
                Slice<HeritageDetail> details = registry.details(from, PAGE);
                documents.upsertHeritage(details.items());
                entityManager.flush();
                entityManager.clear();
                return details;
            });
            page.items().forEach(item -> seen.add(IndexDocuments.heritageId(item.reference())));
            written += page.items().size();
            after = page.nextCursor();
            if (written % 10_000 < PAGE) {
                log.info("Search documents: {} written", written);
            }
        } while (after.isPresent());
        long removed = transactions.execute(status -> documents.removeHeritageExcept(seen));
        if (removed > 0) {
            log.info("Search documents: {} removed (their items are gone)", removed);
        }
        return written;
    }

    /**
     * Rebuilds the index from the documents with the mass indexer; returns how many were indexed. A shared index
     * (Elasticsearch, OpenSearch) is rebuilt beside the live one and switched to when full ({@link IndexRollover}), so
     * searches on every node go on meanwhile; this node's own Lucene index is emptied and filled again.
     */
    public long reindex() {
        Instant start = Instant.now();
        // what the log holds now is in the documents the indexer reads: the feed goes on after it (and, should a
        // rebuild beside the live index fail, replays into the live one what the failed one took)
        long logAt = feed.latest();
        if (feed.sharedIndex()) {
            try {
                rollover.rollover(() -> massIndex(false), this::documentCount);
            } catch (RuntimeException failed) {
                feed.replayFrom(logAt);
                throw failed;
            }
        } else {
            massIndex(true);
        }
        feed.indexedThrough(logAt);
        long indexed = indexedCount();
        log.info("Search index rebuilt: {} documents in {} ms", indexed, Duration.between(start, Instant.now()).toMillis());
        return indexed;
    }

    private void massIndex(boolean purgeFirst) {
        MassIndexer indexer = Search.mapping(entityManagerFactory).scope(SearchDocument.class).massIndexer()
                .threadsToLoadObjects(2)
                .batchSizeToLoadObjects(500)
                .purgeAllOnStart(purgeFirst)
                // one segment after a rebuild: searches on 100,000 documents are faster by a third
                .mergeSegmentsOnFinish(true);
        try {
            indexer.startAndWait();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while indexing", e);
        }
    }

    public long indexedCount() {
        return transactions.execute(status -> Search.session(entityManager).search(SearchDocument.class)
                .where(f -> f.matchAll()).fetchTotalHitCount());
    }

    public long documentCount() {
        return transactions.execute(status -> documents.count());
    }

    public long heritageDocumentCount() {
        return transactions.execute(status -> documents.heritageCount());
    }

    public long registryCount() {
        return registry.count();
    }
}
