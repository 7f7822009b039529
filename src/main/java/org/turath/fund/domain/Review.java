package org.turath.fund.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.hibernate.annotations.BatchSize;
import org.turath.shared.Refusal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * One expert's review of one request: assigned with a due date, a declaration of conflicts of interest before reading
 * (a declared conflict ends the review: it never counts), then a score and a reason for each of the call's criteria and
 * an overall opinion. Submitted once; never changed after.
 */
@Entity
@Table(name = "fund_review")
public class Review {

    @Id
    private UUID id;
    @Column(name = "request_id")
    private UUID requestId;
    private String expert;
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
    private String opinion;
    @Column(name = "submitted_at")
    private Instant submittedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "fund_score", joinColumns = @JoinColumn(name = "review_id"))
    @OrderColumn(name = "position")
    @BatchSize(size = 50)
    private List<Score> scores = new ArrayList<>();

    protected Review() {
    }

    public Review(UUID requestId, String expert, String assignedBy, Instant at, LocalDate dueOn) {
        this.id = UUID.randomUUID();
        this.requestId = requestId;
        this.expert = expert;
        this.assignedBy = assignedBy;
        this.assignedAt = at;
        this.dueOn = dueOn;
    }

    public void declare(boolean conflicted, String text, Instant at) {
        if (declared()) {
            throw new Refusal("fund", "already-declared");
        }
        this.conflict = conflicted;
        this.declaration = text;
        this.declaredAt = at;
    }

    /** The scores, one per criterion in the call's order, each with its reason. */
    public void submit(List<Score> given, int criteria, String opinionText, Instant at) {
        if (!declared() || Boolean.TRUE.equals(conflict)) {
            throw new Refusal("fund", "declare-first");
        }
        if (done()) {
            throw new Refusal("fund", "already-reviewed");
        }
        if (given.size() != criteria || given.stream().anyMatch(s -> s.score() < 0 || s.score() > 10
                || s.reason() == null || s.reason().isBlank())) {
            throw new Refusal("fund", "scores");
        }
        this.scores.clear();
        this.scores.addAll(given);
        this.opinion = opinionText;
        this.submittedAt = at;
    }

    /** Counts towards the request: declared free of conflicts. */
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

    public UUID requestId() {
        return requestId;
    }

    public String expert() {
        return expert;
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

    public String opinion() {
        return opinion;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public List<Score> scores() {
        return List.copyOf(scores);
    }
}
