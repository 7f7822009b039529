package org.turath.fund.internal;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.turath.accounts.AccountsApi;
import org.turath.accounts.Actor;
import org.turath.accounts.AuditLog;
import org.turath.accounts.AuditType;
import org.turath.fund.FundRequestId;
import org.turath.fund.domain.FundRequest;
import org.turath.fund.domain.FundRequests;
import org.turath.fund.domain.Invitation;
import org.turath.fund.domain.Invitations;
import org.turath.shared.EmailAddress;
import org.turath.shared.KeysetCursor;
import org.turath.shared.Language;
import org.turath.shared.NotAllowedException;
import org.turath.shared.NotFoundException;
import org.turath.shared.Refusal;
import org.turath.shared.Slice;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Requests written by an applying institution: a state's focal point invites a person of the institution (a university,
 * a museum, a municipality) to write one request with them. Someone without an account gets one, with no role, and a
 * mail to choose a password; everyone invited gets a mail with the request's address. While the invitation holds, the
 * person reads, writes, documents and submits that request — no other — and the focal point may withdraw it.
 */
@Service
@Transactional
public class InvitationDesk {

    /** The most people invited to one request. */
    public static final int MAX_PER_REQUEST = 10;

    /** Who is invited: an e-mail address, a name and the institution, and the language their mails are written in. */
    public record Invitee(String email, String name, String institution, Language language) {
    }

    private final Invitations invitations;
    private final FundRequests requests;
    private final FundAccess access;
    private final AccountsApi accounts;
    private final FundMail mail;
    private final AuditLog audit;
    private final Clock clock;

    InvitationDesk(Invitations invitations, FundRequests requests, FundAccess access, AccountsApi accounts, FundMail mail, AuditLog audit,
                   Optional<Clock> clock) {
        this.invitations = invitations;
        this.requests = requests;
        this.access = access;
        this.accounts = accounts;
        this.mail = mail;
        this.audit = audit;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** Whether the person may invite people to the request now: its state's focal points, while the state writes it. */
    @Transactional(readOnly = true)
    public boolean mayInvite(Actor actor, FundRequest request) {
        return access.writesFor(actor, request.state()) && request.status().editable();
    }

    /** The request's invitations, withdrawn ones included, for those who read it. */
    @Transactional(readOnly = true)
    public List<Invitation> of(Actor actor, FundRequest request) {
        access.readable(actor, request);
        return invitations.findByRequestIdOrderByInvitedAtAscIdAsc(request.id().value());
    }

    public Invitation invite(Actor actor, FundRequestId id, Invitee invitee) {
        FundRequest request = inviting(actor, id);
        if (!EmailAddress.wellFormed(invitee.email())) {
            throw new Refusal("fund", "invite-email");
        }
        String email = EmailAddress.normalise(invitee.email());
        if (email.equals(EmailAddress.normalise(actor.email()))) {
            throw new Refusal("fund", "invite-self");
        }
        Optional<Invitation> earlier = invitations.findByRequestIdAndEmail(id.value(), email);
        if (earlier.isPresent() && earlier.get().holds()) {
            throw new Refusal("fund", "invite-again", email);
        }
        if (earlier.isEmpty() && invitations.findByRequestIdOrderByInvitedAtAscIdAsc(id.value()).stream().filter(Invitation::holds).count()
                >= MAX_PER_REQUEST) {
            throw new Refusal("fund", "invite-many", MAX_PER_REQUEST);
        }
        // someone new to the portal gets an account with no role: what they may do comes from this invitation alone
        accounts.inviteOrFind(email, invitee.name(), invitee.language(), invitee.institution());
        Invitation invitation = earlier.orElseGet(() -> new Invitation(id.value(), email, invitee.name(), invitee.institution(),
                actor.email(), clock.instant()));
        invitation.renew(invitee.name(), invitee.institution(), actor.email(), clock.instant());
        invitations.save(invitation);
        mail.tell(email, "invited", request, invitee.institution());
        audit.recordBy(actor.email(), AuditType.SUPPORT_FUND, "request:" + request.reference(), "invited " + email);
        return invitation;
    }

    public void withdraw(Actor actor, FundRequestId id, UUID invitationId) {
        FundRequest request = statesOwn(actor, id);
        Invitation invitation = invitations.findById(invitationId).filter(i -> i.requestId().equals(id.value()) && i.holds())
                .orElseThrow(() -> new NotFoundException("invitation"));
        invitation.withdraw(actor.email(), clock.instant());
        audit.recordBy(actor.email(), AuditType.SUPPORT_FUND, "request:" + request.reference(), "invitation of " + invitation.email() + " withdrawn");
    }

    /** The requests a person is invited to write, the latest invitation first. */
    @Transactional(readOnly = true)
    public Slice<FundRequest> invitedTo(Actor actor, Optional<String> cursor, int limit) {
        KeysetCursor.At after = KeysetCursor.At.of(cursor, KeysetCursor.At.END);
        List<Invitation> held = invitations.heldBy(EmailAddress.normalise(actor.email()), after.time(), after.id(), Limit.of(limit + 1));
        Map<UUID, FundRequest> byId = requests.findAllById(held.stream().map(Invitation::requestId).toList()).stream()
                .collect(Collectors.toMap(r -> r.id().value(), Function.identity()));
        return Slice.of(held, limit, i -> new KeysetCursor.At(i.invitedAt(), i.id()).encode()).map(i -> byId.get(i.requestId()));
    }

    private FundRequest inviting(Actor actor, FundRequestId id) {
        FundRequest request = statesOwn(actor, id);
        if (!request.status().editable()) {
            throw new Refusal("fund", "wrong-status");
        }
        return request;
    }

    /** The request, for one of its state's focal points: "not found" to who may not read it, refused to its other readers. */
    private FundRequest statesOwn(Actor actor, FundRequestId id) {
        FundRequest request = access.readable(actor, requests.findById(id.value()).orElseThrow(() -> new NotFoundException("request")));
        if (!access.writesFor(actor, request.state())) {
            throw new NotAllowedException();
        }
        return request;
    }
}
