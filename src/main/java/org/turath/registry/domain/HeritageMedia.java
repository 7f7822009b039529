package org.turath.registry.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.turath.shared.LocalizedText;

import java.time.Instant;
import java.util.UUID;

/** An image of a heritage item: the file and its thumbnail on disk, a caption in each language, the credit. */
@Entity
@Table(name = "heritage_media")
public class HeritageMedia {

    @Id
    private UUID id;
    @Column(name = "item_id")
    private UUID itemId;
    private int position;
    @Column(name = "stored_name")
    private String storedName;
    @Column(name = "thumb_name")
    private String thumbName;
    /** The middle size (at most {@code MEDIUM_SIZE} wide), or null when the original is no larger. */
    @Column(name = "medium_name")
    private String mediumName;
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private org.turath.registry.ImageLicence licence;
    @Column(name = "original_name")
    private String originalName;
    @Column(name = "content_type")
    private String contentType;
    @Column(name = "size_bytes")
    private long sizeBytes;
    private int width;
    private int height;
    @Embedded
    private LocalizedText caption;
    private String credit;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "created_by")
    private String createdBy;

    protected HeritageMedia() {
    }

    public HeritageMedia(UUID itemId, int position, String storedName, String thumbName, String mediumName, String originalName,
                         String contentType, long sizeBytes, int width, int height, LocalizedText caption, String credit,
                         org.turath.registry.ImageLicence licence, String createdBy, Instant now) {
        this.id = UUID.randomUUID();
        this.itemId = itemId;
        this.position = position;
        this.storedName = storedName;
        this.thumbName = thumbName;
        this.mediumName = mediumName;
        this.licence = licence;
        this.originalName = originalName;
        this.contentType = contentType;
        this.sizeBytes = sizeBytes;
        this.width = width;
        this.height = height;
        this.caption = caption;
        this.credit = credit;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    public UUID id() {
        return id;
    }

    public UUID itemId() {
        return itemId;
    }

    public int position() {
        return position;
    }

    public String storedName() {
        return storedName;
    }

    public String mediumName() {
        return mediumName;
    }

    public org.turath.registry.ImageLicence licence() {
        return licence;
    }

    public String thumbName() {
        return thumbName;
    }

    public String originalName() {
        return originalName;
    }

    public String contentType() {
        return contentType;
    }

    public long sizeBytes() {
        return sizeBytes;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public LocalizedText caption() {
        return LocalizedText.orEmpty(caption);
    }

    public String credit() {
        return credit;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
