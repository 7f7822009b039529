package org.turath.registry.domain;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import org.turath.registry.HeritageSort;
import org.turath.registry.HeritageStatus;
import org.turath.shared.Language;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The keyset query behind the List. Each filter is an indexed predicate; the order is always
 * (sort value, id) so the next page starts exactly after the last row, at any depth.
 */
class HeritageListingImpl implements HeritageListing {

    private final EntityManager entityManager;

    HeritageListingImpl(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public List<HeritageItem> page(Filter filter, HeritageSort sort, Language language, Optional<After> after, int limit) {
        StringBuilder jpql = new StringBuilder("select i from HeritageItem i where i.publication = :published");
        Map<String, Object> parameters = new LinkedHashMap<>();
        // the public List: drafts, items in review and archived ones are only seen in the back office
        parameters.put("published", org.turath.registry.PublicationState.PUBLISHED);
        filter.state().ifPresent(iso2 -> {
            jpql.append(" and exists (select 1 from HeritageItem s join s.states st where s = i and st = :state)");
            parameters.put("state", iso2);
        });
        filter.kind().ifPresent(kind -> {
            jpql.append(" and i.kind = :kind");
            parameters.put("kind", kind);
        });
        filter.status().ifPresent(status -> {
            jpql.append(" and i.status = :status");
            parameters.put("status", status);
        });
        if (filter.inDangerOnly()) {
            jpql.append(" and i.status = :inDanger");
            parameters.put("inDanger", HeritageStatus.IN_DANGER);
        }
        filter.criterionId().ifPresent(criterionId -> {
            jpql.append(" and exists (select 1 from HeritageItem c join c.criteria cr where c = i and cr.id = :criterion)");
            parameters.put("criterion", criterionId);
        });
        filter.inscriptionYear().ifPresent(year -> {
            jpql.append(" and i.inscriptionYear = :year");
            parameters.put("year", year);
        });
        String sortExpression = switch (sort) {
            case NAME -> "i.sortKey" + capitalized(language);
            case YEAR -> "coalesce(i.inscriptionYear, 0)";
        };
        after.ifPresent(position -> {
            // names ascending; years descending (newest first); ties by id ascending
            String beyond = sort == HeritageSort.NAME ? ">" : "<";
            jpql.append(" and (").append(sortExpression).append(' ').append(beyond).append(" :afterValue or (")
                    .append(sortExpression).append(" = :afterValue and i.id > :afterId))");
            parameters.put("afterValue", sort == HeritageSort.NAME ? position.sortValue() : Integer.valueOf(position.sortValue()));
            parameters.put("afterId", position.id());
        });
        jpql.append(" order by ").append(sortExpression).append(sort == HeritageSort.NAME ? " asc" : " desc").append(", i.id asc");
        TypedQuery<HeritageItem> query = entityManager.createQuery(jpql.toString(), HeritageItem.class);
        parameters.forEach(query::setParameter);
        return query.setMaxResults(limit).getResultList();
    }

    @Override
    public List<BackOfficeRow> backOfficePage(Optional<org.turath.registry.PublicationState> publication, Optional<String> state,
                                              java.util.Set<String> scope, Optional<String> text, Optional<Language> missing,
                                              Optional<String> beforeReference, int limit) {
        // what the list shows, not the items: their descriptions and other long texts stay in the database
        StringBuilder jpql = new StringBuilder("select i.reference, i.name.ar, i.name.en, i.name.fr, i.status, i.publication");
        for (Language language : Language.values()) {
            jpql.append(", case when i.description.").append(language.tag()).append(" is null then false else true end");
        }
        jpql.append(" from HeritageItem i where 1 = 1");
        Map<String, Object> parameters = new LinkedHashMap<>();
        publication.ifPresent(p -> {
            jpql.append(" and i.publication = :publication");
            parameters.put("publication", p);
        });
        state.ifPresent(iso2 -> {
            jpql.append(" and exists (select 1 from HeritageItem s join s.states st where s = i and st = :state)");
            parameters.put("state", iso2);
        });
        if (!scope.isEmpty()) {
            jpql.append(" and exists (select 1 from HeritageItem o join o.states os where o = i and os in :scope)");
            parameters.put("scope", scope);
        }
        text.ifPresent(words -> {
            jpql.append(" and (lower(i.name.ar) like :text escape '!' or lower(i.name.en) like :text escape '!'"
                    + " or lower(i.name.fr) like :text escape '!' or upper(i.reference) = :reference)");
            parameters.put("text", "%" + words.toLowerCase(java.util.Locale.ROOT).replace("!", "!!").replace("%", "!%")
                    .replace("_", "!_") + "%");
            parameters.put("reference", words.toUpperCase(java.util.Locale.ROOT));
        });
        missing.ifPresent(language -> {
            String column = language.tag();
            jpql.append(" and (i.name.").append(column).append(" is null or i.description.").append(column).append(" is null)");
        });
        beforeReference.ifPresent(reference -> {
            jpql.append(" and i.reference < :before");
            parameters.put("before", reference);
        });
        // by the reference text: newest first up to IWH-9999, and a total order at any size
        jpql.append(" order by i.reference desc");
        TypedQuery<Object[]> query = entityManager.createQuery(jpql.toString(), Object[].class);
        parameters.forEach(query::setParameter);
        List<Object[]> rows = query.setMaxResults(limit).getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        // their states in one query, in each item's own order
        Map<String, List<String>> states = new java.util.HashMap<>();
        entityManager.createQuery("select i.reference, s from HeritageItem i join i.states s where i.reference in :references"
                        + " order by i.reference, index(s)", Object[].class)
                .setParameter("references", rows.stream().map(row -> (String) row[0]).toList())
                .getResultList()
                .forEach(row -> states.computeIfAbsent((String) row[0], r -> new java.util.ArrayList<>()).add((String) row[1]));
        return rows.stream().map(row -> {
            // columns 6 to 8: whether the description is there in each language, in the languages' order
            java.util.Set<Language> described = java.util.EnumSet.noneOf(Language.class);
            for (Language language : Language.values()) {
                if ((Boolean) row[6 + language.ordinal()]) {
                    described.add(language);
                }
            }
            String reference = (String) row[0];
            return new BackOfficeRow(reference, new org.turath.shared.LocalizedText((String) row[1], (String) row[2], (String) row[3]),
                    (HeritageStatus) row[4], (org.turath.registry.PublicationState) row[5], states.getOrDefault(reference, List.of()),
                    java.util.Collections.unmodifiableSet(described));
        }).toList();
    }

    private static String capitalized(Language language) {
        return switch (language) {
            case AR -> "Ar";
            case EN -> "En";
            case FR -> "Fr";
        };
    }
}
