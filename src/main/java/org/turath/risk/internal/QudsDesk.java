package org.turath.risk.internal;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.turath.accounts.Actor;
import org.turath.accounts.AuditLog;
import org.turath.accounts.AuditType;
import org.turath.risk.QudsEventId;
import org.turath.risk.ReportStatus;
import org.turath.risk.domain.Landmarks;
import org.turath.risk.domain.QudsEvent;
import org.turath.risk.domain.QudsEventStep;
import org.turath.risk.domain.QudsEventSteps;
import org.turath.risk.domain.QudsEvents;
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
import java.util.UUID;

/**
 * The Al-Quds observatory's timeline: entries written by the secretariat or an expert, each on dated sources, checked by
 * someone other than its author and published by the secretariat — the reports' workflow, with who took each step kept
 * and audited. The public reads only published entries.
 */
@Service
@Transactional
public class QudsDesk implements CheckedWorkflow<QudsEventId> {

    private static final int MAX_STEPS = 200;

    private final QudsEvents events;
    private final QudsEventSteps steps;
    private final Landmarks landmarks;
    private final RiskAccess access;
    private final AuditLog audit;
    private final FormSubmissions submissions;
    private final QudsPageStamps pages;
    private final Clock clock;

    QudsDesk(QudsEvents events, QudsEventSteps steps, Landmarks landmarks, RiskAccess access, AuditLog audit, FormSubmissions submissions,
             QudsPageStamps pages, Optional<Clock> clock) {
        this.events = events;
        this.steps = steps;
        this.landmarks = landmarks;
        this.access = access;
        this.audit = audit;
        this.submissions = submissions;
        this.pages = pages;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    @Transactional(readOnly = true)
    public Slice<QudsEvent> desk(Actor actor, Optional<String> cursor, int limit) {
        requireWriter(actor);
        KeysetCursor.At before = KeysetCursor.At.of(cursor, KeysetCursor.At.END);
        return Slice.of(events.desk(before.time(), before.id(), Limit.of(limit + 1)), limit,
                e -> new KeysetCursor.At(e.updatedAt(), e.id().value()).encode());
    }

    @Transactional(readOnly = true)
    public QudsEvent entry(Actor actor, QudsEventId id) {
        requireWriter(actor);
        return events.findById(id.value()).orElseThrow(() -> new NotFoundException("entry"));
    }

    @Transactional(readOnly = true)
    public List<QudsEventStep> steps(Actor actor, QudsEventId id) {
        entry(actor, id);
        return steps.findByEventIdOrderByTakenAtAscIdAsc(id.value(), Limit.of(MAX_STEPS));
    }

    /** A new draft; a second post of the same form leads to the draft the first one made. */
    public QudsEvent create(Actor actor, Optional<String> submission, QudsEvent.Content content) {
        requireWriter(actor);
        Optional<QudsEvent> earlier = submission.flatMap(submissions::resultOf).flatMap(id -> events.findById(UUID.fromString(id)));
        if (earlier.isPresent()) {
            return earlier.get();
        }
        check(content);
        Instant now = clock.instant();
        QudsEvent entry = events.save(new QudsEvent(content, actor.email(), now));
        step(entry, "created", actor, now, null);
        submission.ifPresent(token -> submissions.remember(token, entry.id().toString(), now));
        return entry;
    }

    public QudsEvent update(Actor actor, QudsEventId id, long version, QudsEvent.Content content) {
        QudsEvent entry = current(actor, id, version);
        if (!access.mayEditEntry(actor, entry.status(), entry.createdBy())) {
            throw new Refusal("risk", "not-editable");
        }
        check(content);
        Instant now = clock.instant();
        entry.apply(content, now);
        step(entry, "updated", actor, now, null);
        return entry;
    }

    @Override
    public QudsEvent submit(Actor actor, QudsEventId id, long version) {
        QudsEvent entry = current(actor, id, version);
        if (!access.mayEditEntry(actor, entry.status(), entry.createdBy())) {
            throw new Refusal("risk", "not-editable");
        }
        if (entry.description().isEmpty()) {
            throw new Refusal("risk", "quds-description");
        }
        Instant now = clock.instant();
        entry.submit(now);
        step(entry, "submitted", actor, now, null);
        return entry;
    }

    @Override
    public QudsEvent verify(Actor actor, QudsEventId id, long version, String comment) {
        QudsEvent entry = current(actor, id, version);
        if (!access.mayVerify(actor, entry.status(), entry.createdBy())) {
            throw new Refusal("risk", entry.createdBy().equalsIgnoreCase(actor.email()) ? "own-report" : "not-allowed");
        }
        Instant now = clock.instant();
        entry.verify(actor.email(), now);
        step(entry, "verified", actor, now, comment);
        return entry;
    }

    @Override
    public QudsEvent publish(Actor actor, QudsEventId id, long version) {
        QudsEvent entry = current(actor, id, version);
        if (!access.mayPublish(actor, entry.status())) {
            throw new Refusal("risk", "not-allowed");
        }
        Instant now = clock.instant();
        entry.publish(now);
        step(entry, "published", actor, now, null);
        pages.forget();
        return entry;
    }

    @Override
    public QudsEvent returnToAuthor(Actor actor, QudsEventId id, long version, String comment) {
        QudsEvent entry = current(actor, id, version);
        if (!access.mayReturn(actor, entry.status(), entry.createdBy())) {
            throw new Refusal("risk", "not-allowed");
        }
        if (comment == null || comment.isBlank()) {
            throw new Refusal("risk", "comment-required");
        }
        boolean wasPublic = entry.status() == ReportStatus.PUBLISHED;
        Instant now = clock.instant();
        entry.returnToAuthor(comment, now);
        step(entry, "returned", actor, now, comment);
        if (wasPublic) {
            pages.forget();
        }
        return entry;
    }

    /** The public timeline, the latest event first. */
    @Transactional(readOnly = true)
    public Slice<QudsEvent> published(Optional<String> cursor, int limit) {
        KeysetCursor.On before = KeysetCursor.On.of(cursor, KeysetCursor.On.END);
        return Slice.of(events.published(before.day(), before.id(), Limit.of(limit + 1)), limit,
                e -> new KeysetCursor.On(e.occurredOn(), e.id().value()).encode());
    }

    public boolean writes(Actor actor) {
        return access.writesObservatory(actor);
    }

    private void check(QudsEvent.Content content) {
        if (content.landmark() != null && landmarks.find(content.landmark()).isEmpty()) {
            throw new Refusal("risk", "quds-landmark");
        }
        if (content.occurredOn().isAfter(today())) {
            throw new Refusal("risk", "quds-future");
        }
    }

    private QudsEvent current(Actor actor, QudsEventId id, long version) {
        QudsEvent entry = entry(actor, id);
        if (entry.version() != version) {
            throw new Refusal("risk", "stale");
        }
        return entry;
    }

    private void step(QudsEvent entry, String step, Actor actor, Instant at, String comment) {
        steps.save(new QudsEventStep(entry.id().value(), step, actor.email(), at, comment));
        audit.recordBy(actor.email(), AuditType.RISK_REPORT, "al-quds:" + entry.id(), step);
    }

    /** Refuses someone who does not write the observatory's entries. */
    public void requireWriter(Actor actor) {
        if (!access.writesObservatory(actor)) {
            throw new NotAllowedException();
        }
    }
}
