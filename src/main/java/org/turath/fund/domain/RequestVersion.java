package org.turath.fund.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** What a state submitted, frozen at the submission (a JSON document of the request's content and documents). */
@Entity
@Table(name = "fund_request_version")
public class RequestVersion {

    @Id
    private UUID id;
    @Column(name = "request_id")
    private UUID requestId;
    private int number;
    @Column(name = "submitted_by")
    private String submittedBy;
    @Column(name = "submitted_at")
    private Instant submittedAt;
    private String content;

    protected RequestVersion() {
    }

    public RequestVersion(UUID requestId, int number, String submittedBy, Instant submittedAt, String content) {
        this.id = UUID.randomUUID();
        this.requestId = requestId;
        this.number = number;
        this.submittedBy = submittedBy;
        this.submittedAt = submittedAt;
        this.content = content;
    }

    public int number() {
        return number;
    }

    public String submittedBy() {
        return submittedBy;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public String content() {
        return content;
    }
}
