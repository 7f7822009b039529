package org.turath.risk.domain;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.turath.risk.ReportStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Reports, read a page at a time (keyset on the assessment date or the change time, then the id). */
public interface RiskReports extends JpaRepository<RiskReport, UUID> {

    /**
     * Published reports, the latest assessment first, filtered: empty strings mean "any"; {@code factor} matches a
     * cause coded with the factor or one of its secondary factors.
     */
    @Query("""
            select r from RiskReport r
            where r.status = org.turath.risk.ReportStatus.PUBLISHED
              and (:state = '' or r.state = :state)
              and (:item = '' or r.itemReference = :item)
              and (:condition = '' or r.condition = :condition)
              and (:priority = '' or r.priority = :priority)
              and r.assessedOn >= :from and r.assessedOn <= :until
              and (:factor = '' or exists (select 1 from RiskReport x join x.causes c where x = r
                   and (c like concat(:factor, ':%') or c like concat(:factor, '.%'))))
              and (r.assessedOn < :beforeDate or (r.assessedOn = :beforeDate and r.id < :beforeId))
            order by r.assessedOn desc, r.id desc""")
    List<RiskReport> published(@Param("state") String state, @Param("item") String item, @Param("condition") String condition,
                               @Param("priority") String priority, @Param("factor") String factor, @Param("from") LocalDate from,
                               @Param("until") LocalDate until, @Param("beforeDate") LocalDate beforeDate,
                               @Param("beforeId") UUID beforeId, Limit limit);

    /** The desk's list: every report in {@code statuses}, the latest change first. */
    @Query("""
            select r from RiskReport r
            where r.status in :statuses
              and (r.updatedAt < :beforeAt or (r.updatedAt = :beforeAt and r.id < :beforeId))
            order by r.updatedAt desc, r.id desc""")
    List<RiskReport> desk(@Param("statuses") Collection<ReportStatus> statuses, @Param("beforeAt") Instant beforeAt,
                          @Param("beforeId") UUID beforeId, Limit limit);

    /** A focal point's list: the reports on items of their states, or that they wrote. */
    @Query("""
            select r from RiskReport r
            where r.status in :statuses and (r.state in :states or r.createdBy = :author)
              and (r.updatedAt < :beforeAt or (r.updatedAt = :beforeAt and r.id < :beforeId))
            order by r.updatedAt desc, r.id desc""")
    List<RiskReport> desk(@Param("statuses") Collection<ReportStatus> statuses, @Param("states") Collection<String> states,
                          @Param("author") String author, @Param("beforeAt") Instant beforeAt, @Param("beforeId") UUID beforeId,
                          Limit limit);

    /** An item's published reports, the oldest assessment first (its state of conservation over time). */
    @Query("""
            select r from RiskReport r
            where r.itemReference = :item and r.status = org.turath.risk.ReportStatus.PUBLISHED
            order by r.assessedOn, r.id""")
    List<RiskReport> publishedOn(@Param("item") String item, Limit limit);

    /** Sent reports on items of some states, the latest assessment first. */
    List<RiskReport> findByStateInAndStatusInOrderByAssessedOnDescIdDesc(Collection<String> states, Collection<ReportStatus> statuses,
                                                                        Limit limit);

    /** Reports of a status in the order of their ids, after {@code after} (an export's keyset). */
    List<RiskReport> findByStatusAndIdGreaterThanOrderById(org.turath.risk.ReportStatus status, UUID after, org.springframework.data.domain.Limit limit);

    long countByStatus(org.turath.risk.ReportStatus status);
}
