package org.turath.engagement.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A reply the secretariat sent to an inquiry. */
@Entity
@Table(name = "inquiry_reply")
public class InquiryReply {

    @Id
    private UUID id;
    @Column(name = "inquiry_id")
    private UUID inquiryId;
    private String author;
    private String body;
    @Column(name = "sent_at")
    private Instant sentAt;

    protected InquiryReply() {
    }

    public InquiryReply(UUID inquiryId, String author, String body, Instant at) {
        this.id = UUID.randomUUID();
        this.inquiryId = inquiryId;
        this.author = author;
        this.body = body;
        this.sentAt = at;
    }

    public String author() {
        return author;
    }

    public String body() {
        return body;
    }

    public Instant sentAt() {
        return sentAt;
    }
}
