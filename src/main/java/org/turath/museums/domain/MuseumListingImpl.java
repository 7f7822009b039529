package org.turath.museums.domain;

import jakarta.persistence.EntityManager;
import org.turath.shared.AlphabeticalPage;
import org.turath.shared.KeysetCursor;
import org.turath.shared.Language;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Each filter is an indexed predicate; the order is always (the language's sort key, id). */
class MuseumListingImpl implements MuseumListing {

    private final EntityManager entityManager;

    MuseumListingImpl(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public List<Museum> page(Filter filter, Language language, Optional<After> after, int limit) {
        StringBuilder jpql = new StringBuilder("select m from Museum m where 1 = 1");
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (filter.publishedOnly()) {
            jpql.append(" and m.published = true");
        }
        filter.state().ifPresent(state -> {
            jpql.append(" and m.state = :state");
            parameters.put("state", state);
        });
        filter.kind().ifPresent(kind -> {
            jpql.append(" and m.kind = :kind");
            parameters.put("kind", kind);
        });
        filter.cityKey().ifPresent(city -> {
            jpql.append(" and m.cityKey = :city");
            parameters.put("city", city);
        });
        filter.curator().ifPresent(email -> {
            jpql.append(" and exists (select 1 from Museum c join c.curators e where c = m and e = :curator)");
            parameters.put("curator", email);
        });
        return AlphabeticalPage.read(entityManager, Museum.class, jpql, parameters, "m", language,
                after.map(position -> new KeysetCursor.Named(position.sortKey(), position.id())), limit);
    }
}
