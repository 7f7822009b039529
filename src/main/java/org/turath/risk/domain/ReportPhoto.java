package org.turath.risk.domain;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.turath.shared.LocalizedText;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A photograph of a condition report: before or after the damage, when it was taken, who took it (its credit), a
 * caption in three languages that is also its alternative text, and the portal's own re-encoded copies (large and
 * thumbnail) — never the file as uploaded.
 */
@Entity
@Table(name = "risk_report_photo")
public class ReportPhoto {

    /** Whether it shows the place before or after the damage. */
    public enum Phase {
        BEFORE,
        AFTER
    }

    @Id
    private UUID id;
    @Column(name = "report_id")
    private UUID reportId;
    private int position;
    @Enumerated(EnumType.STRING)
    private Phase phase;
    @Column(name = "taken_on")
    private LocalDate takenOn;
    private String credit;
    @Embedded
    @AttributeOverride(name = "ar", column = @Column(name = "caption_ar"))
    @AttributeOverride(name = "en", column = @Column(name = "caption_en"))
    @AttributeOverride(name = "fr", column = @Column(name = "caption_fr"))
    private LocalizedText caption;
    @Column(name = "large_file")
    private String largeFile;
    @Column(name = "thumb_file")
    private String thumbFile;
    private int width;
    private int height;
    @Column(name = "created_by")
    private String createdBy;
    @Column(name = "created_at")
    private Instant createdAt;

    protected ReportPhoto() {
    }

    public ReportPhoto(UUID reportId, int position, Phase phase, LocalDate takenOn, String credit, LocalizedText caption, String largeFile,
                       String thumbFile, int width, int height, String by, Instant at) {
        this.id = UUID.randomUUID();
        this.reportId = reportId;
        this.position = position;
        this.phase = phase;
        this.takenOn = takenOn;
        this.credit = credit;
        this.caption = caption;
        this.largeFile = largeFile;
        this.thumbFile = thumbFile;
        this.width = width;
        this.height = height;
        this.createdBy = by;
        this.createdAt = at;
    }

    public UUID id() {
        return id;
    }

    public UUID reportId() {
        return reportId;
    }

    public int position() {
        return position;
    }

    public Phase phase() {
        return phase;
    }

    public LocalDate takenOn() {
        return takenOn;
    }

    public String credit() {
        return credit;
    }

    public LocalizedText caption() {
        return LocalizedText.orEmpty(caption);
    }

    public String largeFile() {
        return largeFile;
    }

    public String thumbFile() {
        return thumbFile;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
