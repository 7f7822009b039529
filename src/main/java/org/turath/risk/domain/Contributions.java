package org.turath.risk.domain;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** What the public sent, read a page at a time (keyset on the time and the id). */
public interface Contributions extends JpaRepository<Contribution, UUID> {

    Optional<Contribution> findByTokenHash(String tokenHash);

    /** The moderators' list: those in {@code status}, the latest sent first, before the cursor. */
    @Query("""
            select c from Contribution c
            where c.status = :status and (c.createdAt < :beforeAt or (c.createdAt = :beforeAt and c.id < :beforeId))
            order by c.createdAt desc, c.id desc""")
    List<Contribution> desk(@Param("status") Contribution.Status status, @Param("beforeAt") Instant beforeAt,
                            @Param("beforeId") UUID beforeId, Limit limit);

    /** An item's accepted contributions of the kinds shown, the latest accepted first, before the cursor. */
    @Query("""
            select c from Contribution c
            where c.itemReference = :item and c.status = org.turath.risk.domain.Contribution.Status.ACCEPTED
              and c.kind <> org.turath.risk.domain.Contribution.Kind.CORRECTION
              and (c.decidedAt < :beforeAt or (c.decidedAt = :beforeAt and c.id < :beforeId))
            order by c.decidedAt desc, c.id desc""")
    List<Contribution> shown(@Param("item") String item, @Param("beforeAt") Instant beforeAt, @Param("beforeId") UUID beforeId,
                             Limit limit);

    long countByStatus(Contribution.Status status);

    /** Sendings never confirmed, sent before {@code before}: a page of the oldest. */
    List<Contribution> findByStatusAndCreatedAtBeforeOrderByCreatedAt(Contribution.Status status, Instant before, Limit limit);
}
