package org.turath.collections.domain;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import org.turath.shared.Language;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Each filter is an indexed predicate; the order is always (the language's sort key, id). */
class CollectionListingImpl implements CollectionListing {

    private final EntityManager entityManager;

    CollectionListingImpl(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public List<CollectionObject> page(Filter filter, Language language, Optional<After> after, int limit) {
        StringBuilder jpql = new StringBuilder("select o from CollectionObject o where 1 = 1");
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (filter.publishedOnly()) {
            jpql.append(" and o.published = true");
        }
        filter.museum().ifPresent(museum -> {
            jpql.append(" and o.museumId = :museum");
            parameters.put("museum", museum);
        });
        filter.museums().ifPresent(museums -> {
            jpql.append(" and o.museumId in :museums");
            parameters.put("museums", museums.isEmpty() ? List.of(new java.util.UUID(0, 0)) : museums);
        });
        String sortKey = switch (language) {
            case AR -> "o.sortKeyAr";
            case EN -> "o.sortKeyEn";
            case FR -> "o.sortKeyFr";
        };
        after.ifPresent(position -> {
            jpql.append(" and (").append(sortKey).append(" > :afterKey or (").append(sortKey)
                    .append(" = :afterKey and o.id > :afterId))");
            parameters.put("afterKey", position.sortKey());
            parameters.put("afterId", position.id());
        });
        jpql.append(" order by ").append(sortKey).append(", o.id");
        TypedQuery<CollectionObject> query = entityManager.createQuery(jpql.toString(), CollectionObject.class);
        parameters.forEach(query::setParameter);
        return query.setMaxResults(limit).getResultList();
    }
}
