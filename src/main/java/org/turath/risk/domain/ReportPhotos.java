package org.turath.risk.domain;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.List;
import java.util.UUID;

public interface ReportPhotos extends JpaRepository<ReportPhoto, UUID> {

    List<ReportPhoto> findByReportIdOrderByPosition(UUID reportId);

    long countByReportId(UUID reportId);

    @Query("select coalesce(max(p.position), 0) from ReportPhoto p where p.reportId = :report")
    int lastPosition(@Param("report") UUID report);
}
