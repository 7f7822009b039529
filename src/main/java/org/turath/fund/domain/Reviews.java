package org.turath.fund.domain;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

public interface Reviews extends JpaRepository<Review, UUID> {

    List<Review> findByRequestIdOrderByAssignedAt(UUID requestId);

    List<Review> findByRequestIdIn(Collection<UUID> requestIds);

    Optional<Review> findByRequestIdAndExpert(UUID requestId, String expert);

    /** An expert's reviews, the latest assignment first, before a position. */
    @Query("""
            select r from Review r
            where r.expert = :expert
              and (r.assignedAt < :beforeAt or (r.assignedAt = :beforeAt and r.id < :beforeId))
            order by r.assignedAt desc, r.id desc""")
    List<Review> ofExpert(@Param("expert") String expert, @Param("beforeAt") Instant beforeAt, @Param("beforeId") UUID beforeId,
                          Limit limit);
}
