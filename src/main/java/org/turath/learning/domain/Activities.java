package org.turath.learning.domain;

import jakarta.persistence.LockModeType;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Activities in the order of their start (keyset on starts_at, id). */
public interface Activities extends JpaRepository<Activity, UUID> {

    /** Published activities that end at or after {@code from}, starting after the cursor, soonest first. */
    @Query("""
            select a from Activity a
            where a.published = true and a.endsAt >= :from
              and (a.startsAt > :afterAt or (a.startsAt = :afterAt and a.id > :afterId))
            order by a.startsAt, a.id""")
    List<Activity> upcoming(@Param("from") Instant from, @Param("afterAt") Instant afterAt, @Param("afterId") UUID afterId, Limit limit);

    /** Published activities under way at some time from {@code from} until before {@code to}, in the order they start. */
    @Query("""
            select a from Activity a
            where a.published = true and a.startsAt < :to and a.endsAt >= :from
            order by a.startsAt, a.id""")
    List<Activity> between(@Param("from") Instant from, @Param("to") Instant to, Limit limit);

    /** Every activity, published or not, latest first, for the back office. */
    @Query("""
            select a from Activity a
            where (a.startsAt < :beforeAt or (a.startsAt = :beforeAt and a.id < :beforeId))
            order by a.startsAt desc, a.id desc""")
    List<Activity> latestFirst(@Param("beforeAt") Instant beforeAt, @Param("beforeId") UUID beforeId, Limit limit);

    /**
     * Published activities about a heritage item ({@code pattern}: {@code %,<reference>,%}, matched against the related
     * references between commas), the latest to start first.
     */
    @Query("""
            select a from Activity a
            where a.published = true and concat(',', a.related, ',') like :pattern
            order by a.startsAt desc, a.id desc""")
    List<Activity> about(@Param("pattern") String pattern, Limit limit);

    /** The activity, locked: every change to its seats happens under this lock. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from Activity a where a.id = :id")
    Optional<Activity> lockById(@Param("id") UUID id);
}
