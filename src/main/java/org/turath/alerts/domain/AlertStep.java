package org.turath.alerts.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.turath.alerts.AlertStage;
import org.turath.alerts.AlertStatus;

import java.time.Instant;
import java.util.UUID;

/** One step of an alert's life: who moved it to which stage and status, when, and what they wrote. */
@Entity
@Table(name = "object_alert_step")
public class AlertStep {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @jakarta.persistence.Column(name = "alert_id")
    private UUID alertId;
    private Instant at;
    private String actor;
    @Enumerated(EnumType.STRING)
    private AlertStatus status;
    @Enumerated(EnumType.STRING)
    private AlertStage stage;
    private String note;

    protected AlertStep() {
    }

    public AlertStep(UUID alertId, Instant at, String actor, AlertStatus status, AlertStage stage, String note) {
        this.alertId = alertId;
        this.at = at;
        this.actor = actor;
        this.status = status;
        this.stage = stage;
        this.note = note;
    }

    public Instant at() {
        return at;
    }

    /** The day of the step, in UTC (as the history lists it). */
    public java.time.LocalDate day() {
        return at.atZone(java.time.ZoneOffset.UTC).toLocalDate();
    }

    public String actor() {
        return actor;
    }

    public AlertStatus status() {
        return status;
    }

    public AlertStage stage() {
        return stage;
    }

    public String note() {
        return note;
    }
}
