package org.turath.partners.domain;

import jakarta.persistence.EntityManager;
import org.turath.shared.AlphabeticalPage;
import org.turath.shared.KeysetCursor;
import org.turath.shared.Language;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Each filter is a predicate on the partner's row; the order is always (the language's sort key, id). */
class PartnerListingImpl implements PartnerListing {

    private final EntityManager entityManager;

    PartnerListingImpl(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public List<Partner> page(Filter filter, Language language, Optional<After> after, int limit) {
        StringBuilder jpql = new StringBuilder("select p from Partner p where 1 = 1");
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (!filter.kind().isEmpty()) {
            jpql.append(" and cast(p.kind as string) = :kind");
            parameters.put("kind", filter.kind());
        }
        if (!filter.country().isEmpty()) {
            jpql.append(" and p.country = :country");
            parameters.put("country", filter.country());
        }
        if (filter.shownOnly()) {
            jpql.append(" and exists (select 1 from Agreement a join a.parties x where x.partnerId = p.id and a.concluded = true)");
        }
        return AlphabeticalPage.read(entityManager, Partner.class, jpql, parameters, "p", language,
                after.map(position -> new KeysetCursor.Named(position.sortKey(), position.id())), limit);
    }
}
