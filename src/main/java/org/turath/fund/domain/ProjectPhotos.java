package org.turath.fund.domain;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

public interface ProjectPhotos extends JpaRepository<ProjectPhoto, UUID> {

    List<ProjectPhoto> findByRequestIdOrderByPosition(UUID requestId);

    long countByRequestId(UUID requestId);

    @Query("select coalesce(max(p.position), 0) from ProjectPhoto p where p.requestId = :request")
    int lastPosition(@Param("request") UUID request);

    /** The first photograph of each of these projects that has one (a list's cards show it), in one query. */
    @Query("select p from ProjectPhoto p where p.requestId in :requests and p.position = "
            + "(select min(q.position) from ProjectPhoto q where q.requestId = p.requestId)")
    List<ProjectPhoto> firstOf(@Param("requests") Collection<UUID> requests);
}
