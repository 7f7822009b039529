package org.turath.nominations.internal;

import org.turath.shared.Refusal;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.turath.accounts.AccountsApi;
import org.turath.accounts.Actor;
import org.turath.accounts.AuditLog;
import org.turath.accounts.AuditType;
import org.turath.accounts.Role;
import org.turath.nominations.CommitteeSessionId;
import org.turath.nominations.NominationCommand;
import org.turath.nominations.NominationFileId;
import org.turath.nominations.NominationInscribed;
import org.turath.nominations.NominationKind;
import org.turath.nominations.Outcome;
import org.turath.nominations.domain.CommitteeSession;
import org.turath.nominations.domain.CommitteeSessions;
import org.turath.nominations.domain.Decision;
import org.turath.nominations.domain.Decisions;
import org.turath.nominations.domain.NominationFile;
import org.turath.nominations.domain.NominationFiles;
import org.turath.nominations.domain.Part;
import org.turath.shared.KeysetCursor;
import org.turath.shared.LocalizedText;
import org.turath.shared.NotAllowedException;
import org.turath.shared.NotFoundException;
import org.turath.shared.Slice;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The Islamic World Heritage Committee: its sessions (in person, by videoconference or both), their
 * agendas, and the decisions that change the List; an inscription is published as
 * {@link NominationInscribed} for the registry.
 */
@Service
@Transactional
public class CommitteeDesk {

    private final NominationFiles files;
    private final CommitteeSessions sessions;
    private final Decisions decisions;
    private final NominationAccess access;
    private final AccountsApi accounts;
    private final AuditLog audit;
    private final NominationMail mail;
    private final ApplicationEventPublisher events;
    private final NominationClock clock;

    CommitteeDesk(NominationFiles files, CommitteeSessions sessions, Decisions decisions, NominationAccess access,
                  AccountsApi accounts, AuditLog audit, NominationMail mail, ApplicationEventPublisher events,
                  NominationClock clock) {
        this.files = files;
        this.sessions = sessions;
        this.decisions = decisions;
        this.access = access;
        this.accounts = accounts;
        this.audit = audit;
        this.mail = mail;
        this.events = events;
        this.clock = clock;
    }

    public CommitteeSessionId createSession(Actor actor, int year, int number, CommitteeSession.Kind kind, CommitteeSession.Mode mode,
                              LocalizedText place, String videoLink, LocalDate startsOn, LocalDate endsOn, Set<String> members) {
        if (!actor.hasAny(Role.SECRETARIAT)) {
            throw new NotAllowedException();
        }
        if (sessions.existsByYearAndNumber(year, number)) {
            throw new Refusal("nominations", "session-exists", year, number);
        }
        if (endsOn.isBefore(startsOn)) {
            throw new Refusal("nominations", "session-dates");
        }
        if (mode != CommitteeSession.Mode.IN_PERSON && (videoLink == null || videoLink.isBlank())) {
            throw new Refusal("nominations", "session-link");
        }
        for (String member : members) {
            accounts.find(member).filter(p -> p.roles().contains(Role.COMMITTEE_MEMBER))
                    .orElseThrow(() -> new Refusal("nominations", "not-member", member));
        }
        CommitteeSession session = new CommitteeSession(year, number, kind, mode, place, videoLink, startsOn, endsOn, members,
                actor.email(), clock.now());
        sessions.save(session);
        audit.record(AuditType.NOMINATION, "IWHC/%d.%d".formatted(year, number), "SESSION " + kind + " " + mode);
        return session.id();
    }

    @Transactional(readOnly = true)
    public Slice<CommitteeSession> sessions(Optional<String> cursor, int limit) {
        KeysetCursor.On before = KeysetCursor.On.of(cursor, new KeysetCursor.On(CommitteeSessions.FIRST_ON, CommitteeSessions.FIRST_ID));
        return Slice.of(sessions.page(before.day(), before.id(), Limit.of(limit + 1)), limit,
                s -> new KeysetCursor.On(s.startsOn(), s.id().value()).encode());
    }

    @Transactional(readOnly = true)
    public CommitteeSession session(CommitteeSessionId id) {
        CommitteeSession session = sessions.findById(id.value()).orElseThrow(() -> new NotFoundException("session"));
        session.members();
        return session;
    }

    /** The session's agenda: the files scheduled for it or decided in it. */
    @Transactional(readOnly = true)
    public List<NominationFile> agenda(CommitteeSessionId sessionId) {
        return files.scheduledFor(sessionId.value(), Limit.of(500));
    }

    @Transactional(readOnly = true)
    public List<NominationFile> readyForAgenda() {
        return files.readyForAgenda(Limit.of(500));
    }

    @Transactional(readOnly = true)
    public List<Decision> decisionsOfFile(NominationFileId fileId) {
        return decisions.ofFile(fileId.value(), Limit.of(100));
    }

    /** A decision as the public reads it: the decision, and the file it is about. */
    public record PublicDecision(String reference, Outcome outcome, LocalDate decidedOn, LocalizedText text, String fileReference,
                                 LocalizedText name, List<String> states, NominationKind kind) {
    }

    /** The decisions of a session, in their order, for the public page (one page of {@code limit} after number {@code after}). */
    @Transactional(readOnly = true)
    public List<PublicDecision> publicDecisions(CommitteeSessionId sessionId, int after, int limit) {
        List<Decision> page = decisions.ofSession(sessionId.value(), after, Limit.of(limit));
        Map<UUID, NominationFile> byId = new java.util.HashMap<>();
        files.findAllById(page.stream().map(Decision::fileId).toList()).forEach(f -> byId.put(f.id().value(), f));
        return page.stream().map(d -> {
            NominationFile file = byId.get(d.fileId());
            return new PublicDecision(d.reference(), d.outcome(), d.decidedOn(), d.text(), file.reference(), file.name(),
                    file.allStates(), file.kind());
        }).toList();
    }

    public void schedule(Actor actor, NominationFileId id, CommitteeSessionId sessionId) {
        NominationFile file = access.visible(actor, id);
        access.guard(actor, file, NominationCommand.SCHEDULE);
        CommitteeSession session = sessions.findById(sessionId.value()).orElseThrow(() -> new NotFoundException("session"));
        if (session.endsOn().isBefore(clock.today())) {
            throw new Refusal("nominations", "session-over");
        }
        file.schedule(session, actor.email(), clock.now());
        audit.record(AuditType.NOMINATION, file.reference(), "SCHEDULE IWHC/%d.%d".formatted(session.year(), session.number()));
    }

    /**
     * Records the Committee's decision on a scheduled file. {@code expectedVersion} is the file as the
     * person saw it: when someone decided meanwhile, this one is refused and says by whom.
     */
    public Decision decide(Actor actor, NominationFileId id, long expectedVersion, Outcome outcome, LocalizedText text) {
        // the file is locked first: of two people deciding at once, the second waits, then sees the first's decision
        NominationFile file = files.lockById(id.value()).filter(f -> access.canSee(actor, f)).orElseThrow(() -> new NotFoundException("nomination"));
        if (file.version() != expectedVersion) {
            throw new StaleFileException(file.updatedBy(), file.updatedAt());
        }
        access.guard(actor, file, NominationCommand.DECIDE);
        // numbering the session's decisions one at a time
        CommitteeSession session = sessions.lockById(file.sessionId()).orElseThrow(() -> new NotFoundException("session"));
        LocalDate today = clock.today();
        Decision decision = file.decide(session, outcome, today, text, actor.email(), clock.now());
        decisions.save(decision);
        files.flush();
        audit.record(AuditType.NOMINATION, file.reference(), "DECIDE " + decision.reference() + " " + outcome);
        if (outcome == Outcome.INSCRIBE) {
            events.publishEvent(inscribed(file, decision));
        }
        mail.tellState(file, "decided." + outcome.name().toLowerCase(java.util.Locale.ROOT), decision.reference());
        return decision;
    }

    private NominationInscribed inscribed(NominationFile file, Decision decision) {
        String prefix = "description.description";
        LocalizedText description = new LocalizedText(blankToNull(file.text(prefix + ".ar")), blankToNull(file.text(prefix + ".en")),
                blankToNull(file.text(prefix + ".fr")));
        String statement = file.kind().intangible() ? "safeguarding.viability" : "justification.statement";
        LocalizedText justification = new LocalizedText(blankToNull(file.text(statement + ".ar")),
                blankToNull(file.text(statement + ".en")), blankToNull(file.text(statement + ".fr")));
        List<String> criteria = file.text("justification.criteria").isBlank() ? List.of()
                : List.of(file.text("justification.criteria").split(","));
        List<NominationInscribed.Part> parts = file.components().stream()
                .map(p -> new NominationInscribed.Part(p.name(), p.latitude(), p.longitude(), p.coreHectares())).toList();
        Double latitude = file.place().latitude();
        Double longitude = file.place().longitude();
        if (latitude == null && !parts.isEmpty()) {
            latitude = parts.get(0).latitude();
            longitude = parts.get(0).longitude();
        }
        return new NominationInscribed(file.reference(), decision.reference(), decision.decidedOn(), file.kind(), file.name(),
                description, justification, file.allStates(), criteria, latitude, longitude, file.place().coreHectares(), parts,
                decision.decidedBy());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
