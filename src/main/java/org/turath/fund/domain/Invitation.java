package org.turath.fund.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * A person of the applying institution whom the state's focal point invited to write one request with them: while it
 * holds (not withdrawn), the person reads, writes, documents and submits that request. Withdrawn, it is kept with who
 * withdrew it and when; inviting the same person again opens it again.
 */
@Entity
@Table(name = "fund_invitation")
public class Invitation {

    @Id
    private UUID id;
    @Column(name = "request_id")
    private UUID requestId;
    private String email;
    private String person;
    private String institution;
    @Column(name = "invited_by")
    private String invitedBy;
    @Column(name = "invited_at")
    private Instant invitedAt;
    @Column(name = "withdrawn_by")
    private String withdrawnBy;
    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    protected Invitation() {
    }

    public Invitation(UUID requestId, String email, String person, String institution, String by, Instant at) {
        this.id = UUID.randomUUID();
        this.requestId = requestId;
        this.email = email;
        renew(person, institution, by, at);
    }

    /** Invited (again): the name and institution as now given, no longer withdrawn. */
    public void renew(String person, String institution, String by, Instant at) {
        this.person = person;
        this.institution = institution;
        this.invitedBy = by;
        this.invitedAt = at;
        this.withdrawnBy = null;
        this.withdrawnAt = null;
    }

    public void withdraw(String by, Instant at) {
        this.withdrawnBy = by;
        this.withdrawnAt = at;
    }

    public boolean holds() {
        return withdrawnAt == null;
    }

    public UUID id() {
        return id;
    }

    public UUID requestId() {
        return requestId;
    }

    public String email() {
        return email;
    }

    public String person() {
        return person;
    }

    public String institution() {
        return institution;
    }

    public String invitedBy() {
        return invitedBy;
    }

    public Instant invitedAt() {
        return invitedAt;
    }

    public Instant withdrawnAt() {
        return withdrawnAt;
    }
}
