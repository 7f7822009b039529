package org.turath.search.internal;

import jakarta.persistence.EntityManager;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.mapper.orm.work.SearchIndexingPlan;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Feeds the search index from the change log ({@code search_change}, written by {@link SearchChangeLog} in the
 * transactions that change documents). Every node polls the log ({@code turath.search.feed.interval}, a second by
 * default) and brings the index to each changed document's current row, or removes it: at least once, and applying an
 * entry twice changes nothing.
 * <ul>
 *     <li>With embedded Lucene each node keeps a whole index of its own, fed from the one log: how far it has read is
 *     kept beside the index ({@value #POSITION_FILE}), written only once the index has committed what it read, so a
 *     node killed at any moment reads again from there. A node's index built from another database's log is rebuilt.</li>
 *     <li>With Elasticsearch or OpenSearch the index is shared: one node at a time feeds it (a row lock taken with
 *     {@code skip locked}), and the position is the {@code shared} row of {@code search_feed}.</li>
 * </ul>
 * The node that makes a change also applies it to its index just after its commit ({@link #applied}), so a person sees
 * their own change at once; the feed makes it durable and carries it to the other nodes.
 * <p>
 * Entries are numbered before their transaction commits, so a later number can be read before an earlier one is
 * committed. The feed remembers the numbers it passed over and reads them again until they appear or
 * {@code turath.search.feed.gap-wait} has gone by (a transaction that rolled back leaves a number that never will).
 */
@Component
public class SearchFeed {

    static final String POSITION_FILE = "turath-feed-position";
    private static final Logger log = LoggerFactory.getLogger(SearchFeed.class);
    private static final int BATCH = 500;
    /** Batches one poll applies before it lets go (of the shared lock, too). */
    private static final int ROUNDS = 40;
    private static final int MAX_GAPS = 200_000;

    private record Entry(long seq, String documentId) {
    }

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final EntityManager entityManager;
    private final SearchDocuments documents;
    private final TransactionTemplate reading;
    private final TransactionTemplate locking;
    private final boolean applyAfterCommit;
    private final Duration gapWait;
    private final Duration retention;
    /** Where a node's own index keeps its position; null when the index is shared. */
    private final Path positionFile;

    private final ReentrantLock feeding = new ReentrantLock();
    private final ReentrantLock indexing = new ReentrantLock();
    /** Numbers passed over that may still commit, with when they were first missed (guarded by {@link #feeding}). */
    private final NavigableMap<Long, Instant> gaps = new TreeMap<>();
    /** How far this node read, and the position it last saved: reading goes on from {@code reached} while the saved one stands. */
    private long reached = -1;
    private long saved = -1;
    private final ThreadLocal<Boolean> deferred = ThreadLocal.withInitial(() -> false);
    private volatile String logId;

    SearchFeed(JdbcTemplate jdbc, EntityManager entityManager, SearchDocuments documents, PlatformTransactionManager transactionManager,
               @Value("${spring.jpa.properties.hibernate.search.backend.type:lucene}") String backend,
               @Value("${spring.jpa.properties.hibernate.search.backend.directory.root:}") String indexRoot,
               @Value("${turath.search.feed.after-commit:true}") boolean applyAfterCommit,
               @Value("${turath.search.feed.gap-wait:PT10M}") Duration gapWait,
               @Value("${turath.search.feed.retention:P7D}") Duration retention) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
        this.entityManager = entityManager;
        this.documents = documents;
        this.reading = new TransactionTemplate(transactionManager);
        this.reading.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.reading.setReadOnly(true);
        this.locking = new TransactionTemplate(transactionManager);
        this.locking.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.applyAfterCommit = applyAfterCommit;
        this.gapWait = gapWait;
        this.retention = retention;
        boolean shared = "elasticsearch".equalsIgnoreCase(backend.strip());
        this.positionFile = shared || indexRoot.isBlank() ? null : Path.of(indexRoot).resolve(POSITION_FILE);
    }

    /** Whether the index is shared by every node (Elasticsearch, OpenSearch) rather than this node's own. */
    public boolean sharedIndex() {
        return positionFile == null;
    }

    /** After a commit on this node: its documents brought to the index at once (the feed follows, durably). */
    void applied(Collection<String> ids) {
        if (!applyAfterCommit || deferred.get() || ids.isEmpty()) {
            return;
        }
        try {
            index(ids, false);
        } catch (RuntimeException e) {
            // the change is committed and in the log: the next poll applies it
            log.warn("Search index not updated after a commit ({} documents); the feed will apply them: {}", ids.size(), e.toString());
        }
    }

    /** Runs {@code work} without indexing its commits at once (a rebuild, which indexes everything after). */
    public void deferring(Runnable work) {
        boolean before = deferred.get();
        deferred.set(true);
        try {
            work.run();
        } finally {
            deferred.set(before);
        }
    }

    @Scheduled(fixedDelayString = "${turath.search.feed.interval:PT1S}", initialDelayString = "${turath.search.feed.interval:PT1S}")
    void poll() {
        try {
            feed(false);
        } catch (RuntimeException e) {
            log.warn("Search feed: {}", e.toString());
        }
    }

    /**
     * Applies what the log holds beyond this index's position, waiting for a feed running elsewhere to finish first;
     * returns how many entries were read.
     */
    public int catchUp() {
        return feed(true);
    }

    /** {@code wait}: for this node's other feeding thread, or the node feeding a shared index; else skip this turn. */
    private int feed(boolean wait) {
        if (wait) {
            feeding.lock();
        } else if (!feeding.tryLock()) {
            return 0;
        }
        try {
            if (positionFile == null) {
                Integer read = locking.execute(status -> {
                    List<Long> held = jdbc.queryForList("select position from search_feed where name = 'shared' for update"
                            + (wait ? "" : " skip locked"), Long.class);
                    if (held.isEmpty()) {
                        if (jdbc.queryForObject("select count(*) from search_feed where name = 'shared'", Integer.class) > 0) {
                            return 0;   // another node feeds the shared index now
                        }
                        insertPosition("shared", 0);   // the new row is locked by this transaction
                        held = List.of(0L);
                    }
                    return feedFrom(held.get(0), position -> jdbc.update("update search_feed set position = ? where name = 'shared'", position));
                });
                return read == null ? 0 : read;
            }
            OptionalLong position = localPosition();
            return feedFrom(position.orElse(0), this::writeLocalPosition);
        } finally {
            feeding.unlock();
        }
    }

    private int feedFrom(long position, java.util.function.LongConsumer save) {
        if (position != saved) {
            // first read, or another node fed the shared index since: from the saved position, with nothing remembered
            gaps.clear();
            reached = position;
        }
        int read = fillGaps();
        for (int round = 0; round < ROUNDS; round++) {
            List<Entry> entries = jdbc.query("select seq, document_id from search_change where seq > ? order by seq fetch first "
                    + BATCH + " rows only", (rs, n) -> new Entry(rs.getLong(1), rs.getString(2)), reached);
            if (entries.isEmpty()) {
                break;
            }
            index(entries.stream().map(Entry::documentId).collect(Collectors.toCollection(LinkedHashSet::new)), true);
            Instant now = Instant.now();
            long expected = reached + 1;
            for (Entry entry : entries) {
                for (long missing = expected; missing < entry.seq() && gaps.size() < MAX_GAPS; missing++) {
                    gaps.put(missing, now);
                }
                expected = entry.seq() + 1;
            }
            reached = entries.get(entries.size() - 1).seq();
            read += entries.size();
            if (entries.size() < BATCH) {
                break;
            }
        }
        long settled = gaps.isEmpty() ? reached : Math.min(reached, gaps.firstKey() - 1);
        if (settled != saved || read > 0) {
            save.accept(settled);
            saved = settled;
        }
        return read;
    }

    /** Reads again the numbers passed over: those committed since are applied, those too old are given up. */
    private int fillGaps() {
        if (gaps.isEmpty()) {
            return 0;
        }
        Instant giveUp = Instant.now().minus(gapWait);
        int given = 0;
        for (var it = gaps.entrySet().iterator(); it.hasNext(); ) {
            if (it.next().getValue().isBefore(giveUp)) {
                it.remove();
                given++;
            }
        }
        if (given > 0) {
            log.debug("Search feed: {} numbers never committed (rolled back) given up", given);
        }
        List<Long> waiting = new ArrayList<>(gaps.keySet());
        int read = 0;
        for (int from = 0; from < waiting.size(); from += BATCH) {
            List<Entry> found = named.query("select seq, document_id from search_change where seq in (:seqs)",
                    Map.of("seqs", waiting.subList(from, Math.min(waiting.size(), from + BATCH))),
                    (rs, n) -> new Entry(rs.getLong(1), rs.getString(2)));
            if (!found.isEmpty()) {
                index(found.stream().map(Entry::documentId).collect(Collectors.toCollection(LinkedHashSet::new)), true);
                found.forEach(entry -> gaps.remove(entry.seq()));
                read += found.size();
            }
        }
        return read;
    }

    /**
     * Brings the index to the documents' current rows, searchable when this returns; {@code durable}: also committed
     * to the index's storage (the feed, which saves its position after), not only searchable (right after a commit).
     */
    private void index(Collection<String> ids, boolean durable) {
        // one writer at a time on this node, each reading the rows once it holds the turn: a batch read before a later
        // commit can never be written over that commit's own, fresher, indexing
        indexing.lock();
        try {
            write(ids, durable);
        } finally {
            indexing.unlock();
        }
    }

    private void write(Collection<String> ids, boolean durable) {
        reading.executeWithoutResult(status -> {
            SearchSession session = Search.session(entityManager);
            session.indexingPlanSynchronizationStrategy(durable ? IndexingPlanSynchronizationStrategy.sync()
                    : IndexingPlanSynchronizationStrategy.readSync());
            Map<String, SearchDocument> found = documents.findAllById(ids).stream()
                    .collect(Collectors.toMap(SearchDocument::id, Function.identity()));
            SearchIndexingPlan plan = session.indexingPlan();
            for (String id : ids) {
                SearchDocument document = found.get(id);
                if (document != null) {
                    plan.addOrUpdate(document);
                } else {
                    plan.purge(SearchDocument.class, id, null);
                }
            }
            plan.execute();
        });
    }

    /** The log's last number (0 when empty). */
    public long latest() {
        Long latest = jdbc.queryForObject("select max(seq) from search_change", Long.class);
        return latest == null ? 0 : latest;
    }

    /** After a rebuild that read every document once the log stood at {@code seq}: the feed goes on from there. */
    public void indexedThrough(long seq) {
        feeding.lock();
        try {
            gaps.clear();
            reached = seq;
            saved = seq;
            if (positionFile == null) {
                locking.executeWithoutResult(status -> {
                    if (jdbc.update("update search_feed set position = ? where name = 'shared'", seq) == 0) {
                        insertPosition("shared", seq);
                    }
                });
            } else {
                writeLocalPosition(seq);
            }
        } finally {
            feeding.unlock();
        }
    }

    /**
     * After a rebuild of the shared index that failed: the feed goes back to {@code seq} at the latest (never forward),
     * so what the abandoned generation took meanwhile is applied to the live index again; applying twice changes nothing.
     */
    public void replayFrom(long seq) {
        if (positionFile == null) {
            locking.executeWithoutResult(status ->
                    jdbc.update("update search_feed set position = least(position, ?) where name = 'shared'", seq));
        }
    }

    /**
     * Whether this node's index must be rebuilt rather than fed: it was fed from another database's log, or it is
     * behind what the log no longer holds.
     */
    public boolean needsRebuild() {
        long pruned = first(jdbc.queryForList("select position from search_feed where name = 'pruned'", Long.class));
        if (positionFile == null) {
            long position = first(jdbc.queryForList("select position from search_feed where name = 'shared'", Long.class));
            return position < pruned;
        }
        if (Files.exists(positionFile) && localPosition().isEmpty()) {
            return true;
        }
        return localPosition().orElse(0) < pruned;
    }

    /** Removes entries older than {@code turath.search.feed.retention}; an index further behind is rebuilt on start. */
    @Scheduled(cron = "${turath.search.feed.prune-cron:0 40 4 * * *}")
    @SchedulerLock(name = "search-change-prune", lockAtMostFor = "PT30M")
    public long prune() {
        Long upTo = jdbc.queryForObject("select max(seq) from search_change where changed_at < ?", Long.class,
                Timestamp.from(Instant.now().minus(retention)));
        if (upTo == null) {
            return 0;
        }
        long removed = 0;
        int deleted;
        do {
            deleted = jdbc.update("delete from search_change where seq in (select seq from search_change where seq <= ? order by seq fetch first 10000 rows only)", upTo);
            removed += deleted;
        } while (deleted > 0);
        locking.executeWithoutResult(status -> {
            if (jdbc.update("update search_feed set position = greatest(position, ?) where name = 'pruned'", upTo) == 0) {
                insertPosition("pruned", upTo);
            }
        });
        log.info("Search change log: {} entries older than {} removed", removed, retention);
        return removed;
    }

    private void insertPosition(String name, long position) {
        try {
            jdbc.update("insert into search_feed (name, position) values (?, ?)", name, position);
        } catch (DuplicateKeyException e) {
            // another node made it at the same moment
        }
    }

    /** This database's log, named once by whichever node asks first. */
    String logId() {
        String id = logId;
        if (id != null) {
            return id;
        }
        List<String> named = jdbc.queryForList("select log_id from search_feed where name = 'log'", String.class);
        if (named.isEmpty()) {
            try {
                jdbc.update("insert into search_feed (name, position, log_id) values ('log', 0, ?)", UUID.randomUUID().toString());
            } catch (DuplicateKeyException e) {
                // named by another node meanwhile
            }
            named = jdbc.queryForList("select log_id from search_feed where name = 'log'", String.class);
        }
        logId = named.get(0);
        return logId;
    }

    /** The position kept beside this node's index, if it was fed from this database's log. */
    private OptionalLong localPosition() {
        try {
            if (!Files.exists(positionFile)) {
                return OptionalLong.empty();
            }
            String[] kept = Files.readString(positionFile, StandardCharsets.UTF_8).strip().split("\\s+");
            if (kept.length != 2 || !kept[0].equals(logId())) {
                return OptionalLong.empty();
            }
            return OptionalLong.of(Long.parseLong(kept[1]));
        } catch (IOException | NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    private void writeLocalPosition(long position) {
        try {
            Files.createDirectories(positionFile.getParent());
            Path written = positionFile.resolveSibling(POSITION_FILE + ".new");
            Files.writeString(written, logId() + " " + position + "\n", StandardCharsets.UTF_8);
            Files.move(written, positionFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("Cannot keep the search feed's position in " + positionFile, e);
        }
    }

    private static long first(List<Long> values) {
        return values.isEmpty() || values.get(0) == null ? 0 : values.get(0);
    }
}
