package org.turath.nominations.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.turath.nominations.Outcome;
import org.turath.shared.LocalizedText;

import java.time.LocalDate;
import java.util.UUID;

/** A decision of the Committee on one file, numbered within its session. Never changed once taken. */
@Entity
@Table(name = "nomination_decision")
public class Decision {

    @Id
    private UUID id;
    @Column(name = "session_id")
    private UUID sessionId;
    @Column(name = "file_id")
    private UUID fileId;
    private int number;
    private String reference;
    @Enumerated(EnumType.STRING)
    private Outcome outcome;
    @Column(name = "decided_on")
    private LocalDate decidedOn;
    @Column(name = "decided_by")
    private String decidedBy;
    @Embedded
    private LocalizedText text;

    protected Decision() {
    }

    Decision(CommitteeSession session, UUID fileId, Outcome outcome, LocalDate decidedOn, String decidedBy,
             LocalizedText text) {
        this.id = UUID.randomUUID();
        this.sessionId = session.id().value();
        this.fileId = fileId;
        this.reference = session.nextDecisionReference();
        this.number = session.decisionCount();
        this.outcome = outcome;
        this.decidedOn = decidedOn;
        this.decidedBy = decidedBy;
        this.text = text;
    }

    public UUID id() {
        return id;
    }

    public UUID sessionId() {
        return sessionId;
    }

    public UUID fileId() {
        return fileId;
    }

    public int number() {
        return number;
    }

    public String reference() {
        return reference;
    }

    public Outcome outcome() {
        return outcome;
    }

    public LocalDate decidedOn() {
        return decidedOn;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public LocalizedText text() {
        return LocalizedText.orEmpty(text);
    }
}
