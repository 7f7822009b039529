package org.turath.learning.domain;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.turath.learning.RegistrationStatus;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Registrations, in the order of the queue (keyset on queue_number). */
public interface Registrations extends JpaRepository<Registration, UUID> {

    Optional<Registration> findByActivityIdAndEmailKey(UUID activityId, String emailKey);

    Optional<Registration> findByTokenHash(String tokenHash);

    Optional<Registration> findByCertificateCode(String certificateCode);

    long countByActivityIdAndStatus(UUID activityId, RegistrationStatus status);

    /** The first waiting in the queue: who a freed seat goes to. */
    Optional<Registration> findFirstByActivityIdAndStatusOrderByQueueNumber(UUID activityId, RegistrationStatus status);

    @Query("""
            select r from Registration r
            where r.activityId = :activity and r.queueNumber > :after
            order by r.queueNumber""")
    List<Registration> page(@Param("activity") UUID activityId, @Param("after") long afterNumber, Limit limit);

    /** How many are ahead of a waiting person. */
    @Query("""
            select count(r) from Registration r
            where r.activityId = :activity and r.status = org.turath.learning.RegistrationStatus.WAITLISTED and r.queueNumber < :number""")
    long waitingAhead(@Param("activity") UUID activityId, @Param("number") long queueNumber);
}
