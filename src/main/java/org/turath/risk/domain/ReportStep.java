package org.turath.risk.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A step of a report's workflow, as it was taken: created, submitted, returned (with the comment), verified, published. */
@Entity
@Table(name = "risk_report_step")
public class ReportStep {

    @Id
    private UUID id;
    @Column(name = "report_id")
    private UUID reportId;
    private String step;
    private String actor;
    @Column(name = "taken_at")
    private Instant takenAt;
    private String comment;

    protected ReportStep() {
    }

    public ReportStep(UUID reportId, String step, String actor, Instant takenAt, String comment) {
        this.id = UUID.randomUUID();
        this.reportId = reportId;
        this.step = step;
        this.actor = actor;
        this.takenAt = takenAt;
        this.comment = comment;
    }

    public String step() {
        return step;
    }

    public String actor() {
        return actor;
    }

    public Instant takenAt() {
        return takenAt;
    }

    public String comment() {
        return comment;
    }
}
