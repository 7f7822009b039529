package org.turath.accounts.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.turath.accounts.AuditType;

import java.time.Instant;

/** One entry of the audit log; never changed once written. */
@Entity
@Immutable
@Table(name = "audit_event")
public class AuditEntry {

    private static final int DETAIL_LENGTH = 2000;
    private static final int TARGET_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "occurred_at")
    private Instant occurredAt;
    @Enumerated(EnumType.STRING)
    @Column(name = "event_type")
    private AuditType type;
    private String actor;
    private String target;
    private String detail;
    @Column(name = "remote_address")
    private String remoteAddress;

    protected AuditEntry() {
    }

    public AuditEntry(Instant occurredAt, AuditType type, String actor, String target, String detail, String remoteAddress) {
        this.occurredAt = occurredAt;
        this.type = type;
        this.actor = clip(actor, 320);
        this.target = clip(target, TARGET_LENGTH);
        this.detail = clip(detail, DETAIL_LENGTH);
        this.remoteAddress = clip(remoteAddress, 64);
    }

    private static String clip(String value, int length) {
        return value == null || value.length() <= length ? value : value.substring(0, length);
    }

    public Long id() {
        return id;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public AuditType type() {
        return type;
    }

    public String actor() {
        return actor;
    }

    public String target() {
        return target;
    }

    public String detail() {
        return detail;
    }

    public String remoteAddress() {
        return remoteAddress;
    }
}
