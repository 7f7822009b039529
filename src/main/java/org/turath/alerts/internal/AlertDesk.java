package org.turath.alerts.internal;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.turath.accounts.Actor;
import org.turath.accounts.AuditLog;
import org.turath.accounts.AuditType;
import org.turath.alerts.AlertStage;
import org.turath.alerts.AlertStatus;
import org.turath.alerts.domain.AlertStep;
import org.turath.alerts.domain.AlertSteps;
import org.turath.alerts.domain.ObjectAlert;
import org.turath.alerts.domain.ObjectAlerts;
import org.turath.museums.MuseumId;
import org.turath.museums.MuseumsApi;
import org.turath.shared.KeysetCursor;
import org.turath.shared.Language;
import org.turath.shared.LocalizedText;
import org.turath.shared.NotFoundException;
import org.turath.shared.Refusal;
import org.turath.shared.Slice;
import org.turath.submissions.FormSubmissions;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Alerts from draft to public: a curator or focal point writes one and sends it; the secretariat verifies and publishes
 * it or returns it with a note; once public, the secretariat marks the object recovered or withdraws the alert. Every
 * rule is checked here whatever page calls it; a stale edit is refused; a double post of a new alert's form leads to
 * the alert the first one made; every step is kept in the alert's history, every version in Envers, every change in
 * the audit log.
 */
@Service
@Transactional
public class AlertDesk {

    /** The most steps an alert's history shows. */
    static final int MAX_STEPS = 200;
    private static final SecureRandom RANDOM = new SecureRandom();
    /** What {@link #newReference} makes: the year and six hexadecimal digits. */
    private static final java.util.regex.Pattern REFERENCE = java.util.regex.Pattern.compile("\\d{4}-[0-9a-f]{6}");

    private final ObjectAlerts alerts;
    private final AlertSteps steps;
    private final AlertAccess access;
    private final AlertIndex index;
    private final MuseumsApi museums;
    private final AuditLog audit;
    private final FormSubmissions submissions;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final Clock clock;

    AlertDesk(ObjectAlerts alerts, AlertSteps steps, AlertAccess access, AlertIndex index, MuseumsApi museums, AuditLog audit,
              FormSubmissions submissions, org.springframework.context.ApplicationEventPublisher events, Optional<Clock> clock) {
        this.events = events;
        this.alerts = alerts;
        this.steps = steps;
        this.access = access;
        this.index = index;
        this.museums = museums;
        this.audit = audit;
        this.submissions = submissions;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    // ---- in public

    /** Public alerts of {@code statuses} (active, recovered), newest first. */
    @Transactional(readOnly = true)
    public Slice<ObjectAlert> shown(Collection<AlertStatus> statuses, Optional<String> cursor, int limit) {
        Set<AlertStatus> wanted = new LinkedHashSet<>(statuses);
        wanted.remove(AlertStatus.WITHDRAWN);
        if (wanted.isEmpty()) {
            return new Slice<>(List.of(), Optional.empty());
        }
        KeysetCursor.At after = KeysetCursor.At.of(cursor, KeysetCursor.At.END);
        List<ObjectAlert> rows = alerts.shown(wanted, after.time(), after.id(), Limit.of(limit + 1));
        return Slice.of(rows, limit, a -> new KeysetCursor.At(a.publishedAt(), a.id().value()).encode());
    }

    /** The active public alerts about objects of one museum, newest first. */
    @Transactional(readOnly = true)
    public List<ObjectAlert> activeOf(UUID museumId, int limit) {
        return alerts.activeOf(museumId, Limit.of(limit));
    }

    /** A public alert by its reference; empty for anything not shaped as one (nothing is looked up for it). */
    @Transactional(readOnly = true)
    public Optional<ObjectAlert> shown(String reference) {
        return reference != null && REFERENCE.matcher(reference).matches()
                ? alerts.findByReference(reference).filter(ObjectAlert::shown) : Optional.empty();
    }

    /** An alert as {@code actor} may see it: public, or one they work on (empty actor: a visitor). */
    @Transactional(readOnly = true)
    public Optional<ObjectAlert> visible(Optional<Actor> actor, org.turath.alerts.AlertId id) {
        return alerts.findById(id.value()).filter(a -> a.shown() || actor.filter(access::reports).map(x -> access.maySee(x, a)).orElse(false));
    }

    @Transactional(readOnly = true)
    public List<AlertStep> history(ObjectAlert alert) {
        return steps.findByAlertIdOrderByAtAscIdAsc(alert.id().value(), Limit.of(MAX_STEPS));
    }

    // ---- the back office

    public boolean keeps(Actor actor) {
        return access.keeps(actor);
    }

    public boolean mayEdit(Actor actor, ObjectAlert alert) {
        return access.mayEdit(actor, alert);
    }

    public void requireReporter(Actor actor) {
        access.requireReporter(actor);
    }

    /** The museums a curator reports for; empty for others. */
    @Transactional(readOnly = true)
    public List<MuseumsApi.MuseumSummary> curated(Actor actor) {
        access.requireReporter(actor);
        return access.curated(actor);
    }

    /** The alerts {@code actor} works on, latest change first: all for the secretariat. */
    @Transactional(readOnly = true)
    public Slice<ObjectAlert> desk(Actor actor, Optional<String> cursor, int limit) {
        access.requireReporter(actor);
        KeysetCursor.At after = KeysetCursor.At.of(cursor, KeysetCursor.At.END);
        List<ObjectAlert> rows;
        if (access.keeps(actor)) {
            rows = alerts.desk(after.time(), after.id(), Limit.of(limit + 1));
        } else {
            // a sentinel keeps "in" valid when a reporter has no state or no museum
            Set<String> states = actor.states().isEmpty() ? Set.of("--") : actor.states();
            List<UUID> own = access.curated(actor).stream().map(m -> m.id().value()).toList();
            rows = alerts.desk(actor.email(), states, own.isEmpty() ? List.of(new UUID(0, 0)) : own, after.time(), after.id(),
                    Limit.of(limit + 1));
        }
        return Slice.of(rows, limit, a -> new KeysetCursor.At(a.updatedAt(), a.id().value()).encode());
    }

    @Transactional(readOnly = true)
    public ObjectAlert alert(Actor actor, org.turath.alerts.AlertId id) {
        return access.requireSeen(actor, alerts.findById(id.value()).orElseThrow(() -> new NotFoundException("alert")));
    }

    public ObjectAlert create(Actor actor, Optional<String> submission, ObjectAlert.Details details) {
        access.requireReporter(actor);
        Optional<ObjectAlert> earlier = submission.flatMap(submissions::resultOf).flatMap(id -> alerts.findById(UUID.fromString(id)));
        if (earlier.isPresent()) {
            return earlier.get();
        }
        check(actor, details);
        Instant now = clock.instant();
        ObjectAlert alert = alerts.save(new ObjectAlert(newReference(now), details, actor.email(), now));
        submission.ifPresent(token -> submissions.remember(token, alert.id().toString(), now));
        steps.save(new AlertStep(alert.id().value(), now, actor.email(), alert.status(), alert.stage(), null));
        index.words(alert.id().value(), words(alert));
        audit.recordBy(actor.email(), AuditType.OBJECT_ALERT, "alert:" + alert.reference(), "created");
        changed(alert);
        return alert;
    }

    public ObjectAlert update(Actor actor, org.turath.alerts.AlertId id, long version, ObjectAlert.Details details) {
        ObjectAlert alert = current(actor, id, version);
        if (!access.mayEdit(actor, alert)) {
            throw new Refusal("alerts", "not-editable");
        }
        check(actor, details);
        alert.apply(details, clock.instant());
        index.words(alert.id().value(), words(alert));
        audit.recordBy(actor.email(), AuditType.OBJECT_ALERT, "alert:" + alert.reference(), "updated");
        changed(alert);
        return alert;
    }

    /** The reporter sends a draft to the secretariat. */
    public ObjectAlert submit(Actor actor, org.turath.alerts.AlertId id, long version) {
        ObjectAlert alert = current(actor, id, version);
        if (alert.stage() != AlertStage.DRAFT || !access.mayEdit(actor, alert)) {
            throw new Refusal("alerts", "not-editable");
        }
        return step(actor, alert, AlertStage.SUBMITTED, alert.status(), null, "submitted");
    }

    /** The secretariat publishes a verified alert, or returns it to its reporter with {@code note} saying why. */
    public ObjectAlert review(Actor actor, org.turath.alerts.AlertId id, long version, boolean verified, String note) {
        access.requireKeeper(actor);
        ObjectAlert alert = current(actor, id, version);
        if (alert.stage() == AlertStage.PUBLISHED) {
            throw new Refusal("alerts", "already-published");
        }
        if (!verified && note == null) {
            throw new Refusal("alerts", "note-needed");
        }
        return step(actor, alert, verified ? AlertStage.PUBLISHED : AlertStage.DRAFT, alert.status(), note,
                verified ? "verified and published" : "returned");
    }

    /** The secretariat says the object is recovered, withdraws the alert, or makes it active again, with a note. */
    public ObjectAlert status(Actor actor, org.turath.alerts.AlertId id, long version, AlertStatus status, String note) {
        access.requireKeeper(actor);
        ObjectAlert alert = current(actor, id, version);
        if (alert.status() == status) {
            throw new Refusal("alerts", "same-status");
        }
        if (note == null) {
            throw new Refusal("alerts", "note-needed");
        }
        return step(actor, alert, alert.stage(), status, note, "status " + status.name().toLowerCase(java.util.Locale.ROOT));
    }

    /** For the starter data: an alert made and published at once, by the secretariat. */
    ObjectAlert createPublished(Actor actor, ObjectAlert.Details details, Instant publishedAt) {
        ObjectAlert alert = create(actor, Optional.empty(), details);
        alert.stage(AlertStage.PUBLISHED, null, publishedAt);
        steps.save(new AlertStep(alert.id().value(), publishedAt, actor.email(), alert.status(), alert.stage(), null));
        changed(alert);
        return alert;
    }

    private ObjectAlert step(Actor actor, ObjectAlert alert, AlertStage stage, AlertStatus status, String note, String what) {
        Instant now = clock.instant();
        alert.stage(stage, note, now);
        alert.status(status, now);
        steps.save(new AlertStep(alert.id().value(), now, actor.email(), status, stage, note));
        audit.recordBy(actor.email(), AuditType.OBJECT_ALERT, "alert:" + alert.reference(), what);
        changed(alert);
        return alert;
    }

    private void changed(ObjectAlert alert) {
        events.publishEvent(new org.turath.alerts.AlertChanged(alert.id().value(), alert.reference(), alert.shown(), alert.event(),
                alert.status(), alert.title(), alert.objectType(), alert.materials(), alert.period(), alert.description(),
                alert.inscription(), alert.state()));
    }

    private ObjectAlert current(Actor actor, org.turath.alerts.AlertId id, long version) {
        ObjectAlert alert = alert(actor, id);
        if (alert.version() != version) {
            throw new Refusal("alerts", "stale");
        }
        return alert;
    }

    private void check(Actor actor, ObjectAlert.Details details) {
        if (details.museumId() != null) {
            MuseumsApi.MuseumSummary museum = museums.find(new MuseumId(details.museumId()))
                    .orElseThrow(() -> new Refusal("alerts", "museum-unknown"));
            if (!museum.state().equals(details.state())) {
                throw new Refusal("alerts", "museum-state");
            }
        }
        if (!access.mayReportFor(actor, details.state(), details.museumId())) {
            throw new Refusal("alerts", "not-yours");
        }
    }

    /** Like 2026-4f9c1a: the year it was written and six random hexadecimal digits, which say nothing of how many there are. */
    private String newReference(Instant now) {
        String year = String.valueOf(now.atZone(ZoneOffset.UTC).getYear());
        for (int attempt = 0; ; attempt++) {
            byte[] bytes = new byte[3];
            RANDOM.nextBytes(bytes);
            String reference = year + "-" + HexFormat.of().formatHex(bytes);
            if (alerts.findByReference(reference).isEmpty() || attempt > 20) {
                return reference;
            }
        }
    }

    static Set<String> words(ObjectAlert alert) {
        Set<String> words = new LinkedHashSet<>();
        for (LocalizedText text : List.of(alert.objectType(), alert.title(), alert.materials(), alert.period(), alert.features(),
                alert.description(), alert.place())) {
            for (Language language : Language.values()) {
                text.in(language).ifPresent(t -> words.addAll(Words.of(t)));
            }
        }
        words.addAll(Words.of(alert.inscription()));
        return words;
    }
}
