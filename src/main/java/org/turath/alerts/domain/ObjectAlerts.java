package org.turath.alerts.domain;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.turath.alerts.AlertStatus;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The alerts, paged by keyset: the public ones newest first, the back office's by their last change. */
public interface ObjectAlerts extends JpaRepository<ObjectAlert, UUID> {

    Optional<ObjectAlert> findByReference(String reference);

    /** Public alerts of {@code statuses}, published before ({@code at}, {@code id}), newest first. */
    @Query("""
            select a from ObjectAlert a where a.stage = org.turath.alerts.AlertStage.PUBLISHED and a.status in :statuses
              and (a.publishedAt < :at or (a.publishedAt = :at and a.id < :id))
            order by a.publishedAt desc, a.id desc""")
    List<ObjectAlert> shown(Collection<AlertStatus> statuses, Instant at, UUID id, Limit limit);

    /** Every alert changed before ({@code at}, {@code id}), latest change first: the secretariat's desk. */
    @Query("""
            select a from ObjectAlert a where a.updatedAt < :at or (a.updatedAt = :at and a.id < :id)
            order by a.updatedAt desc, a.id desc""")
    List<ObjectAlert> desk(Instant at, UUID id, Limit limit);

    /** The alerts a reporter works on: theirs, their states' and their museums'. */
    @Query("""
            select a from ObjectAlert a where (a.createdBy = :email or a.state in :states or a.museumId in :museums)
              and (a.updatedAt < :at or (a.updatedAt = :at and a.id < :id))
            order by a.updatedAt desc, a.id desc""")
    List<ObjectAlert> desk(String email, Collection<String> states, Collection<UUID> museums, Instant at, UUID id, Limit limit);

    /** Active public alerts among {@code ids}. */
    @Query("""
            select a from ObjectAlert a where a.id in :ids and a.stage = org.turath.alerts.AlertStage.PUBLISHED
              and a.status = org.turath.alerts.AlertStatus.ACTIVE""")
    List<ObjectAlert> activeAmong(Collection<UUID> ids);

    /** The public alerts still active about objects of the museum {@code museumId}, newest first. */
    @Query("""
            select a from ObjectAlert a where a.museumId = :museumId and a.stage = org.turath.alerts.AlertStage.PUBLISHED
              and a.status = org.turath.alerts.AlertStatus.ACTIVE
            order by a.publishedAt desc, a.id desc""")
    List<ObjectAlert> activeOf(UUID museumId, Limit limit);
}
