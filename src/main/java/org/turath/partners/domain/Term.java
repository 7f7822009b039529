package org.turath.partners.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/** One term of an agreement: the first runs from the signature, each later one from a renewal, tacit or decided. */
@Embeddable
public class Term {

    /** What a term rests on. */
    public enum Basis {
        SIGNATURE,
        TACIT,
        DECISION
    }

    @Column(name = "starts_on")
    private LocalDate startsOn;
    @Column(name = "ends_on")
    private LocalDate endsOn;
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Basis basis;
    private String decision;
    @Column(name = "recorded_by")
    private String recordedBy;
    @Column(name = "recorded_at")
    private Instant recordedAt;

    protected Term() {
    }

    public Term(LocalDate startsOn, LocalDate endsOn, Basis basis, String decision, String recordedBy, Instant recordedAt) {
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.basis = basis;
        this.decision = decision;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public LocalDate startsOn() {
        return startsOn;
    }

    public LocalDate endsOn() {
        return endsOn;
    }

    public Basis basis() {
        return basis;
    }

    public String decision() {
        return decision;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Term that && Objects.equals(startsOn, that.startsOn) && Objects.equals(endsOn, that.endsOn)
                && basis == that.basis && Objects.equals(decision, that.decision);
    }

    @Override
    public int hashCode() {
        return Objects.hash(startsOn, endsOn, basis, decision);
    }
}
