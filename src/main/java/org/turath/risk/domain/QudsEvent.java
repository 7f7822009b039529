package org.turath.risk.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.hibernate.annotations.BatchSize;
import org.hibernate.envers.Audited;
import org.turath.risk.QudsEventId;
import org.turath.risk.ReportStatus;
import org.turath.shared.LocalizedText;
import org.turath.shared.Recorded;
import org.turath.shared.Refusal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * An entry of the Al-Quds observatory's timeline: an event that affected the heritage of the Old City — when (as
 * precisely as the sources say), where (a landmark, or a place named), what kind, what happened — and the dated sources
 * it rests on. It goes through the reports' workflow: written, checked by someone else, published. Each saved version
 * is kept (Envers).
 */
@Entity
@Table(name = "quds_event")
@Audited
public class QudsEvent extends Recorded {

    /** How precisely the date is known. */
    public enum Precision {
        DAY,
        MONTH,
        YEAR
    }

    /** What kind of event it was. */
    public enum Kind {
        LISTING,
        DAMAGE,
        FIRE,
        EXCAVATION,
        DEMOLITION,
        CONSTRUCTION,
        ACCESS,
        CONSERVATION,
        OTHER
    }

    /** What an entry's form gives, checked by the form (at least one dated source). */
    public record Content(LocalDate occurredOn, Precision precision, String landmark, LocalizedText place, Kind kind,
                          LocalizedText title, LocalizedText description, List<EventSource> sources) {
    }

    @Column(name = "occurred_on")
    private LocalDate occurredOn;
    @Enumerated(EnumType.STRING)
    @Column(name = "date_precision")
    private Precision precision;
    private String landmark;
    @Embedded
    private LocalizedText place;
    @Enumerated(EnumType.STRING)
    private Kind kind;
    @Embedded
    private LocalizedText title;
    @Embedded
    private LocalizedText description;
    @Enumerated(EnumType.STRING)
    private ReportStatus status;
    @Column(name = "return_comment")
    private String returnComment;
    @Column(name = "verified_by")
    private String verifiedBy;
    @Column(name = "published_at")
    private Instant publishedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "quds_event_source", joinColumns = @JoinColumn(name = "event_id"))
    @OrderColumn(name = "position")
    @BatchSize(size = 50)
    private List<EventSource> sources = new ArrayList<>();

    protected QudsEvent() {
    }

    public QudsEvent(Content content, String by, Instant at) {
        super(by, at);
        this.status = ReportStatus.DRAFT;
        apply(content, at);
    }

    public void apply(Content content, Instant at) {
        if (!status.editable()) {
            throw new Refusal("risk", "not-editable");
        }
        if (content.sources().isEmpty()) {
            throw new Refusal("risk", "quds-sources");
        }
        this.occurredOn = content.occurredOn();
        this.precision = content.precision();
        this.landmark = content.landmark();
        this.place = content.place();
        this.kind = content.kind();
        this.title = content.title();
        this.description = content.description();
        this.sources.clear();
        this.sources.addAll(content.sources());
        changed(at);
    }

    public void submit(Instant at) {
        requireStatus(status.editable());
        this.status = ReportStatus.SUBMITTED;
        this.returnComment = null;
        changed(at);
    }

    public void verify(String by, Instant at) {
        requireStatus(status == ReportStatus.SUBMITTED);
        this.status = ReportStatus.VERIFIED;
        this.verifiedBy = by;
        changed(at);
    }

    public void publish(Instant at) {
        requireStatus(status == ReportStatus.VERIFIED);
        this.status = ReportStatus.PUBLISHED;
        this.publishedAt = at;
        changed(at);
    }

    /** Back to its author with why (a published entry is taken off the public timeline). */
    public void returnToAuthor(String comment, Instant at) {
        requireStatus(status == ReportStatus.SUBMITTED || status == ReportStatus.VERIFIED || status == ReportStatus.PUBLISHED);
        this.status = ReportStatus.RETURNED;
        this.returnComment = comment;
        this.publishedAt = null;
        changed(at);
    }

    private static void requireStatus(boolean allowed) {
        if (!allowed) {
            throw new Refusal("risk", "wrong-status");
        }
    }

    public QudsEventId id() {
        return new QudsEventId(uuid());
    }

    public Content content() {
        return new Content(occurredOn, precision, landmark, place(), kind, title(), description(), List.copyOf(sources));
    }

    public LocalDate occurredOn() {
        return occurredOn;
    }

    public Precision precision() {
        return precision;
    }

    public String landmark() {
        return landmark;
    }

    public LocalizedText place() {
        return LocalizedText.orEmpty(place);
    }

    public Kind kind() {
        return kind;
    }

    public LocalizedText title() {
        return LocalizedText.orEmpty(title);
    }

    public LocalizedText description() {
        return LocalizedText.orEmpty(description);
    }

    public ReportStatus status() {
        return status;
    }

    public String returnComment() {
        return returnComment;
    }

    public String verifiedBy() {
        return verifiedBy;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public List<EventSource> sources() {
        return List.copyOf(sources);
    }
}
