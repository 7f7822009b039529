package org.turath.risk.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

import java.time.Instant;
import java.util.UUID;

/**
 * A step of a checked record's workflow (a condition report, an observatory entry), as it was taken: created, changed,
 * submitted, returned (with the comment), verified, published — with who took it and when. Each kind of record keeps
 * its steps in a table of its own.
 */
@MappedSuperclass
public abstract class WorkflowStep {

    @Id
    private UUID id;
    private String step;
    private String actor;
    @Column(name = "taken_at")
    private Instant takenAt;
    private String comment;

    protected WorkflowStep() {
    }

    protected WorkflowStep(String step, String actor, Instant takenAt, String comment) {
        this.id = UUID.randomUUID();
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
