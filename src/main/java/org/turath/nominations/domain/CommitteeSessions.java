package org.turath.nominations.domain;

import jakarta.persistence.LockModeType;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Committee sessions, latest first (keyset on starts_on, id). */
public interface CommitteeSessions extends JpaRepository<CommitteeSession, UUID> {

    LocalDate FIRST_ON = LocalDate.of(9999, 12, 31);
    UUID FIRST_ID = new UUID(-1L, -1L);

    @Query("""
            select s from CommitteeSession s
            where (s.startsOn < :beforeOn or (s.startsOn = :beforeOn and s.id < :beforeId))
            order by s.startsOn desc, s.id desc""")
    List<CommitteeSession> page(@Param("beforeOn") LocalDate beforeOn, @Param("beforeId") UUID beforeId, Limit limit);

    /** The session, locked for numbering its next decision. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from CommitteeSession s where s.id = :id")
    Optional<CommitteeSession> lockById(@Param("id") UUID id);

    boolean existsByYearAndNumber(int year, int number);
}
