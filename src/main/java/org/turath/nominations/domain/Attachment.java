package org.turath.nominations.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * A document of a nomination file: a file kept on disk under a generated name (its type read from
 * its content), or a link to a video. Photographs and videos carry their rights release.
 */
@Entity
@Table(name = "nomination_attachment")
public class Attachment {

    public enum Kind {
        MAP, PHOTO, MANAGEMENT_PLAN, CONSENT, VIDEO, OTHER;

        /** Whether the form asks for the holder's release of rights. */
        public boolean needsRightsRelease() {
            return this == PHOTO || this == VIDEO;
        }
    }

    @Id
    private UUID id;
    @Column(name = "file_id")
    private UUID fileId;
    @Enumerated(EnumType.STRING)
    private Kind kind;
    @Column(name = "stored_name")
    private String storedName;
    @Column(name = "shown_name")
    private String shownName;
    @Column(name = "media_type")
    private String mediaType;
    @Column(name = "size_bytes")
    private long size;
    @Column(name = "video_url")
    private String videoUrl;
    private String caption;
    @Column(name = "rights_release")
    private boolean rightsRelease;
    @Column(name = "uploaded_by")
    private String uploadedBy;
    @Column(name = "uploaded_at")
    private Instant uploadedAt;

    protected Attachment() {
    }

    public static Attachment stored(UUID fileId, Kind kind, String storedName, String shownName, String mediaType, long size,
                                    String caption, boolean rightsRelease, String by, Instant at) {
        Attachment attachment = new Attachment(fileId, kind, shownName, mediaType, caption, rightsRelease, by, at);
        attachment.storedName = storedName;
        attachment.size = size;
        return attachment;
    }

    public static Attachment video(UUID fileId, String url, String caption, boolean rightsRelease, String by, Instant at) {
        Attachment attachment = new Attachment(fileId, Kind.VIDEO, url, "text/uri-list", caption, rightsRelease, by, at);
        attachment.videoUrl = url;
        return attachment;
    }

    private Attachment(UUID fileId, Kind kind, String shownName, String mediaType, String caption, boolean rightsRelease,
                       String by, Instant at) {
        this.id = UUID.randomUUID();
        this.fileId = fileId;
        this.kind = kind;
        this.shownName = shownName;
        this.mediaType = mediaType;
        this.caption = caption;
        this.rightsRelease = rightsRelease;
        this.uploadedBy = by;
        this.uploadedAt = at;
    }

    public UUID id() {
        return id;
    }

    public UUID fileId() {
        return fileId;
    }

    public Kind kind() {
        return kind;
    }

    public String storedName() {
        return storedName;
    }

    public String shownName() {
        return shownName;
    }

    public String mediaType() {
        return mediaType;
    }

    public long size() {
        return size;
    }

    public String videoUrl() {
        return videoUrl;
    }

    public String caption() {
        return caption;
    }

    public boolean rightsRelease() {
        return rightsRelease;
    }

    public String uploadedBy() {
        return uploadedBy;
    }

    public Instant uploadedAt() {
        return uploadedAt;
    }
}
