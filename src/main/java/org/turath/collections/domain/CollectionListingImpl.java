package org.turath.collections.domain;

import jakarta.persistence.EntityManager;
import org.turath.shared.AlphabeticalPage;
import org.turath.shared.KeysetCursor;
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
        return AlphabeticalPage.read(entityManager, CollectionObject.class, jpql, parameters, "o", language,
                after.map(position -> new KeysetCursor.Named(position.sortKey(), position.id())), limit);
    }
}
