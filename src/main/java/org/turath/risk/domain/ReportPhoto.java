package org.turath.risk.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.turath.files.KeptPhotograph;

import java.util.UUID;

/** A photograph of a condition report, showing the place before or after the damage. */
@Entity
@Table(name = "risk_report_photo")
public class ReportPhoto extends KeptPhotograph {

    /** Whether it shows the place before or after the damage. */
    public enum Phase {
        BEFORE,
        AFTER
    }

    @Column(name = "report_id")
    private UUID reportId;
    @Enumerated(EnumType.STRING)
    private Phase phase;

    protected ReportPhoto() {
    }

    public ReportPhoto(UUID reportId, int position, Phase phase, Made made) {
        super(position, made);
        this.reportId = reportId;
        this.phase = phase;
    }

    public UUID reportId() {
        return reportId;
    }

    public Phase phase() {
        return phase;
    }
}
