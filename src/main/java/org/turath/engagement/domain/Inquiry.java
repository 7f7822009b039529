package org.turath.engagement.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.turath.engagement.InquiryStatus;
import org.turath.engagement.InquiryTopic;
import org.turath.shared.Language;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** A question sent with the "ask us" form, as the secretariat's inbox holds it. */
@Entity
@Table(name = "inquiry")
public class Inquiry {

    @Id
    private UUID id;
    private String reference;
    @Enumerated(EnumType.STRING)
    private InquiryTopic topic;
    private String language;
    @Column(name = "asker_name")
    private String askerName;
    private String email;
    private String message;
    @Enumerated(EnumType.STRING)
    private InquiryStatus status;
    private String assignee;
    @Column(name = "received_at")
    private Instant receivedAt;
    @Column(name = "answered_at")
    private Instant answeredAt;
    @Column(name = "closed_at")
    private Instant closedAt;
    @Version
    @Column(name = "row_version")
    private long version;

    protected Inquiry() {
    }

    public Inquiry(InquiryTopic topic, Language language, String askerName, String email, String message, Instant at) {
        this.id = UUID.randomUUID();
        this.reference = "Q-" + id.toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);
        this.topic = topic;
        this.language = language.tag();
        this.askerName = askerName;
        this.email = email;
        this.message = message;
        this.status = InquiryStatus.NEW;
        this.receivedAt = at;
    }

    public void assign(String to) {
        this.assignee = to;
        if (status == InquiryStatus.NEW) {
            status = InquiryStatus.ASSIGNED;
        }
    }

    public void answered(Instant at) {
        this.status = InquiryStatus.ANSWERED;
        this.answeredAt = at;
    }

    public void close(Instant at) {
        this.status = InquiryStatus.CLOSED;
        this.closedAt = at;
    }

    public void reopen() {
        this.status = assignee == null ? InquiryStatus.NEW : InquiryStatus.ASSIGNED;
        this.closedAt = null;
    }

    /** Waiting longer than {@code answerWithin} for an answer. */
    public boolean overdue(Instant now, Duration answerWithin) {
        return status.waiting() && receivedAt.plus(answerWithin).isBefore(now);
    }

    public org.turath.engagement.InquiryId id() {
        return new org.turath.engagement.InquiryId(id);
    }

    public String reference() {
        return reference;
    }

    public InquiryTopic topic() {
        return topic;
    }

    public Language language() {
        return Language.fromTag(language).orElse(Language.DEFAULT);
    }

    public String askerName() {
        return askerName;
    }

    public String email() {
        return email;
    }

    public String message() {
        return message;
    }

    public InquiryStatus status() {
        return status;
    }

    public String assignee() {
        return assignee;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public Instant answeredAt() {
        return answeredAt;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public long version() {
        return version;
    }
}
