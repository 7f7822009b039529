package org.turath.files;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import org.turath.shared.LocalizedText;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A photograph kept with a record (a condition report, a funded project's work): its place among the record's
 * photographs, when it was taken, who took it (its credit), a caption in three languages that is also its alternative
 * text, and the portal's own re-encoded copies ({@link Photographs.Kept}, large and thumbnail) — never the file as
 * uploaded. Each module maps it to a table of its own with the columns named here and the record's id.
 */
@MappedSuperclass
public abstract class KeptPhotograph {

    @Id
    private UUID id;
    private int position;
    @Column(name = "taken_on")
    private LocalDate takenOn;
    private String credit;
    @Embedded
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

    protected KeptPhotograph() {
    }

    /** What the person gave (date, credit, caption) and the copies kept of the file, by whom and when. */
    public record Made(LocalDate takenOn, String credit, LocalizedText caption, String largeFile, String thumbFile, int width, int height,
                       String by, Instant at) {
    }

    protected KeptPhotograph(int position, Made made) {
        this.id = UUID.randomUUID();
        this.position = position;
        this.takenOn = made.takenOn();
        this.credit = made.credit();
        this.caption = made.caption();
        this.largeFile = made.largeFile();
        this.thumbFile = made.thumbFile();
        this.width = made.width();
        this.height = made.height();
        this.createdBy = made.by();
        this.createdAt = made.at();
    }

    public UUID id() {
        return id;
    }

    public int position() {
        return position;
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
