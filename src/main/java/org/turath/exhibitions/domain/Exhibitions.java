package org.turath.exhibitions.domain;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The exhibitions, paged by keyset: the public ones newest first, the back office's by their last change. */
public interface Exhibitions extends JpaRepository<Exhibition, UUID> {

    Optional<Exhibition> findByReference(String reference);

    /** Published exhibitions published before ({@code at}, {@code id}), newest first. */
    @Query("""
            select e from Exhibition e where e.published = true and (e.publishedAt < :at or (e.publishedAt = :at and e.id < :id))
            order by e.publishedAt desc, e.id desc""")
    List<Exhibition> shown(Instant at, UUID id, Limit limit);

    /** Every exhibition changed before ({@code at}, {@code id}), latest change first: the secretariat's desk. */
    @Query("""
            select e from Exhibition e where e.updatedAt < :at or (e.updatedAt = :at and e.id < :id)
            order by e.updatedAt desc, e.id desc""")
    List<Exhibition> desk(Instant at, UUID id, Limit limit);

    /** The exhibitions a curator works on: those their museums organise or that they started. */
    @Query("""
            select e from Exhibition e where (e.createdBy = :email or e.museumId in :museums)
              and (e.updatedAt < :at or (e.updatedAt = :at and e.id < :id))
            order by e.updatedAt desc, e.id desc""")
    List<Exhibition> desk(String email, Collection<UUID> museums, Instant at, UUID id, Limit limit);

    /** Published exhibitions with a venue open on some day of {@code from}–{@code to}, earliest opening first. */
    @Query("""
            select distinct e from Exhibition e join e.venues v where e.published = true and v.closesOn >= :from and v.opensOn <= :to
            order by e.publishedAt, e.id""")
    List<Exhibition> showingBetween(LocalDate from, LocalDate to, Limit limit);

    /** Published exhibitions a museum organises or hosts, newest first. */
    @Query("""
            select distinct e from Exhibition e left join e.venues v where e.published = true and (e.museumId = :museum or v.museumId = :museum)
            order by e.publishedAt desc, e.id desc""")
    List<Exhibition> ofMuseum(UUID museum, Limit limit);
}
