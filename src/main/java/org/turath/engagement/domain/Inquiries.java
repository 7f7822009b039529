package org.turath.engagement.domain;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.turath.engagement.InquiryStatus;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** The inbox, oldest first (keyset on received_at, id): the longest waiting come first. */
public interface Inquiries extends JpaRepository<Inquiry, UUID> {

    @Query("""
            select i from Inquiry i
            where i.status in :statuses and i.receivedAt < :receivedBefore
              and (i.receivedAt > :afterAt or (i.receivedAt = :afterAt and i.id > :afterId))
            order by i.receivedAt, i.id""")
    List<Inquiry> inbox(@Param("statuses") Collection<InquiryStatus> statuses, @Param("receivedBefore") Instant receivedBefore,
                        @Param("afterAt") Instant afterAt, @Param("afterId") UUID afterId, Limit limit);

    long countByStatusInAndReceivedAtBefore(Collection<InquiryStatus> statuses, Instant receivedBefore);
}
