package org.turath.fund.domain;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.turath.fund.RequestStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

public interface FundRequests extends JpaRepository<FundRequest, UUID> {

    Optional<FundRequest> findByReference(String reference);

    long countByReferenceStartingWith(String prefix);

    /** The secretariat's list: requests in some statuses, the latest change first, before a position. */
    @Query("""
            select r from FundRequest r
            where r.status in :statuses
              and (r.updatedAt < :beforeAt or (r.updatedAt = :beforeAt and r.id < :beforeId))
            order by r.updatedAt desc, r.id desc""")
    List<FundRequest> desk(@Param("statuses") Collection<RequestStatus> statuses, @Param("beforeAt") Instant beforeAt,
                           @Param("beforeId") UUID beforeId, Limit limit);

    /** A focal point's list: the requests of their states. */
    @Query("""
            select r from FundRequest r
            where r.state in :states
              and (r.updatedAt < :beforeAt or (r.updatedAt = :beforeAt and r.id < :beforeId))
            order by r.updatedAt desc, r.id desc""")
    List<FundRequest> ofStates(@Param("states") Collection<String> states, @Param("beforeAt") Instant beforeAt,
                               @Param("beforeId") UUID beforeId, Limit limit);

    /** The funded projects, the latest decision first. */
    @Query("""
            select r from FundRequest r
            where r.status in (org.turath.fund.RequestStatus.GRANTED, org.turath.fund.RequestStatus.CLOSED)
              and (:state = '' or r.state = :state)
              and (r.decidedOn < :beforeDay or (r.decidedOn = :beforeDay and r.id < :beforeId))
            order by r.decidedOn desc, r.id desc""")
    List<FundRequest> funded(@Param("state") String state, @Param("beforeDay") LocalDate beforeDay, @Param("beforeId") UUID beforeId,
                             Limit limit);

    /** A call's requests that reached the experts, for its ranking. */
    @Query("""
            select r from FundRequest r
            where r.callId = :call and r.status in (org.turath.fund.RequestStatus.ELIGIBLE, org.turath.fund.RequestStatus.GRANTED,
                  org.turath.fund.RequestStatus.DECLINED, org.turath.fund.RequestStatus.CLOSED)
            order by r.reference""")
    List<FundRequest> reviewedUnder(@Param("call") UUID call, Limit limit);

    /** Requests and grants per state and kind of project (drafts left out). */
    @Query("""
            select r.state, r.kind, count(r), sum(r.amountRequested),
                   sum(case when r.status in (org.turath.fund.RequestStatus.GRANTED, org.turath.fund.RequestStatus.CLOSED) then 1 else 0 end),
                   sum(coalesce(r.grantedAmount, 0))
            from FundRequest r
            where r.status <> org.turath.fund.RequestStatus.DRAFT and r.currency = :currency
            group by r.state, r.kind
            order by r.state, r.kind""")
    List<Object[]> perStateAndKind(@Param("currency") String currency);
}
