package org.turath.exhibitions.internal;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.turath.accounts.Actor;
import org.turath.accounts.AuditLog;
import org.turath.accounts.AuditType;
import org.turath.exhibitions.domain.Exhibitions;
import org.turath.exhibitions.domain.MuseumEvent;
import org.turath.exhibitions.domain.MuseumEvents;
import org.turath.learning.CalendarSource;
import org.turath.museums.MuseumId;
import org.turath.museums.MuseumsApi;
import org.turath.shared.KeysetCursor;
import org.turath.shared.NotFoundException;
import org.turath.shared.Refusal;
import org.turath.shared.Slice;
import org.turath.submissions.FormSubmissions;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The museums' programme: workshops, talks and guided visits, added by the curators of their museum (and by the
 * secretariat), published by the secretariat — the rules checked here whatever page calls it: the museum theirs, the
 * exhibition (if one is named) shown at or organised by that museum, the end after the start and within two weeks of
 * it, a stale edit refused, a double post leading to the event the first one made, every change in the history and the
 * audit log, the calendar's kept pages drawn again.
 */
@Service
@Transactional
public class EventDesk {

    /** The longest an event lasts: longer, it is an exhibition. */
    static final Duration LONGEST = Duration.ofDays(14);

    private final MuseumEvents events;
    private final Exhibitions exhibitions;
    private final ExhibitionAccess access;
    private final MuseumsApi museums;
    private final AuditLog audit;
    private final FormSubmissions submissions;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    EventDesk(MuseumEvents events, Exhibitions exhibitions, ExhibitionAccess access, MuseumsApi museums, AuditLog audit,
              FormSubmissions submissions, ApplicationEventPublisher publisher, Optional<Clock> clock) {
        this.events = events;
        this.exhibitions = exhibitions;
        this.access = access;
        this.museums = museums;
        this.audit = audit;
        this.submissions = submissions;
        this.publisher = publisher;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    // ---- in public

    /** Published events under way or to come from {@code from} to {@code to}. */
    @Transactional(readOnly = true)
    public List<MuseumEvent> between(Instant from, Instant to, int limit) {
        return events.between(from, to, Limit.of(limit));
    }

    /** A museum's published events not yet over. */
    @Transactional(readOnly = true)
    public List<MuseumEvent> coming(UUID museum, int limit) {
        return events.comingAt(museum, clock.instant(), Limit.of(limit));
    }

    // ---- the back office

    @Transactional(readOnly = true)
    public Slice<MuseumEvent> desk(Actor actor, Optional<String> cursor, int limit) {
        access.requireWorker(actor);
        KeysetCursor.At after = KeysetCursor.At.of(cursor, KeysetCursor.At.END);
        List<MuseumEvent> rows;
        if (access.keeps(actor)) {
            rows = events.desk(after.time(), after.id(), Limit.of(limit + 1));
        } else {
            List<UUID> mine = access.curated(actor).stream().map(m -> m.id().value()).toList();
            rows = mine.isEmpty() ? List.of() : events.desk(mine, after.time(), after.id(), Limit.of(limit + 1));
        }
        return Slice.of(rows, limit, e -> new KeysetCursor.At(e.updatedAt(), e.id().value()).encode());
    }

    @Transactional(readOnly = true)
    public MuseumEvent event(Actor actor, org.turath.exhibitions.MuseumEventId id) {
        access.requireWorker(actor);
        return events.findById(id.value()).filter(e -> access.curates(actor, e.museumId())).orElseThrow(() -> new NotFoundException("event"));
    }

    public MuseumEvent create(Actor actor, Optional<String> submission, MuseumEvent.Details details) {
        access.requireWorker(actor);
        Optional<MuseumEvent> earlier = submission.flatMap(submissions::resultOf).flatMap(id -> events.findById(UUID.fromString(id)));
        if (earlier.isPresent()) {
            return earlier.get();
        }
        check(actor, details);
        Instant now = clock.instant();
        MuseumEvent event = events.save(new MuseumEvent(details, actor.email(), now));
        submission.ifPresent(token -> submissions.remember(token, event.id().toString(), now));
        changed(actor, event, "created");
        return event;
    }

    public MuseumEvent update(Actor actor, org.turath.exhibitions.MuseumEventId id, long version, MuseumEvent.Details details) {
        MuseumEvent event = current(actor, id, version);
        check(actor, details);
        event.apply(details, clock.instant());
        changed(actor, event, "updated");
        return event;
    }

    public MuseumEvent publish(Actor actor, org.turath.exhibitions.MuseumEventId id, long version, boolean shown) {
        access.requireKeeper(actor);
        MuseumEvent event = current(actor, id, version);
        if (shown && museums.find(new MuseumId(event.museumId())).filter(MuseumsApi.MuseumSummary::published).isEmpty()) {
            throw new Refusal("exhibitions", "museum-unpublished");
        }
        event.publish(shown, clock.instant());
        changed(actor, event, shown ? "published" : "withdrawn");
        return event;
    }

    /** For the starter data: an event made and published at once, by the secretariat. */
    MuseumEvent createPublished(Actor actor, MuseumEvent.Details details) {
        MuseumEvent event = create(actor, Optional.empty(), details);
        event.publish(true, clock.instant());
        return event;
    }

    private MuseumEvent current(Actor actor, org.turath.exhibitions.MuseumEventId id, long version) {
        MuseumEvent event = event(actor, id);
        if (event.version() != version) {
            throw new Refusal("exhibitions", "stale");
        }
        return event;
    }

    private void check(Actor actor, MuseumEvent.Details details) {
        if (museums.find(new MuseumId(details.museumId())).isEmpty() || !access.curates(actor, details.museumId())) {
            throw new Refusal("exhibitions", "museum-not-yours");
        }
        Instant starts = details.starts().atZone(details.zone()).toInstant();
        Instant ends = details.ends().atZone(details.zone()).toInstant();
        if (!ends.isAfter(starts)) {
            throw new Refusal("exhibitions", "event-times");
        }
        if (Duration.between(starts, ends).compareTo(LONGEST) > 0) {
            throw new Refusal("exhibitions", "event-long");
        }
        if (details.exhibitionId() != null && exhibitions.findById(details.exhibitionId())
                .filter(e -> details.museumId().equals(e.museumId()) || e.venues().stream().anyMatch(v -> v.museumId().equals(details.museumId())))
                .isEmpty()) {
            throw new Refusal("exhibitions", "event-exhibition");
        }
    }

    private void changed(Actor actor, MuseumEvent event, String what) {
        audit.recordBy(actor.email(), AuditType.EXHIBITION, "event:" + event.id(), what);
        publisher.publishEvent(new CalendarSource.Changed());
    }
}
