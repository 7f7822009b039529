package org.turath.nominations.domain;

import jakarta.persistence.LockModeType;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.turath.nominations.NominationStatus;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Nomination files, in pages of the most recently changed first (keyset on updated_at, id; the first
 * page starts before {@link #FIRST_AT}, {@link #FIRST_ID}).
 */
public interface NominationFiles extends JpaRepository<NominationFile, UUID> {

    Instant FIRST_AT = Instant.parse("9999-12-31T00:00:00Z");
    UUID FIRST_ID = new UUID(-1L, -1L);

    Optional<NominationFile> findByReference(String reference);

    /** The files of the given states, as submitting or co-submitting state. */
    @Query("""
            select distinct f from NominationFile f left join f.coStates co
            where (f.state in :states or co in :states)
              and (:status is null or f.status = :status)
              and (f.updatedAt < :beforeAt or (f.updatedAt = :beforeAt and f.id < :beforeId))
            order by f.updatedAt desc, f.id desc""")
    List<NominationFile> forStates(@Param("states") Collection<String> states, @Param("status") NominationStatus status,
                                   @Param("beforeAt") Instant beforeAt, @Param("beforeId") UUID beforeId, Limit limit);

    /** Every file in {@code status}; without one, every file past the draft. */
    @Query("""
            select f from NominationFile f
            where ((:status is null and f.status <> org.turath.nominations.NominationStatus.DRAFT) or f.status = :status)
              and (f.updatedAt < :beforeAt or (f.updatedAt = :beforeAt and f.id < :beforeId))
            order by f.updatedAt desc, f.id desc""")
    List<NominationFile> submitted(@Param("status") NominationStatus status, @Param("beforeAt") Instant beforeAt,
                                   @Param("beforeId") UUID beforeId, Limit limit);

    /** The files an expert is assigned to (and has not withdrawn from for a conflict). */
    @Query("""
            select f from NominationFile f join f.evaluations e
            where lower(e.evaluator) = lower(:evaluator) and (e.conflict is null or e.conflict = false)
              and (f.updatedAt < :beforeAt or (f.updatedAt = :beforeAt and f.id < :beforeId))
            order by f.updatedAt desc, f.id desc""")
    List<NominationFile> assignedTo(@Param("evaluator") String evaluator, @Param("beforeAt") Instant beforeAt,
                                    @Param("beforeId") UUID beforeId, Limit limit);

    /** The agenda of a session: the files scheduled for it (and those it decided). */
    @Query("select f from NominationFile f where f.sessionId = :session order by f.reference")
    List<NominationFile> scheduledFor(@Param("session") UUID session, Limit limit);

    @Query("select f from NominationFile f where f.status = org.turath.nominations.NominationStatus.EVALUATED order by f.reference")
    List<NominationFile> readyForAgenda(Limit limit);

    /** Files of a cycle the state is still working on, not yet reminded of the cycle's deadline. */
    @Query("""
            select f from NominationFile f
            where f.cycleYear = :year
              and f.status in (org.turath.nominations.NominationStatus.DRAFT, org.turath.nominations.NominationStatus.RETURNED)
              and (f.remindedCycle is null or f.remindedCycle <> :year)
            order by f.id""")
    List<NominationFile> toRemindOfDeadline(@Param("year") int year, Limit limit);

    /** Files with an expert's evaluation due by {@code horizon} and not yet done. */
    @Query("""
            select distinct f from NominationFile f join f.evaluations e
            where f.status = org.turath.nominations.NominationStatus.UNDER_EVALUATION
              and e.submittedAt is null and (e.conflict is null or e.conflict = false) and e.dueOn <= :horizon
            order by f.id""")
    List<NominationFile> withEvaluationsDueBy(@Param("horizon") java.time.LocalDate horizon, Limit limit);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select f from NominationFile f where f.id = :id")
    Optional<NominationFile> lockById(@Param("id") UUID id);
}
