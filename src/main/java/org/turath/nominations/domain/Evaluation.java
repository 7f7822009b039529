package org.turath.nominations.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.turath.nominations.Outcome;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * One expert's work on one file: assigned with a due date, a declaration of conflicts of interest
 * before reading, then the assessment of the criteria and a recommendation.
 */
@Entity
@Table(name = "nomination_evaluation")
public class Evaluation {

    @Id
    private UUID id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "file_id")
    private NominationFile file;
    private String evaluator;
    @Column(name = "assigned_by")
    private String assignedBy;
    @Column(name = "assigned_at")
    private Instant assignedAt;
    @Column(name = "due_on")
    private LocalDate dueOn;
    private Boolean conflict;
    private String declaration;
    @Column(name = "declared_at")
    private Instant declaredAt;
    private String criteria;
    private String assessment;
    @Enumerated(EnumType.STRING)
    private Outcome recommendation;
    @Column(name = "submitted_at")
    private Instant submittedAt;
    @Column(name = "reminded_at")
    private Instant remindedAt;

    protected Evaluation() {
    }

    Evaluation(NominationFile file, String evaluator, String assignedBy, Instant at, LocalDate dueOn) {
        this.id = UUID.randomUUID();
        this.file = file;
        this.evaluator = evaluator;
        this.assignedBy = assignedBy;
        this.assignedAt = at;
        this.dueOn = dueOn;
    }

    void declare(boolean conflicted, String text, Instant at) {
        this.conflict = conflicted;
        this.declaration = text;
        this.declaredAt = at;
    }

    void record(List<String> criteriaMet, String assessmentText, Outcome recommended, Instant at) {
        this.criteria = String.join(",", criteriaMet);
        this.assessment = assessmentText;
        this.recommendation = recommended;
        this.submittedAt = at;
    }

    public void reminded(Instant at) {
        this.remindedAt = at;
    }

    /** Still counts towards the file's evaluation: not ended by a declared conflict. */
    public boolean active() {
        return !Boolean.TRUE.equals(conflict);
    }

    public boolean declared() {
        return conflict != null;
    }

    public boolean done() {
        return submittedAt != null;
    }

    public UUID id() {
        return id;
    }

    public String evaluator() {
        return evaluator;
    }

    public String assignedBy() {
        return assignedBy;
    }

    public Instant assignedAt() {
        return assignedAt;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public Boolean conflict() {
        return conflict;
    }

    public String declaration() {
        return declaration;
    }

    public Instant declaredAt() {
        return declaredAt;
    }

    public List<String> criteria() {
        return criteria == null || criteria.isEmpty() ? List.of() : Arrays.asList(criteria.split(","));
    }

    public String assessment() {
        return assessment;
    }

    public Outcome recommendation() {
        return recommendation;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public Instant remindedAt() {
        return remindedAt;
    }
}
