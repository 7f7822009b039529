package org.turath.partners.domain;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Partners, read a page at a time in the order of their slugs (keyset on the slug, which is unique). */
public interface Partners extends JpaRepository<Partner, UUID> {

    Optional<Partner> findBySlug(String slug);

    /** Every partner after {@code afterSlug}, filtered by kind ('' for any). */
    @Query("""
            select p from Partner p
            where (:kind = '' or cast(p.kind as string) = :kind) and p.slug > :afterSlug
            order by p.slug""")
    List<Partner> page(@Param("kind") String kind, @Param("afterSlug") String afterSlug, Limit limit);

    /** The partners shown in public: party to at least one concluded agreement. */
    @Query("""
            select p from Partner p
            where (:kind = '' or cast(p.kind as string) = :kind) and (:country = '' or p.country = :country)
              and p.slug > :afterSlug
              and exists (select 1 from Agreement a join a.parties x where x.partnerId = p.id and a.concluded = true)
            order by p.slug""")
    List<Partner> shown(@Param("kind") String kind, @Param("country") String country, @Param("afterSlug") String afterSlug,
                        Limit limit);
}
