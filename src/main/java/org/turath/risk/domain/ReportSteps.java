package org.turath.risk.domain;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.UUID;

/** The steps of reports' workflows. */
public interface ReportSteps extends JpaRepository<ReportStep, UUID> {

    List<ReportStep> findByReportIdOrderByTakenAtAscIdAsc(UUID reportId, Limit limit);
}
