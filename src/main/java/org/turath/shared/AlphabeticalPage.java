package org.turath.shared;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The end of a JPQL list query in the alphabetical order of a language: the entity keeps one collation key per
 * language ({@code sortKeyAr}, {@code sortKeyEn}, {@code sortKeyFr}, from {@link NameCollator}) and its id; the page
 * starts after a position (keyset) and is ordered by (key, id). Museums, objects and partners are listed so.
 */
public final class AlphabeticalPage {

    private AlphabeticalPage() {
    }

    /**
     * Adds the position and the order to {@code jpql} (whose entity is {@code alias}), runs it with {@code parameters},
     * and returns at most {@code limit} rows.
     */
    public static <T> List<T> read(EntityManager entityManager, Class<T> type, StringBuilder jpql, Map<String, Object> parameters,
                                   String alias, Language language, Optional<KeysetCursor.Named> after, int limit) {
        String sortKey = alias + switch (language) {
            case AR -> ".sortKeyAr";
            case EN -> ".sortKeyEn";
            case FR -> ".sortKeyFr";
        };
        after.ifPresent(position -> {
            jpql.append(" and (").append(sortKey).append(" > :afterKey or (").append(sortKey)
                    .append(" = :afterKey and ").append(alias).append(".id > :afterId))");
            parameters.put("afterKey", position.sortKey());
            parameters.put("afterId", position.id());
        });
        jpql.append(" order by ").append(sortKey).append(", ").append(alias).append(".id");
        TypedQuery<T> query = entityManager.createQuery(jpql.toString(), type);
        parameters.forEach(query::setParameter);
        return query.setMaxResults(limit).getResultList();
    }
}
