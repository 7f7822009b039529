package org.turath.risk.internal;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.turath.accounts.Actor;
import org.turath.accounts.AuditLog;
import org.turath.accounts.AuditType;
import org.turath.registry.HeritageDetail;
import org.turath.registry.RegistryApi;
import org.turath.risk.ReportFilter;
import org.turath.risk.ReportStatus;
import org.turath.risk.RiskReportId;
import org.turath.risk.Vocabulary;
import org.turath.risk.domain.ReportContent;
import org.turath.risk.domain.ReportStep;
import org.turath.risk.domain.ReportSteps;
import org.turath.risk.domain.RiskReport;
import org.turath.risk.domain.RiskReports;
import org.turath.risk.domain.Vocabularies;
import org.turath.shared.KeysetCursor;
import org.turath.shared.NotAllowedException;
import org.turath.shared.NotFoundException;
import org.turath.shared.Refusal;
import org.turath.shared.Slice;
import org.turath.submissions.FormSubmissions;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Condition reports through their workflow: written by the secretariat, an expert or a state's focal point, sent for
 * checking, checked by someone else, published by the secretariat or sent back with comments. Every step is recorded
 * with who took it (and in the audit log); a published report, or one taken back, refreshes the pages that show it.
 */
@Service
@Transactional
public class RiskDesk implements CheckedWorkflow<RiskReportId> {

    private static final int MAX_STEPS = 200;
    // reports come out of the desk whole: their codes (causes, threats, effects) are read with them, a page at a time (BatchSize)
    private static final int MAX_TIMELINE = 100;

    private final RiskReports reports;
    private final ReportSteps steps;
    private final RiskAccess access;
    private final RegistryApi registry;
    private final Vocabularies vocabularies;
    private final RiskPageStamps pages;
    private final AuditLog audit;
    private final FormSubmissions submissions;
    private final FollowDesk follow;
    private final Clock clock;

    private final ReportAnnouncements announcements;

    RiskDesk(RiskReports reports, ReportSteps steps, RiskAccess access, RegistryApi registry, Vocabularies vocabularies,
             RiskPageStamps pages, AuditLog audit, FormSubmissions submissions, FollowDesk follow, ReportAnnouncements announcements,
             Optional<Clock> clock) {
        this.announcements = announcements;
        this.follow = follow;
        this.submissions = submissions;
        this.reports = reports;
        this.steps = steps;
        this.access = access;
        this.registry = registry;
        this.vocabularies = vocabularies;
        this.pages = pages;
        this.audit = audit;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    // ---- the back office

    /** The reports {@code actor} works on in {@code statuses}, the latest change first. */
    @Transactional(readOnly = true)
    public Slice<RiskReport> desk(Actor actor, Set<ReportStatus> statuses, Optional<String> cursor, int limit) {
        requireDesk(actor);
        KeysetCursor.At before = KeysetCursor.At.of(cursor, KeysetCursor.At.END);
        List<RiskReport> rows = access.seesAll(actor)
                ? reports.desk(statuses, before.time(), before.id(), Limit.of(limit + 1))
                : reports.desk(statuses, actor.states().isEmpty() ? Set.of("") : actor.states(), actor.email(), before.time(),
                before.id(), Limit.of(limit + 1));
        return Slice.of(rows, limit, r -> new KeysetCursor.At(r.updatedAt(), r.id().value()).encode());
    }

    @Transactional(readOnly = true)
    public RiskReport report(Actor actor, RiskReportId id) {
        requireDesk(actor);
        RiskReport report = reports.findById(id.value()).orElseThrow(() -> new NotFoundException("report"));
        if (!access.maySee(actor, report)) {
            throw new NotAllowedException();
        }
        return report;
    }

    @Transactional(readOnly = true)
    public List<ReportStep> steps(Actor actor, RiskReportId id) {
        report(actor, id);
        return steps.findByReportIdOrderByTakenAtAscIdAsc(id.value(), Limit.of(MAX_STEPS));
    }

    /** Whether {@code actor} may start a report on the item {@code reference} (which must be on the public List). */
    @Transactional(readOnly = true)
    public boolean mayReportOn(Actor actor, String reference) {
        return registry.find(reference).map(item -> access.mayReportOn(actor, item.states())).orElse(false);
    }

    /**
     * A new draft. {@code submission} is the form's one-time token: a second post of the same form (a double click, a
     * reload) leads to the draft the first one made instead of making another.
     */
    public RiskReport create(Actor actor, Optional<String> submission, ReportContent content) {
        requireDesk(actor);
        Optional<RiskReport> earlier = submission.flatMap(submissions::resultOf).flatMap(id -> reports.findById(UUID.fromString(id)));
        if (earlier.isPresent()) {
            return earlier.get();
        }
        HeritageDetail item = itemOf(content);
        if (!access.mayReportOn(actor, item.states())) {
            throw new Refusal("risk", "not-your-item");
        }
        Instant now = clock.instant();
        RiskReport report = reports.save(new RiskReport(content, firstState(item), vocabularies.version(Vocabulary.FACTOR), false,
                actor.email(), now));
        step(report, "created", actor, now, null);
        submission.ifPresent(token -> submissions.remember(token, report.id().toString(), now));
        return report;
    }

    public RiskReport update(Actor actor, RiskReportId id, long version, ReportContent content) {
        RiskReport report = current(actor, id, version);
        if (!access.mayEdit(actor, report)) {
            throw new Refusal("risk", "not-editable");
        }
        HeritageDetail item = itemOf(content);
        if (!access.mayReportOn(actor, item.states()) && !report.itemReference().equals(item.reference())) {
            throw new Refusal("risk", "not-your-item");
        }
        report.apply(content, firstState(item), vocabularies.version(Vocabulary.FACTOR), clock.instant());
        audit.recordBy(actor.email(), AuditType.RISK_REPORT, id.toString(), "updated");
        return report;
    }

    /** Sent for checking, once it says enough: a summary, and causes unless nothing is damaged. */
    @Override
    public RiskReport submit(Actor actor, RiskReportId id, long version) {
        RiskReport report = current(actor, id, version);
        if (!access.mayEdit(actor, report)) {
            throw new Refusal("risk", "not-editable");
        }
        if (report.summary().isEmpty()) {
            throw new Refusal("risk", "incomplete-summary");
        }
        if (report.causes().isEmpty() && !"none".equals(report.extent())) {
            throw new Refusal("risk", "incomplete-causes");
        }
        if (report.sourceLines().isEmpty()) {
            throw new Refusal("risk", "incomplete-sources");
        }
        Instant now = clock.instant();
        report.submit(now);
        step(report, "submitted", actor, now, null);
        return report;
    }

    @Override
    public RiskReport verify(Actor actor, RiskReportId id, long version, String comment) {
        RiskReport report = current(actor, id, version);
        if (!access.mayVerify(actor, report)) {
            throw new Refusal("risk", report.createdBy().equalsIgnoreCase(actor.email()) ? "own-report" : "not-allowed");
        }
        Instant now = clock.instant();
        report.verify(actor.email(), now);
        step(report, "verified", actor, now, comment);
        return report;
    }

    @Override
    public RiskReport publish(Actor actor, RiskReportId id, long version) {
        RiskReport report = current(actor, id, version);
        if (!access.mayPublish(actor, report)) {
            throw new Refusal("risk", "not-allowed");
        }
        Instant now = clock.instant();
        report.publish(now);
        step(report, "published", actor, now, null);
        if (report.sensitive()) {
            // the place is sensitive: the whole portal shows it roughly from now on, not only this report
            registry.markSensitive(actor, report.itemReference());
        }
        follow.published(report);
        pages.forget(report.itemReference());
        announcements.changed(report);
        return report;
    }

    /** Sent back to its author with {@code comment}, which is required; a published report leaves the public pages. */
    @Override
    public RiskReport returnToAuthor(Actor actor, RiskReportId id, long version, String comment) {
        RiskReport report = current(actor, id, version);
        if (!access.mayReturn(actor, report)) {
            throw new Refusal("risk", "not-allowed");
        }
        if (comment == null || comment.isBlank()) {
            throw new Refusal("risk", "comment-required");
        }
        boolean wasPublic = report.status() == ReportStatus.PUBLISHED;
        Instant now = clock.instant();
        report.returnToAuthor(comment, now);
        step(report, "returned", actor, now, comment);
        if (wasPublic) {
            pages.forget(report.itemReference());
            announcements.changed(report);
        }
        return report;
    }

    /** Marks a report as demonstration data (the demo's own reports): every page that shows it says so. */
    void markDemonstration(RiskReportId id) {
        reports.findById(id.value()).orElseThrow().markDemonstration();
    }

    // ---- the public

    @Transactional(readOnly = true)
    public Slice<RiskReport> published(ReportFilter filter, Optional<String> cursor, int limit) {
        LocalDate beforeDate = LocalDate.of(9999, 12, 31);
        UUID beforeId = new UUID(-1L, -1L);
        if (cursor.isPresent()) {
            KeysetCursor position = KeysetCursor.decode(cursor.get(), 2);
            beforeDate = LocalDate.parse(position.value(0));
            beforeId = UUID.fromString(position.value(1));
        }
        List<RiskReport> rows = reports.published(filter.state().orElse(""), filter.item().orElse(""),
                filter.condition().orElse(""), filter.priority().orElse(""), filter.factor().orElse(""),
                filter.from().orElse(LocalDate.of(1, 1, 1)), filter.until().orElse(LocalDate.of(9999, 12, 31)), beforeDate, beforeId,
                Limit.of(limit + 1));
        return Slice.of(rows, limit, r -> KeysetCursor.of(r.assessedOn().toString(), r.id().toString()).encode());
    }

    @Transactional(readOnly = true)
    public RiskReport publicReport(RiskReportId id) {
        return reports.findById(id.value()).filter(r -> r.status() == ReportStatus.PUBLISHED)
                .orElseThrow(() -> new NotFoundException("report"));
    }

    /** An item's published reports, the oldest first. */
    @Transactional(readOnly = true)
    public List<RiskReport> timeline(String reference) {
        return reports.publishedOn(reference, Limit.of(MAX_TIMELINE));
    }

    // ----

    private RiskReport current(Actor actor, RiskReportId id, long version) {
        RiskReport report = report(actor, id);
        if (report.version() != version) {
            throw new Refusal("risk", "stale");
        }
        return report;
    }

    private HeritageDetail itemOf(ReportContent content) {
        HeritageDetail item = registry.find(content.itemReference()).orElseThrow(() -> new Refusal("risk", "unknown-item"));
        if (content.componentPosition() != null
                && item.components().stream().noneMatch(c -> c.position() == content.componentPosition())) {
            throw new Refusal("risk", "unknown-component");
        }
        return item;
    }

    private static String firstState(HeritageDetail item) {
        return item.states().isEmpty() ? null : item.states().get(0);
    }

    private void step(RiskReport report, String step, Actor actor, Instant at, String comment) {
        steps.save(new ReportStep(report.id().value(), step, actor.email(), at, comment));
        audit.recordBy(actor.email(), AuditType.RISK_REPORT, report.id().toString(), step);
    }

    /** Refuses someone who does not work on reports. */
    public void requireDesk(Actor actor) {
        if (!access.usesDesk(actor)) {
            throw new NotAllowedException();
        }
    }
}
