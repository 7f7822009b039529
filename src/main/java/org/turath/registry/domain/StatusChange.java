package org.turath.registry.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.turath.registry.HeritageStatus;
import org.turath.shared.LocalizedText;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One dated entry of an item's status history. Appended, never rewritten. */
@Entity
@Table(name = "heritage_status_change")
public class StatusChange {

    @Id
    private UUID id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "item_id")
    private HeritageItem item;
    @Enumerated(EnumType.STRING)
    private HeritageStatus status;
    @Column(name = "effective_date")
    private LocalDate effectiveDate;
    /** The source knows only the year (UNESCO's data); pages then show the year alone. */
    @Column(name = "year_only")
    private boolean yearOnly;
    @Embedded
    private LocalizedText reason;
    @Column(name = "decision_ref")
    private String decisionRef;
    @Column(name = "recorded_at")
    private Instant recordedAt;

    protected StatusChange() {
    }

    StatusChange(HeritageItem item, StatusEntry entry, Instant recordedAt) {
        this.id = UUID.randomUUID();
        this.item = item;
        this.status = entry.status();
        this.effectiveDate = entry.effectiveDate();
        this.yearOnly = entry.yearOnly();
        this.reason = entry.reason();
        this.decisionRef = entry.decisionRef();
        this.recordedAt = recordedAt;
    }

    boolean records(StatusEntry entry) {
        return status == entry.status() && effectiveDate.equals(entry.effectiveDate());
    }

    public HeritageStatus status() {
        return status;
    }

    public LocalDate effectiveDate() {
        return effectiveDate;
    }

    public boolean yearOnly() {
        return yearOnly;
    }

    public LocalizedText reason() {
        return LocalizedText.orEmpty(reason);
    }

    public String decisionRef() {
        return decisionRef;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
