package org.turath.accounts.domain;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import java.util.List;
import java.util.Optional;

class AuditQueriesImpl implements AuditQueries {

    private final EntityManager entityManager;

    AuditQueriesImpl(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public List<AuditEntry> page(Filter filter, Optional<Long> beforeId, int limit) {
        StringBuilder jpql = new StringBuilder("select e from AuditEntry e where 1 = 1");
        filter.type().ifPresent(t -> jpql.append(" and e.type = :type"));
        filter.actor().ifPresent(a -> jpql.append(" and e.actor = :actor"));
        filter.from().ifPresent(f -> jpql.append(" and e.occurredAt >= :from"));
        filter.until().ifPresent(u -> jpql.append(" and e.occurredAt < :until"));
        // ids grow with time, so "older than this id" continues the newest-first order exactly
        beforeId.ifPresent(b -> jpql.append(" and e.id < :before"));
        jpql.append(" order by e.id desc");
        TypedQuery<AuditEntry> query = entityManager.createQuery(jpql.toString(), AuditEntry.class);
        filter.type().ifPresent(t -> query.setParameter("type", t));
        filter.actor().ifPresent(a -> query.setParameter("actor", a));
        filter.from().ifPresent(f -> query.setParameter("from", f));
        filter.until().ifPresent(u -> query.setParameter("until", u));
        beforeId.ifPresent(b -> query.setParameter("before", b));
        return query.setMaxResults(limit).getResultList();
    }
}
