package org.turath.fund.internal;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.turath.accounts.AccountView;
import org.turath.accounts.AccountsApi;
import org.turath.accounts.Actor;
import org.turath.accounts.AuditLog;
import org.turath.accounts.AuditType;
import org.turath.accounts.Role;
import org.turath.fund.FundCallId;
import org.turath.fund.FundRequestId;
import org.turath.fund.domain.Criterion;
import org.turath.fund.domain.FundCall;
import org.turath.fund.domain.FundCalls;
import org.turath.fund.domain.FundRequest;
import org.turath.fund.domain.FundRequests;
import org.turath.fund.domain.Ranking;
import org.turath.fund.domain.Review;
import org.turath.fund.domain.Reviews;
import org.turath.fund.domain.Score;
import org.turath.shared.KeysetCursor;
import org.turath.shared.NotAllowedException;
import org.turath.shared.NotFoundException;
import org.turath.shared.Refusal;
import org.turath.shared.Slice;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The review of a submitted request and what follows: the secretariat's eligibility check (or a return to the state),
 * the experts' assignment (an expert from the request's state is refused, as for nominations), their declarations of
 * conflicts and their scores with reasons, the ranking of a call, the decision, the signed grant agreement, the
 * tranches paid against milestones and the closure. Two finished reviews are needed before a decision, one on the
 * emergency fast track (an opinion, no scores: it is not ranked against a call).
 */
@Service
@Transactional
public class ReviewDesk {

    public static final int REVIEWS_NEEDED = 2;
    public static final int REVIEWS_NEEDED_EMERGENCY = 1;

    private final FundRequests requests;
    private final FundCalls calls;
    private final Reviews reviews;
    private final FundAccess access;
    private final AccountsApi accounts;
    private final FundFiles fundFiles;
    private final AuditLog audit;
    private final FundMail mail;
    private final FundPageStamps pages;
    private final Clock clock;

    ReviewDesk(FundRequests requests, FundCalls calls, Reviews reviews, FundAccess access, AccountsApi accounts, FundFiles fundFiles,
               AuditLog audit, FundMail mail, FundPageStamps pages, Optional<Clock> clock) {
        this.requests = requests;
        this.calls = calls;
        this.reviews = reviews;
        this.access = access;
        this.accounts = accounts;
        this.fundFiles = fundFiles;
        this.audit = audit;
        this.mail = mail;
        this.pages = pages;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public boolean keeps(Actor actor) {
        return access.keeps(actor);
    }

    // ---- the secretariat

    public FundRequest returnToState(Actor actor, FundRequestId id, long version, String note) {
        FundRequest request = kept(actor, id, version);
        if (note == null || note.isBlank()) {
            throw new Refusal("fund", "note-needed");
        }
        request.returnToState(note, actor.email(), clock.instant());
        audit.recordBy(actor.email(), AuditType.SUPPORT_FUND, "request:" + request.reference(), "returned");
        mail.tell(request.createdBy(), "returned", request, note);
        return request;
    }

    public FundRequest checkEligibility(Actor actor, FundRequestId id, long version, boolean eligible, String note) {
        FundRequest request = kept(actor, id, version);
        if (!eligible && (note == null || note.isBlank())) {
            throw new Refusal("fund", "note-needed");
        }
        request.checkEligibility(eligible, note, actor.email(), clock.instant());
        audit.recordBy(actor.email(), AuditType.SUPPORT_FUND, "request:" + request.reference(), eligible ? "eligible" : "not eligible");
        if (!eligible) {
            mail.tell(request.createdBy(), "ineligible", request, note);
        }
        return request;
    }

    /** Assigns experts (people with the evaluator role, none from the request's state, none twice). */
    public List<Review> assign(Actor actor, FundRequestId id, List<String> experts, LocalDate dueOn) {
        access.requireKeeper(actor);
        FundRequest request = find(id);
        if (request.status() != org.turath.fund.RequestStatus.ELIGIBLE) {
            throw new Refusal("fund", "wrong-status");
        }
        if (experts.isEmpty()) {
            throw new Refusal("fund", "no-expert");
        }
        if (dueOn == null || dueOn.isBefore(today())) {
            throw new Refusal("fund", "due-past");
        }
        List<Review> added = new ArrayList<>();
        Instant now = clock.instant();
        for (String email : experts) {
            AccountView person = accounts.find(email.strip()).filter(p -> p.roles().contains(Role.EVALUATOR))
                    .orElseThrow(() -> new Refusal("fund", "not-expert", email.strip()));
            if (person.states().contains(request.state())) {
                throw new Refusal("fund", "expert-from-state", person.email(), request.state());
            }
            if (reviews.findByRequestIdAndExpert(request.id().value(), person.email()).isPresent()) {
                throw new Refusal("fund", "expert-twice", person.email());
            }
            added.add(reviews.save(new Review(request.id().value(), person.email(), actor.email(), now, dueOn)));
        }
        audit.recordBy(actor.email(), AuditType.SUPPORT_FUND, "request:" + request.reference(),
                "assigned " + added.stream().map(Review::expert).collect(Collectors.joining(", ")));
        added.forEach(r -> mail.tell(r.expert(), "assigned", request, dueOn.toString()));
        return added;
    }

    /** Decides: an amount granted, or declined (granted null), once enough experts have reviewed it. */
    public FundRequest decide(Actor actor, FundRequestId id, long version, BigDecimal granted, String note) {
        FundRequest request = kept(actor, id, version);
        long done = reviews.findByRequestIdOrderByAssignedAt(request.id().value()).stream().filter(r -> r.active() && r.done()).count();
        int needed = request.emergency() ? REVIEWS_NEEDED_EMERGENCY : REVIEWS_NEEDED;
        if (done < needed) {
            throw new Refusal("fund", "reviews-needed", needed);
        }
        if (note == null || note.isBlank()) {
            throw new Refusal("fund", "note-needed");
        }
        request.decide(granted, note, actor.email(), today(), clock.instant());
        audit.recordBy(actor.email(), AuditType.SUPPORT_FUND, "request:" + request.reference(),
                granted == null ? "declined" : "granted " + granted.toPlainString() + " " + request.currency());
        mail.tell(request.createdBy(), granted == null ? "declined" : "granted", request, note);
        pages.forget();
        return request;
    }

    /** The grant agreement signed by both sides: a PDF a reader can open. */
    public FundRequest attachGrant(Actor actor, FundRequestId id, long version, InputStream upload, String originalName) {
        FundRequest request = kept(actor, id, version);
        org.turath.fund.domain.RequestDocument kept = fundFiles.keepPdf(upload, originalName, "grant.pdf");
        fundFiles.dropAfterCommit(request.grantFile());
        request.attachGrant(kept.storedFile(), kept.name(), kept.fileSize(), clock.instant());
        audit.recordBy(actor.email(), AuditType.SUPPORT_FUND, "request:" + request.reference(), "grant agreement");
        return request;
    }

    @Transactional(readOnly = true)
    public Path grant(Actor actor, FundRequestId id) {
        FundRequest request = access.readable(actor, find(id));
        if (request.grantFile() == null || !(access.keeps(actor) || access.writesFor(actor, request.state()))) {
            throw new NotFoundException("document");
        }
        return fundFiles.path(request.grantFile());
    }

    public FundRequest pay(Actor actor, FundRequestId id, long version, int index, BigDecimal amount, LocalDate on) {
        FundRequest request = kept(actor, id, version);
        if (on == null || on.isAfter(today())) {
            throw new Refusal("fund", "paid-on");
        }
        request.pay(index, amount, on, clock.instant());
        audit.recordBy(actor.email(), AuditType.SUPPORT_FUND, "request:" + request.reference(),
                "tranche " + (index + 1) + " paid " + amount.toPlainString() + " " + request.currency());
        mail.tell(request.createdBy(), "paid", request, amount.stripTrailingZeros().toPlainString() + " " + request.currency());
        pages.forget();
        return request;
    }

    public FundRequest close(Actor actor, FundRequestId id, long version, String finalReport) {
        FundRequest request = kept(actor, id, version);
        request.close(finalReport, today(), clock.instant());
        audit.recordBy(actor.email(), AuditType.SUPPORT_FUND, "request:" + request.reference(), "closed");
        pages.forget();
        return request;
    }

    /** The call's reviewed requests in order of merit, each score with its reasons. */
    @Transactional(readOnly = true)
    public List<Ranking.Entry> ranking(Actor actor, FundCallId callId) {
        access.requireKeeper(actor);
        FundCall call = calls.findById(callId.value()).orElseThrow(() -> new NotFoundException("call"));
        List<FundRequest> rows = requests.reviewedUnder(call.id().value(), Limit.of(1000));
        Map<UUID, List<Review>> byRequest = reviews.findByRequestIdIn(rows.stream().map(r -> r.id().value()).toList()).stream()
                .collect(Collectors.groupingBy(Review::requestId));
        return Ranking.rank(rows, call.criteria(), byRequest);
    }

    /** Requests and grants per state and kind (in one currency), for reading them against the items in danger. */
    @Transactional(readOnly = true)
    public List<Object[]> perStateAndKind(Actor actor, String currency) {
        access.requireKeeper(actor);
        return requests.perStateAndKind(currency);
    }

    // ---- the experts

    @Transactional(readOnly = true)
    public List<Review> reviewsOf(Actor actor, FundRequest request) {
        List<Review> all = reviews.findByRequestIdOrderByAssignedAt(request.id().value());
        if (access.keeps(actor)) {
            return all;
        }
        // an expert sees their own review only; the state sees none
        return all.stream().filter(r -> r.expert().equals(actor.email())).toList();
    }

    @Transactional(readOnly = true)
    public Slice<Review> myReviews(Actor actor, Optional<String> cursor, int limit) {
        access.requireExpert(actor);
        KeysetCursor.At after = KeysetCursor.At.of(cursor, KeysetCursor.At.END);
        List<Review> rows = reviews.ofExpert(actor.email(), after.time(), after.id(), Limit.of(limit + 1));
        return Slice.of(rows, limit, r -> new KeysetCursor.At(r.assignedAt(), r.id()).encode());
    }

    @Transactional(readOnly = true)
    public Map<UUID, FundRequest> requestsById(List<UUID> ids) {
        return requests.findAllById(ids).stream().collect(Collectors.toMap(r -> r.id().value(), r -> r));
    }

    public Review declare(Actor actor, FundRequestId id, boolean conflicted, String declaration) {
        Review review = ownReview(actor, id);
        if (conflicted && (declaration == null || declaration.isBlank())) {
            throw new Refusal("fund", "declaration-needed");
        }
        review.declare(conflicted, declaration, clock.instant());
        FundRequest request = find(id);
        audit.recordBy(actor.email(), AuditType.SUPPORT_FUND, "request:" + request.reference(),
                conflicted ? "conflict declared" : "no conflict declared");
        if (conflicted) {
            mail.tell(review.assignedBy(), "conflict", request, actor.email());
        }
        return review;
    }

    /** An expert's scores (one per criterion of the call, each with its reason) and opinion. */
    public Review score(Actor actor, FundRequestId id, List<Score> scores, String opinion) {
        Review review = ownReview(actor, id);
        FundRequest request = find(id);
        if (request.status() != org.turath.fund.RequestStatus.ELIGIBLE) {
            throw new Refusal("fund", "wrong-status");
        }
        List<Criterion> criteria = criteria(request);
        if (criteria.isEmpty() && (opinion == null || opinion.isBlank())) {
            throw new Refusal("fund", "opinion-needed");
        }
        review.submit(scores, criteria.size(), opinion, clock.instant());
        audit.recordBy(actor.email(), AuditType.SUPPORT_FUND, "request:" + request.reference(), "reviewed");
        return review;
    }

    /** The criteria a request is scored on: its call's; none on the emergency fast track (an opinion only). */
    @Transactional(readOnly = true)
    public List<Criterion> criteria(FundRequest request) {
        return request.callId() == null ? List.of() : calls.findById(request.callId()).map(FundCall::criteria).orElse(List.of());
    }

    // ---- the public

    /** The funded projects, the latest decision first; a state's only when asked. */
    @Transactional(readOnly = true)
    public Slice<FundRequest> funded(Optional<String> state, Optional<String> cursor, int limit) {
        KeysetCursor.On after = KeysetCursor.On.of(cursor, KeysetCursor.On.END);
        List<FundRequest> rows = requests.funded(state.orElse(""), after.day(), after.id(), Limit.of(limit + 1));
        return Slice.of(rows, limit, r -> new KeysetCursor.On(r.decidedOn(), r.id().value()).encode());
    }

    /** A funded project by its reference; anything not funded is not found. */
    @Transactional(readOnly = true)
    public FundRequest project(String reference) {
        return requests.findByReference(reference).filter(r -> r.status().funded()).orElseThrow(() -> new NotFoundException("project"));
    }

    private Review ownReview(Actor actor, FundRequestId id) {
        access.requireExpert(actor);
        return reviews.findByRequestIdAndExpert(id.value(), actor.email()).orElseThrow(NotAllowedException::new);
    }

    private FundRequest find(FundRequestId id) {
        return requests.findById(id.value()).orElseThrow(() -> new NotFoundException("request"));
    }

    private FundRequest kept(Actor actor, FundRequestId id, long version) {
        access.requireKeeper(actor);
        FundRequest request = find(id);
        if (request.version() != version) {
            throw new Refusal("fund", "stale");
        }
        return request;
    }
}
