package org.turath.exhibitions.domain;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** The museums' events, paged by keyset: the back office's by their last change, the public ones by their start. */
public interface MuseumEvents extends JpaRepository<MuseumEvent, UUID> {

    /** Every event changed before ({@code at}, {@code id}), latest change first: the secretariat's desk. */
    @Query("""
            select e from MuseumEvent e where e.updatedAt < :at or (e.updatedAt = :at and e.id < :id)
            order by e.updatedAt desc, e.id desc""")
    List<MuseumEvent> desk(Instant at, UUID id, Limit limit);

    /** The events of the museums {@code museums}, changed before ({@code at}, {@code id}): a curator's desk. */
    @Query("""
            select e from MuseumEvent e where e.museumId in :museums and (e.updatedAt < :at or (e.updatedAt = :at and e.id < :id))
            order by e.updatedAt desc, e.id desc""")
    List<MuseumEvent> desk(Collection<UUID> museums, Instant at, UUID id, Limit limit);

    /** Published events under way or to come at some moment from {@code from} to {@code to}, earliest first. */
    @Query("""
            select e from MuseumEvent e where e.published = true and e.endsAt > :from and e.startsAt < :to
            order by e.startsAt, e.id""")
    List<MuseumEvent> between(Instant from, Instant to, Limit limit);

    /** A museum's published events not yet over at {@code now}, earliest first. */
    @Query("""
            select e from MuseumEvent e where e.published = true and e.museumId = :museum and e.endsAt > :now
            order by e.startsAt, e.id""")
    List<MuseumEvent> comingAt(UUID museum, Instant now, Limit limit);
}
