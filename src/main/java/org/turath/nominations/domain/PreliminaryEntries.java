package org.turath.nominations.domain;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Preliminary lists, newest entries first (keyset on listed_on, id). */
public interface PreliminaryEntries extends JpaRepository<PreliminaryEntry, UUID> {

    @Query("""
            select e from PreliminaryEntry e
            where e.state in :states and e.removedOn is null
              and (e.listedOn < :beforeOn or (e.listedOn = :beforeOn and e.id < :beforeId))
            order by e.listedOn desc, e.id desc""")
    List<PreliminaryEntry> current(@Param("states") Collection<String> states, @Param("beforeOn") LocalDate beforeOn,
                                   @Param("beforeId") UUID beforeId, Limit limit);
}
