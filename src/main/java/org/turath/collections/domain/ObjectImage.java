package org.turath.collections.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.turath.collections.Licence;
import org.turath.shared.LocalizedText;

import java.time.Instant;
import java.util.UUID;

/**
 * An image of an object: the upload kept as it came (never served), and the portal's pyramid of JPEG tiles made from it
 * in the background, which the IIIF Image API serves once it is ready. Credit, licence and a text alternative in three
 * languages go wherever it is shown.
 */
@Entity
@Table(name = "collection_image")
public class ObjectImage {

    /** Where its tiles are. */
    public enum Status { PROCESSING, READY, FAILED }

    @Id
    private UUID id;
    @Column(name = "object_id")
    private UUID objectId;
    private int position;
    private String original;
    private int width;
    private int height;
    @Enumerated(EnumType.STRING)
    private Status status;
    private String problem;
    private String credit;
    @Enumerated(EnumType.STRING)
    private Licence licence;
    @Embedded
    private LocalizedText alt;
    private boolean generated;
    @Column(name = "created_by")
    private String createdBy;
    @Column(name = "created_at")
    private Instant createdAt;

    protected ObjectImage() {
    }

    public ObjectImage(UUID objectId, int position, String original, int width, int height, String credit, Licence licence,
                       LocalizedText alt, boolean generated, String by, Instant at) {
        this.id = UUID.randomUUID();
        this.objectId = objectId;
        this.position = position;
        this.original = original;
        this.width = width;
        this.height = height;
        this.status = Status.PROCESSING;
        this.credit = credit;
        this.licence = licence;
        this.alt = alt;
        this.generated = generated;
        this.createdBy = by;
        this.createdAt = at;
    }

    public void ready() {
        this.status = Status.READY;
        this.problem = null;
    }

    public void failed(String problem) {
        this.status = Status.FAILED;
        this.problem = problem == null ? null : problem.substring(0, Math.min(problem.length(), 200));
    }

    public UUID id() {
        return id;
    }

    public UUID objectId() {
        return objectId;
    }

    public int position() {
        return position;
    }

    /** The stored name of the upload, as it came. */
    public String original() {
        return original;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public Status status() {
        return status;
    }

    public String problem() {
        return problem;
    }

    public String credit() {
        return credit;
    }

    public Licence licence() {
        return licence;
    }

    public LocalizedText alt() {
        return LocalizedText.orEmpty(alt);
    }

    /** Whether the portal drew it (demonstration data), which is said wherever it is shown: it is not a photograph. */
    public boolean generated() {
        return generated;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
