package org.turath.search.internal;

import jakarta.annotation.PostConstruct;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.engine.spi.TransactionCompletionCallbacks;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes the search index's change log ({@code search_change}): every insert, update or delete of a
 * {@link SearchDocument}, whichever module's transaction makes it, adds the document's id to the log in that same
 * transaction, just before it commits (after Hibernate's last flush, as Envers writes its revisions). A rolled-back
 * change leaves no entry; a committed one always has one. After the commit, the node that made the change brings its
 * own index up to date at once ({@link SearchFeed#applied}); every node's feed reads the log for the rest.
 */
@Component
class SearchChangeLog implements PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener {

    /** The documents a session's transaction wrote, by session (sessions do not override equals: identity). */
    private final Map<SharedSessionContractImplementor, Pending> pending = new ConcurrentHashMap<>();
    private final EntityManagerFactory entityManagerFactory;
    private final ObjectProvider<SearchFeed> feed;

    SearchChangeLog(EntityManagerFactory entityManagerFactory, ObjectProvider<SearchFeed> feed) {
        this.entityManagerFactory = entityManagerFactory;
        this.feed = feed;
    }

    @PostConstruct
    void listen() {
        EventListenerRegistry listeners = entityManagerFactory.unwrap(SessionFactoryImplementor.class).getEventListenerRegistry();
        listeners.appendListeners(EventType.POST_INSERT, (PostInsertEventListener) this);
        listeners.appendListeners(EventType.POST_UPDATE, (PostUpdateEventListener) this);
        listeners.appendListeners(EventType.POST_DELETE, (PostDeleteEventListener) this);
    }

    @Override
    public void onPostInsert(PostInsertEvent event) {
        record(event.getSession(), event.getEntity());
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        record(event.getSession(), event.getEntity());
    }

    @Override
    public void onPostDelete(PostDeleteEvent event) {
        record(event.getSession(), event.getEntity());
    }

    @Override
    public boolean requiresPostCommitHandling(EntityPersister persister) {
        return false;
    }

    private void record(SharedSessionContractImplementor session, Object entity) {
        if (!(entity instanceof SearchDocument document)) {
            return;
        }
        if (!session.isTransactionInProgress()) {
            // no transaction to join (never the case in the portal's code): the entry is written at once
            write(session, Set.of(document.id()));
            return;
        }
        pending.computeIfAbsent(session, this::open).ids.add(document.id());
    }

    private Pending open(SharedSessionContractImplementor session) {
        Pending opened = new Pending(session);
        TransactionCompletionCallbacks callbacks = session.getTransactionCompletionCallbacks();
        callbacks.registerCallback((TransactionCompletionCallbacks.BeforeCompletionCallback) opened);
        callbacks.registerCallback((TransactionCompletionCallbacks.AfterCompletionCallback) opened);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    feed.getObject().applied(opened.ids);
                }
            });
        }
        return opened;
    }

    private void write(SharedSessionContractImplementor session, Set<String> ids) {
        Timestamp now = Timestamp.from(Instant.now());
        session.doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into search_change (document_id, changed_at) values (?, ?)")) {
                for (String id : ids) {
                    insert.setString(1, id);
                    insert.setTimestamp(2, now);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
    }

    /** One transaction's documents: written to the log before it commits, forgotten after. */
    private final class Pending implements TransactionCompletionCallbacks.BeforeCompletionCallback,
            TransactionCompletionCallbacks.AfterCompletionCallback {

        private final SharedSessionContractImplementor session;
        private final Set<String> ids = new LinkedHashSet<>();

        Pending(SharedSessionContractImplementor session) {
            this.session = session;
        }

        @Override
        public void doBeforeTransactionCompletion(SharedSessionContractImplementor completing) {
            // from here on, a change to a document in this transaction opens a new entry for the session
            pending.remove(session, this);
            if (!ids.isEmpty()) {
                write(completing, ids);
            }
        }

        @Override
        public void doAfterTransactionCompletion(boolean success, SharedSessionContractImplementor completed) {
            pending.remove(session, this);
        }
    }
}
