package org.turath.fund.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.hibernate.annotations.BatchSize;
import org.hibernate.envers.Audited;
import org.turath.fund.FundRequestId;
import org.turath.fund.ProjectKind;
import org.turath.fund.RequestStatus;
import org.turath.shared.LocalizedText;
import org.turath.shared.Recorded;
import org.turath.shared.Refusal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A request to the Support Fund for a project on a heritage item: written by the item's state, submitted (each
 * submission frozen as a version), checked for eligibility, reviewed by experts, decided, and — when granted — paid in
 * tranches as its milestones are reached, until it is closed with a final report. An emergency request (on an item a
 * condition report shows at risk) needs no open call and is decided by a date of its own. Each saved version is kept
 * (Envers).
 */
@Entity
@Table(name = "fund_request")
@Audited
public class FundRequest extends Recorded {

    /** The most lines a budget or a work plan has. */
    public static final int MAX_ROWS = 12;

    /** What the state writes (checked by the form; completeness is read by {@link #missing()}). */
    public record Content(ProjectKind kind, String applicant, LocalizedText title, LocalizedText objectives, LocalizedText workPlan,
                          BigDecimal amountRequested, List<BudgetLine> budget, List<Milestone> milestones) {
    }

    private String reference;
    @Column(name = "call_id")
    private UUID callId;
    private boolean emergency;
    @Column(name = "risk_report_id")
    private UUID riskReportId;
    private String state;
    @Column(name = "item_reference")
    private String itemReference;
    @Enumerated(EnumType.STRING)
    private ProjectKind kind;
    private String applicant;
    @Embedded
    private LocalizedText title;
    @Embedded
    private LocalizedText objectives;
    @Embedded
    private LocalizedText workPlan;
    private String currency;
    @Column(name = "amount_requested")
    private BigDecimal amountRequested;
    @Enumerated(EnumType.STRING)
    private RequestStatus status;
    private int versions;
    @Column(name = "submitted_at")
    private Instant submittedAt;
    @Column(name = "decide_by")
    private LocalDate decideBy;
    @Column(name = "checked_by")
    private String checkedBy;
    @Column(name = "eligibility_note")
    private String eligibilityNote;
    @Column(name = "granted_amount")
    private BigDecimal grantedAmount;
    @Column(name = "decision_note")
    private String decisionNote;
    @Column(name = "decided_by")
    private String decidedBy;
    @Column(name = "decided_on")
    private LocalDate decidedOn;
    @Column(name = "grant_file")
    private String grantFile;
    @Column(name = "grant_name")
    private String grantName;
    @Column(name = "grant_size")
    private Long grantSize;
    @Column(name = "final_report")
    private String finalReport;
    @Column(name = "closed_on")
    private LocalDate closedOn;
    private boolean demonstration;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "fund_budget_line", joinColumns = @JoinColumn(name = "request_id"))
    @OrderColumn(name = "position")
    @BatchSize(size = 50)
    private List<BudgetLine> budget = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "fund_milestone", joinColumns = @JoinColumn(name = "request_id"))
    @OrderColumn(name = "position")
    @BatchSize(size = 50)
    private List<Milestone> milestones = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "fund_document", joinColumns = @JoinColumn(name = "request_id"))
    @OrderColumn(name = "position")
    @BatchSize(size = 50)
    private List<RequestDocument> documents = new ArrayList<>();

    protected FundRequest() {
    }

    /** A new draft under a call, or an emergency request (no call, a condition report named, decided by {@code decideBy}). */
    public FundRequest(String reference, UUID callId, UUID riskReportId, String state, String itemReference, String currency,
                       Content content, boolean demonstration, String by, Instant at) {
        super(by, at);
        this.reference = reference;
        this.callId = callId;
        this.emergency = callId == null;
        this.riskReportId = riskReportId;
        this.state = state;
        this.itemReference = itemReference;
        this.currency = currency;
        this.status = RequestStatus.DRAFT;
        this.demonstration = demonstration;
        apply(content);
    }

    public void edit(Content content, Instant at) {
        require(status.editable());
        apply(content);
        changed(at);
    }

    private void apply(Content content) {
        if (content.budget().size() > MAX_ROWS || content.milestones().size() > MAX_ROWS) {
            throw new Refusal("fund", "rows", MAX_ROWS);
        }
        this.kind = content.kind();
        this.applicant = content.applicant();
        this.title = content.title();
        this.objectives = content.objectives();
        this.workPlan = content.workPlan();
        this.amountRequested = content.amountRequested();
        this.budget.clear();
        this.budget.addAll(content.budget());
        this.milestones.clear();
        this.milestones.addAll(content.milestones());
    }

    public Content content() {
        return new Content(kind, applicant, title(), objectives(), workPlan(), amountRequested, budget(), milestones());
    }

    /** What the request still lacks before it can be submitted ({@link Completeness}). */
    public List<String> missing() {
        return Completeness.missing(this);
    }

    /** Sent to the secretariat: the caller freezes what was sent as the version {@link #versions()}. */
    public void submit(LocalDate decideByDay, Instant at) {
        require(status.editable());
        if (!missing().isEmpty()) {
            throw new Refusal("fund", "incomplete");
        }
        this.status = RequestStatus.SUBMITTED;
        this.versions++;
        this.submittedAt = at;
        if (decideBy == null) {
            this.decideBy = decideByDay;
        }
        changed(at);
    }

    /** Sent back to the state with what it lacks. */
    public void returnToState(String note, String by, Instant at) {
        require(status == RequestStatus.SUBMITTED);
        this.status = RequestStatus.RETURNED;
        this.eligibilityNote = note;
        this.checkedBy = by;
        changed(at);
    }

    /** The secretariat's eligibility check: eligible goes to the experts, not eligible ends it (with the reason). */
    public void checkEligibility(boolean eligible, String note, String by, Instant at) {
        require(status == RequestStatus.SUBMITTED);
        this.status = eligible ? RequestStatus.ELIGIBLE : RequestStatus.INELIGIBLE;
        this.eligibilityNote = note;
        this.checkedBy = by;
        changed(at);
    }

    /** The decision: an amount granted (no more than asked) or declined, with its reasons. */
    public void decide(BigDecimal granted, String note, String by, LocalDate on, Instant at) {
        require(status == RequestStatus.ELIGIBLE);
        if (granted != null && (granted.signum() <= 0 || granted.compareTo(amountRequested) > 0)) {
            throw new Refusal("fund", "granted-range");
        }
        this.status = granted == null ? RequestStatus.DECLINED : RequestStatus.GRANTED;
        this.grantedAmount = granted;
        this.decisionNote = note;
        this.decidedBy = by;
        this.decidedOn = on;
        changed(at);
    }

    /** The signed grant agreement (a PDF), without which nothing is paid. */
    public void attachGrant(String stored, String name, long size, Instant at) {
        require(status == RequestStatus.GRANTED);
        this.grantFile = stored;
        this.grantName = name;
        this.grantSize = size;
        changed(at);
    }

    /** The state says a milestone is reached, with what was done (its progress report). */
    public void reach(int index, LocalDate on, String report, Instant at) {
        require(status == RequestStatus.GRANTED);
        Milestone milestone = milestone(index);
        if (milestone.paid()) {
            throw new Refusal("fund", "milestone-paid");
        }
        milestone.reached(on, report);
        changed(at);
    }

    /** A tranche paid against a reached milestone; what is paid in all never exceeds what was granted. */
    public void pay(int index, BigDecimal amount, LocalDate on, Instant at) {
        require(status == RequestStatus.GRANTED);
        if (grantFile == null) {
            throw new Refusal("fund", "grant-missing");
        }
        Milestone milestone = milestone(index);
        if (!milestone.reached()) {
            throw new Refusal("fund", "milestone-not-reached");
        }
        if (milestone.paid()) {
            throw new Refusal("fund", "milestone-paid");
        }
        if (amount == null || amount.signum() <= 0 || paidTotal().add(amount).compareTo(grantedAmount) > 0) {
            throw new Refusal("fund", "tranche-range", grantedAmount.subtract(paidTotal()).toPlainString());
        }
        milestone.paid(on, amount);
        changed(at);
    }

    /** The project is finished: its final report is kept and nothing more is paid. */
    public void close(String report, LocalDate on, Instant at) {
        require(status == RequestStatus.GRANTED);
        if (report == null || report.isBlank()) {
            throw new Refusal("fund", "final-report");
        }
        this.finalReport = report;
        this.closedOn = on;
        this.status = RequestStatus.CLOSED;
        changed(at);
    }

    public void addDocument(RequestDocument document, Instant at) {
        require(status.editable());
        if (documents.size() >= MAX_ROWS) {
            throw new Refusal("fund", "rows", MAX_ROWS);
        }
        documents.add(document);
        changed(at);
    }

    public RequestDocument removeDocument(int index, Instant at) {
        require(status.editable());
        if (index < 0 || index >= documents.size()) {
            throw new Refusal("fund", "no-document");
        }
        RequestDocument removed = documents.remove(index);
        changed(at);
        return removed;
    }

    private Milestone milestone(int index) {
        if (index < 0 || index >= milestones.size()) {
            throw new Refusal("fund", "no-milestone");
        }
        return milestones.get(index);
    }

    private static void require(boolean allowed) {
        if (!allowed) {
            throw new Refusal("fund", "wrong-status");
        }
    }

    public BigDecimal budgetTotal() {
        return budget.stream().map(BudgetLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal cofundingTotal() {
        return budget.stream().map(BudgetLine::cofunding).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal tranchesTotal() {
        return milestones.stream().map(m -> m.tranche() == null ? BigDecimal.ZERO : m.tranche()).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal paidTotal() {
        return milestones.stream().filter(Milestone::paid).map(Milestone::paidAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** How far the project is, in percent of its milestones reached (0 before the decision). */
    public int progress() {
        if (milestones.isEmpty() || !status.funded()) {
            return 0;
        }
        if (status == RequestStatus.CLOSED) {
            return 100;
        }
        return (int) (100 * milestones.stream().filter(Milestone::reached).count() / milestones.size());
    }

    public FundRequestId id() {
        return new FundRequestId(uuid());
    }

    public String reference() {
        return reference;
    }

    public UUID callId() {
        return callId;
    }

    public boolean emergency() {
        return emergency;
    }

    public UUID riskReportId() {
        return riskReportId;
    }

    public String state() {
        return state;
    }

    public String itemReference() {
        return itemReference;
    }

    public ProjectKind kind() {
        return kind;
    }

    public String applicant() {
        return applicant;
    }

    public LocalizedText title() {
        return LocalizedText.orEmpty(title);
    }

    public LocalizedText objectives() {
        return LocalizedText.orEmpty(objectives);
    }

    public LocalizedText workPlan() {
        return LocalizedText.orEmpty(workPlan);
    }

    public String currency() {
        return currency;
    }

    public BigDecimal amountRequested() {
        return amountRequested;
    }

    public RequestStatus status() {
        return status;
    }

    public int versions() {
        return versions;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public LocalDate decideBy() {
        return decideBy;
    }

    public String checkedBy() {
        return checkedBy;
    }

    public String eligibilityNote() {
        return eligibilityNote;
    }

    public BigDecimal grantedAmount() {
        return grantedAmount;
    }

    public String decisionNote() {
        return decisionNote;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public LocalDate decidedOn() {
        return decidedOn;
    }

    public String grantFile() {
        return grantFile;
    }

    public String grantName() {
        return grantName;
    }

    public String finalReport() {
        return finalReport;
    }

    public LocalDate closedOn() {
        return closedOn;
    }

    public boolean demonstration() {
        return demonstration;
    }

    public List<BudgetLine> budget() {
        return List.copyOf(budget);
    }

    public List<Milestone> milestones() {
        return List.copyOf(milestones);
    }

    public List<RequestDocument> documents() {
        return List.copyOf(documents);
    }
}
