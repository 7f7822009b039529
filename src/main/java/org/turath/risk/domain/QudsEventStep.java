package org.turath.risk.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A step of an observatory entry's workflow, as it was taken, with who took it and what they said. */
@Entity
@Table(name = "quds_event_step")
public class QudsEventStep {

    @Id
    private UUID id;
    @Column(name = "event_id")
    private UUID eventId;
    private String step;
    private String actor;
    @Column(name = "taken_at")
    private Instant takenAt;
    private String comment;

    protected QudsEventStep() {
    }

    public QudsEventStep(UUID eventId, String step, String actor, Instant takenAt, String comment) {
        this.id = UUID.randomUUID();
        this.eventId = eventId;
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
