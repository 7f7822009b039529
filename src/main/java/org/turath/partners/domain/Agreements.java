package org.turath.partners.domain;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Agreements, read a page at a time. */
public interface Agreements extends JpaRepository<Agreement, UUID> {

    /** The desk's list, the latest change first. */
    @Query("""
            select a from Agreement a
            where a.updatedAt < :beforeAt or (a.updatedAt = :beforeAt and a.id < :beforeId)
            order by a.updatedAt desc, a.id desc""")
    List<Agreement> desk(@Param("beforeAt") Instant beforeAt, @Param("beforeId") UUID beforeId, Limit limit);

    /** Concluded agreements, not ended by a party, whose term ends from {@code from} to {@code until}, the soonest first. */
    @Query("""
            select a from Agreement a
            where a.concluded = true and a.terminatedOn is null and a.endsOn <= :until
              and (a.endsOn > :afterDay or (a.endsOn = :afterDay and a.id > :afterId))
            order by a.endsOn, a.id""")
    List<Agreement> ending(@Param("afterDay") LocalDate afterDay, @Param("afterId") UUID afterId, @Param("until") LocalDate until,
                           Limit limit);

    /** Concluded agreements whose signature date nobody recorded (their terms cannot be followed until someone does). */
    @Query("""
            select a from Agreement a
            where a.concluded = true and a.signedOn is null and a.terminatedOn is null
            order by a.createdAt, a.id""")
    List<Agreement> undated(Limit limit);

    /** The agreements {@code partner} is a party to, the latest signed first. */
    @Query("""
            select a from Agreement a
            where exists (select 1 from Agreement b join b.parties x where b = a and x.partnerId = :partner)
              and (:concludedOnly = false or a.concluded = true)
            order by a.signedOn desc nulls last, a.id""")
    List<Agreement> withPartner(@Param("partner") UUID partner, @Param("concludedOnly") boolean concludedOnly, Limit limit);

    /** Tacitly renewed agreements whose term ended before {@code today}. */
    @Query("""
            select a from Agreement a
            where a.renewal = org.turath.partners.Renewal.TACIT and a.concluded = true and a.terminatedOn is null
              and a.endsOn < :today
            order by a.endsOn, a.id""")
    List<Agreement> tacitlyDue(@Param("today") LocalDate today, Limit limit);
}
