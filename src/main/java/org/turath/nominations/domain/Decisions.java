package org.turath.nominations.domain;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.List;
import java.util.UUID;

public interface Decisions extends JpaRepository<Decision, UUID> {

    @Query("select d from Decision d where d.sessionId = :session and d.number > :after order by d.number")
    List<Decision> ofSession(@Param("session") UUID session, @Param("after") int after, Limit limit);

    @Query("select d from Decision d where d.fileId = :file order by d.decidedOn, d.number")
    List<Decision> ofFile(@Param("file") UUID file, Limit limit);
}
