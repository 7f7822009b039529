package org.turath.risk.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.hibernate.annotations.BatchSize;
import org.hibernate.envers.Audited;
import org.turath.risk.ReportStatus;
import org.turath.risk.RiskReportId;
import org.turath.shared.LocalizedText;
import org.turath.shared.Recorded;
import org.turath.shared.Refusal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A condition or damage report on a heritage item: what its assessor found, coded on the vocabularies, and where it
 * is in its workflow. Each saved version is kept (Envers); each step of the workflow is written to
 * {@code risk_report_step} with who took it.
 */
@Entity
@Table(name = "risk_report")
@Audited
public class RiskReport extends Recorded {

    @Column(name = "item_reference")
    private String itemReference;
    @Column(name = "component_position")
    private Integer componentPosition;
    private String state;
    @Column(name = "assessed_on")
    private LocalDate assessedOn;
    @Column(name = "imagery_on")
    private LocalDate imageryOn;
    private String assessment;
    private String assessor;
    private String condition;
    private String extent;
    @Embedded
    private LocalizedText summary;
    @Embedded
    private LocalizedText action;
    private String priority;
    private String sources;
    private boolean sensitive;
    private Double latitude;
    private Double longitude;
    private boolean demonstration;
    @Column(name = "vocabulary_version")
    private int vocabularyVersion;
    @Enumerated(EnumType.STRING)
    private ReportStatus status;
    @Column(name = "return_comment")
    private String returnComment;
    @Column(name = "submitted_at")
    private Instant submittedAt;
    @Column(name = "verified_by")
    private String verifiedBy;
    @Column(name = "published_at")
    private Instant publishedAt;

    @ElementCollection(fetch = jakarta.persistence.FetchType.EAGER)
    @CollectionTable(name = "risk_report_cause", joinColumns = @JoinColumn(name = "report_id"))
    @OrderColumn(name = "position")
    @Column(name = "cause")
    @BatchSize(size = 100)
    private List<String> causes = new ArrayList<>();

    @ElementCollection(fetch = jakarta.persistence.FetchType.EAGER)
    @CollectionTable(name = "risk_report_threat", joinColumns = @JoinColumn(name = "report_id"))
    @OrderColumn(name = "position")
    @Column(name = "threat")
    @BatchSize(size = 100)
    private List<String> threats = new ArrayList<>();

    @ElementCollection(fetch = jakarta.persistence.FetchType.EAGER)
    @CollectionTable(name = "risk_report_effect", joinColumns = @JoinColumn(name = "report_id"))
    @Column(name = "effect")
    @BatchSize(size = 100)
    private Set<String> effects = new HashSet<>();

    protected RiskReport() {
    }

    /** A new draft; {@code state} is the item's first state, kept for filtering by state. */
    public RiskReport(ReportContent content, String state, int vocabularyVersion, boolean demonstration, String by, Instant at) {
        super(by, at);
        this.status = ReportStatus.DRAFT;
        this.demonstration = demonstration;
        apply(content, state, vocabularyVersion, at);
    }

    public void apply(ReportContent content, String state, int vocabularyVersion, Instant at) {
        if (!status.editable()) {
            throw new Refusal("risk", "not-editable");
        }
        this.itemReference = content.itemReference();
        this.componentPosition = content.componentPosition();
        this.state = state;
        this.assessedOn = content.assessedOn();
        this.imageryOn = content.imageryOn();
        this.assessment = content.assessment();
        this.assessor = content.assessor();
        this.condition = content.condition();
        this.extent = content.extent();
        this.summary = content.summary();
        this.action = content.action();
        this.priority = content.priority();
        this.sources = content.sources();
        this.sensitive = content.sensitive();
        this.latitude = content.latitude();
        this.longitude = content.longitude();
        this.vocabularyVersion = vocabularyVersion;
        this.causes.clear();
        content.causes().forEach(cause -> causes.add(cause.encode()));
        this.threats.clear();
        content.threats().forEach(threat -> threats.add(threat.encode()));
        this.effects.clear();
        this.effects.addAll(content.effects());
        changed(at);
    }

    /** Demonstration data, not a real assessment (the demo's reports). */
    public void markDemonstration() {
        this.demonstration = true;
    }

    /** Sent for checking. */
    public void submit(Instant at) {
        require(status.editable());
        this.status = ReportStatus.SUBMITTED;
        this.submittedAt = at;
        this.returnComment = null;
        changed(at);
    }

    /** Checked by {@code by}. */
    public void verify(String by, Instant at) {
        require(status == ReportStatus.SUBMITTED);
        this.status = ReportStatus.VERIFIED;
        this.verifiedBy = by;
        changed(at);
    }

    /** Made public. */
    public void publish(Instant at) {
        require(status == ReportStatus.VERIFIED);
        this.status = ReportStatus.PUBLISHED;
        this.publishedAt = at;
        changed(at);
    }

    /** Sent back to its author with what to change; a published report sent back leaves the public pages. */
    public void returnToAuthor(String comment, Instant at) {
        require(status == ReportStatus.SUBMITTED || status == ReportStatus.VERIFIED || status == ReportStatus.PUBLISHED);
        this.status = ReportStatus.RETURNED;
        this.returnComment = comment;
        this.verifiedBy = null;
        this.publishedAt = null;
        changed(at);
    }

    private static void require(boolean allowed) {
        if (!allowed) {
            throw new Refusal("risk", "wrong-status");
        }
    }

    public RiskReportId id() {
        return new RiskReportId(uuid());
    }

    public ReportContent content() {
        return new ReportContent(itemReference, componentPosition, assessedOn, imageryOn, assessment, assessor, condition, extent,
                summary(), action(), priority, causes(), effects(), threats(), sources, sensitive, latitude, longitude);
    }

    public String itemReference() {
        return itemReference;
    }

    public Integer componentPosition() {
        return componentPosition;
    }

    public String state() {
        return state;
    }

    public LocalDate assessedOn() {
        return assessedOn;
    }

    public LocalDate imageryOn() {
        return imageryOn;
    }

    public String assessment() {
        return assessment;
    }

    public String assessor() {
        return assessor;
    }

    public String condition() {
        return condition;
    }

    public String extent() {
        return extent;
    }

    public LocalizedText summary() {
        return LocalizedText.orEmpty(summary);
    }

    public LocalizedText action() {
        return LocalizedText.orEmpty(action);
    }

    public String priority() {
        return priority;
    }

    public String sources() {
        return sources;
    }

    /** The sources one per line, as the assessor typed them. */
    public List<String> sourceLines() {
        return sources == null ? List.of() : sources.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    public boolean sensitive() {
        return sensitive;
    }

    /** Where the assessment was made, exactly, if the assessor gave it. */
    public Double latitude() {
        return latitude;
    }

    public Double longitude() {
        return longitude;
    }

    public boolean demonstration() {
        return demonstration;
    }

    public int vocabularyVersion() {
        return vocabularyVersion;
    }

    public ReportStatus status() {
        return status;
    }

    public String returnComment() {
        return returnComment;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public String verifiedBy() {
        return verifiedBy;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public List<ReportContent.Cause> causes() {
        return causes.stream().map(ReportContent.Cause::decode).toList();
    }

    public List<ReportContent.Threat> threats() {
        return threats.stream().map(ReportContent.Threat::decode).toList();
    }

    public Set<String> effects() {
        return Set.copyOf(effects);
    }
}
