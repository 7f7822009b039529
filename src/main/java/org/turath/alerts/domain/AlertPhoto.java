package org.turath.alerts.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.turath.shared.LocalizedText;

import java.time.Instant;
import java.util.UUID;

/**
 * A photograph of an alert's object, kept as the portal's own JPEG copies, with its credit, a text alternative in
 * three languages and its perceptual hash (64 bits), by which "check an object" finds it from another picture of it.
 */
@Entity
@Table(name = "object_alert_photo")
public class AlertPhoto {

    @Id
    private UUID id;
    @Column(name = "alert_id")
    private UUID alertId;
    private int position;
    @Column(name = "large_file")
    private String largeFile;
    @Column(name = "thumb_file")
    private String thumbFile;
    private int width;
    private int height;
    private long phash;
    private String credit;
    @Embedded
    private LocalizedText alt;
    @Column(name = "created_by")
    private String createdBy;
    @Column(name = "created_at")
    private Instant createdAt;

    protected AlertPhoto() {
    }

    public AlertPhoto(UUID alertId, int position, String largeFile, String thumbFile, int width, int height, long phash, String credit,
                      LocalizedText alt, String by, Instant at) {
        this.id = UUID.randomUUID();
        this.alertId = alertId;
        this.position = position;
        this.largeFile = largeFile;
        this.thumbFile = thumbFile;
        this.width = width;
        this.height = height;
        this.phash = phash;
        this.credit = credit;
        this.alt = alt;
        this.createdBy = by;
        this.createdAt = at;
    }

    public UUID id() {
        return id;
    }

    public UUID alertId() {
        return alertId;
    }

    public int position() {
        return position;
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

    public long phash() {
        return phash;
    }

    public String credit() {
        return credit;
    }

    public LocalizedText alt() {
        return LocalizedText.orEmpty(alt);
    }
}
