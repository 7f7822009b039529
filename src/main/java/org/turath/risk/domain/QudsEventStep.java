package org.turath.risk.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A step of an observatory entry's workflow. */
@Entity
@Table(name = "quds_event_step")
public class QudsEventStep extends WorkflowStep {

    @Column(name = "event_id")
    private UUID eventId;

    protected QudsEventStep() {
    }

    public QudsEventStep(UUID eventId, String step, String actor, Instant takenAt, String comment) {
        super(step, actor, takenAt, comment);
        this.eventId = eventId;
    }
}
