package org.turath.risk.domain;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The observatory's entries, read a page at a time. */
public interface QudsEvents extends JpaRepository<QudsEvent, UUID> {

    /** The public timeline: published entries, the latest event first. */
    @Query("""
            select e from QudsEvent e
            where e.status = org.turath.risk.ReportStatus.PUBLISHED
              and (e.occurredOn < :beforeDate or (e.occurredOn = :beforeDate and e.id < :beforeId))
            order by e.occurredOn desc, e.id desc""")
    List<QudsEvent> published(@Param("beforeDate") LocalDate beforeDate, @Param("beforeId") UUID beforeId, Limit limit);

    /** The desk's list, the latest change first. */
    @Query("""
            select e from QudsEvent e
            where e.updatedAt < :beforeAt or (e.updatedAt = :beforeAt and e.id < :beforeId)
            order by e.updatedAt desc, e.id desc""")
    List<QudsEvent> desk(@Param("beforeAt") Instant beforeAt, @Param("beforeId") UUID beforeId, Limit limit);
}
