package org.turath.risk.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A step of a condition report's workflow. */
@Entity
@Table(name = "risk_report_step")
public class ReportStep extends WorkflowStep {

    @Column(name = "report_id")
    private UUID reportId;

    protected ReportStep() {
    }

    public ReportStep(UUID reportId, String step, String actor, Instant takenAt, String comment) {
        super(step, actor, takenAt, comment);
        this.reportId = reportId;
    }
}
