package org.turath.fund.domain;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

public interface FundCalls extends JpaRepository<FundCall, UUID> {

    Optional<FundCall> findByReference(String reference);

    /** Calls by their closing day, the latest first, before a position. */
    @Query("""
            select c from FundCall c
            where c.closesOn < :beforeDay or (c.closesOn = :beforeDay and c.id < :beforeId)
            order by c.closesOn desc, c.id desc""")
    List<FundCall> page(@Param("beforeDay") LocalDate beforeDay, @Param("beforeId") UUID beforeId, Limit limit);

    /** Calls open on a day, closing soonest first. */
    @Query("""
            select c from FundCall c where c.opensOn <= :day and c.closesOn >= :day
            order by c.closesOn, c.id""")
    List<FundCall> openOn(@Param("day") LocalDate day, Limit limit);
}
