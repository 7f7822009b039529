package org.turath.fund.internal;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.turath.accounts.Actor;
import org.turath.accounts.AuditLog;
import org.turath.accounts.AuditType;
import org.turath.fund.FundCallId;
import org.turath.fund.domain.FundCall;
import org.turath.fund.domain.FundCalls;
import org.turath.shared.KeysetCursor;
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

/** Calls for proposals: the secretariat writes them; anyone reads them once they exist (a call is public from its creation). */
@Service
@Transactional
public class CallDesk {

    private final FundCalls calls;
    private final FundAccess access;
    private final AuditLog audit;
    private final FormSubmissions submissions;
    private final FundPageStamps pages;
    private final Clock clock;

    CallDesk(FundCalls calls, FundAccess access, AuditLog audit, FormSubmissions submissions, FundPageStamps pages,
             Optional<Clock> clock) {
        this.calls = calls;
        this.access = access;
        this.audit = audit;
        this.submissions = submissions;
        this.pages = pages;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public void requireKeeper(Actor actor) {
        access.requireKeeper(actor);
    }

    /** Every call, the latest closing first. */
    @Transactional(readOnly = true)
    public Slice<FundCall> calls(Optional<String> cursor, int limit) {
        KeysetCursor.On after = KeysetCursor.On.of(cursor, KeysetCursor.On.END);
        List<FundCall> rows = calls.page(after.day(), after.id(), Limit.of(limit + 1));
        return Slice.of(rows, limit, c -> new KeysetCursor.On(c.closesOn(), c.id().value()).encode());
    }

    /** The calls open today, closing soonest first. */
    @Transactional(readOnly = true)
    public List<FundCall> open(int limit) {
        return calls.openOn(today(), Limit.of(limit));
    }

    @Transactional(readOnly = true)
    public FundCall call(FundCallId id) {
        return calls.findById(id.value()).orElseThrow(() -> new NotFoundException("call"));
    }

    @Transactional(readOnly = true)
    public FundCall call(String reference) {
        return calls.findByReference(reference).orElseThrow(() -> new NotFoundException("call"));
    }

    @Transactional(readOnly = true)
    public Optional<FundCall> find(UUID id) {
        return id == null ? Optional.empty() : calls.findById(id);
    }

    public FundCall create(Actor actor, Optional<String> submission, FundCall.Details details) {
        access.requireKeeper(actor);
        Optional<FundCall> earlier = submission.flatMap(submissions::resultOf).flatMap(id -> calls.findById(UUID.fromString(id)));
        if (earlier.isPresent()) {
            return earlier.get();
        }
        if (calls.findByReference(details.reference()).isPresent()) {
            throw new Refusal("fund", "call-reference-taken", details.reference());
        }
        Instant now = clock.instant();
        FundCall call = calls.save(new FundCall(details, false, actor.email(), now));
        submission.ifPresent(token -> submissions.remember(token, call.id().toString(), now));
        audit.recordBy(actor.email(), AuditType.SUPPORT_FUND, "call:" + call.reference(), "created");
        pages.forget();
        return call;
    }

    public FundCall update(Actor actor, FundCallId id, long version, FundCall.Details details) {
        access.requireKeeper(actor);
        FundCall call = call(id);
        if (call.version() != version) {
            throw new Refusal("fund", "stale");
        }
        calls.findByReference(details.reference()).filter(other -> !other.id().equals(id)).ifPresent(other -> {
            throw new Refusal("fund", "call-reference-taken", details.reference());
        });
        call.apply(details, clock.instant());
        audit.recordBy(actor.email(), AuditType.SUPPORT_FUND, "call:" + call.reference(), "updated");
        pages.forget();
        return call;
    }
}
