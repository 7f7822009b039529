package org.turath.fund.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.turath.accounts.Actor;
import org.turath.accounts.AuditLog;
import org.turath.accounts.AuditType;
import org.turath.fund.FundCallId;
import org.turath.fund.FundRequestId;
import org.turath.fund.RequestStatus;
import org.turath.fund.domain.FundCall;
import org.turath.fund.domain.FundCalls;
import org.turath.fund.domain.FundRequest;
import org.turath.fund.domain.FundRequests;
import org.turath.fund.domain.RequestDocument;
import org.turath.fund.domain.RequestVersion;
import org.turath.fund.domain.RequestVersions;
import org.turath.registry.HeritageDetail;
import org.turath.registry.RegistryApi;
import org.turath.risk.RiskApi;
import org.turath.risk.RiskReportId;
import org.turath.shared.KeysetCursor;
import org.turath.shared.NotFoundException;
import org.turath.shared.Refusal;
import org.turath.shared.Slice;
import org.turath.submissions.FormSubmissions;
import tools.jackson.databind.json.JsonMapper;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A state's requests to the Support Fund: a focal point opens one under an open call (or on the emergency fast track,
 * naming a condition report on the item), writes it, attaches its documents (PDFs checked by their content), and submits
 * it when nothing is missing — each submission frozen as a version. Once funded, the state reports its milestones.
 */
@Service
@Transactional
public class RequestDesk {


    private final FundRequests requests;
    private final FundCalls calls;
    private final RequestVersions versions;
    private final FundAccess access;
    private final RegistryApi registry;
    private final RiskApi risk;
    private final FundFiles fundFiles;
    private final AuditLog audit;
    private final FormSubmissions submissions;
    private final FundPageStamps pages;
    private final JsonMapper json;
    private final int emergencyDays;
    private final String emergencyCurrency;
    private final Clock clock;

    RequestDesk(FundRequests requests, FundCalls calls, RequestVersions versions, FundAccess access, RegistryApi registry, RiskApi risk,
                FundFiles fundFiles, AuditLog audit, FormSubmissions submissions, FundPageStamps pages, JsonMapper json,
                @Value("${turath.fund.emergency-days:30}") int emergencyDays,
                @Value("${turath.fund.emergency-currency:USD}") String emergencyCurrency, Optional<Clock> clock) {
        this.requests = requests;
        this.calls = calls;
        this.versions = versions;
        this.access = access;
        this.registry = registry;
        this.risk = risk;
        this.fundFiles = fundFiles;
        this.audit = audit;
        this.submissions = submissions;
        this.pages = pages;
        this.json = json;
        this.emergencyDays = emergencyDays;
        this.emergencyCurrency = emergencyCurrency;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public int emergencyDays() {
        return emergencyDays;
    }

    /** Refuses someone who writes requests for no state (a focal point whose account names no state is told so). */
    public void requireWriter(Actor actor) {
        if (actor.states().stream().noneMatch(state -> access.writesFor(actor, state))) {
            if (actor.hasAny(org.turath.accounts.Role.FOCAL_POINT)) {
                throw new Refusal("fund", "no-state");
            }
            throw new org.turath.shared.NotAllowedException();
        }
    }

    /** The requests a person follows: all for the secretariat, their states' for a focal point; the latest change first. */
    @Transactional(readOnly = true)
    public Slice<FundRequest> requests(Actor actor, Collection<RequestStatus> statuses, Optional<String> cursor, int limit) {
        KeysetCursor.At after = KeysetCursor.At.of(cursor, KeysetCursor.At.END);
        List<FundRequest> rows;
        if (access.keeps(actor)) {
            rows = requests.desk(statuses.isEmpty() ? EnumSet.allOf(RequestStatus.class) : statuses, after.time(), after.id(),
                    Limit.of(limit + 1));
        } else if (actor.hasAny(org.turath.accounts.Role.FOCAL_POINT) && !actor.states().isEmpty()) {
            rows = requests.ofStates(actor.states(), after.time(), after.id(), Limit.of(limit + 1));
        } else if (actor.hasAny(org.turath.accounts.Role.FOCAL_POINT)) {
            rows = List.of();
        } else {
            throw new org.turath.shared.NotAllowedException();
        }
        return Slice.of(rows, limit, r -> new KeysetCursor.At(r.updatedAt(), r.id().value()).encode());
    }

    @Transactional(readOnly = true)
    public FundRequest request(Actor actor, FundRequestId id) {
        return access.readable(actor, requests.findById(id.value()).orElseThrow(() -> new NotFoundException("request")));
    }

    /** Whether the person writes the request: its state's focal points, and the people they invited to it. */
    public boolean writes(Actor actor, FundRequest request) {
        return access.writes(actor, request);
    }

    /** Whether the person may change the request now (its writers, while it is a draft or sent back). */
    public boolean mayEdit(Actor actor, FundRequest request) {
        return access.writes(actor, request) && request.status().editable();
    }

    /** The condition reports a focal point may name for an emergency request. */
    @Transactional(readOnly = true)
    public List<RiskApi.ReportFacts> reportsFor(Actor actor) {
        return risk.reportsIn(actor.states().stream().filter(s -> access.writesFor(actor, s)).toList(), 100);
    }

    /**
     * Opens a request under {@code callId}, or — with no call — an emergency request naming the condition report
     * {@code reportId} on the same item. The item must be on the List and of a state the person acts for.
     */
    public FundRequest open(Actor actor, Optional<String> submission, FundCallId callId, RiskReportId reportId, String itemReference,
                            FundRequest.Content content) {
        requireWriter(actor);
        Optional<FundRequest> earlier = submission.flatMap(submissions::resultOf).flatMap(id -> requests.findById(UUID.fromString(id)));
        if (earlier.isPresent()) {
            return earlier.get();
        }
        FundCall call = null;
        String currency;
        UUID report = null;
        String reference = itemReference;
        if (callId != null) {
            call = calls.findById(callId.value()).orElseThrow(() -> new NotFoundException("call"));
            if (!call.openOn(today())) {
                throw new Refusal("fund", "call-closed", call.reference());
            }
            currency = call.currency();
        } else {
            RiskApi.ReportFacts facts = Optional.ofNullable(reportId).flatMap(risk::report)
                    .orElseThrow(() -> new Refusal("fund", "emergency-report"));
            if (reference != null && !reference.isBlank() && !facts.itemReference().equals(reference)) {
                throw new Refusal("fund", "emergency-report");
            }
            reference = facts.itemReference();
            report = facts.id().value();
            currency = emergencyCurrency;
        }
        String named = reference;
        HeritageDetail item = (named == null ? Optional.<HeritageDetail>empty() : registry.find(named))
                .orElseThrow(() -> new Refusal("fund", "item-unknown", String.valueOf(named)));
        String state = item.states().stream().filter(s -> access.writesFor(actor, s)).findFirst()
                .orElseThrow(() -> new Refusal("fund", "item-not-yours", named));
        checkAgainstCall(call, content);
        Instant now = clock.instant();
        FundRequest request = requests.save(new FundRequest(nextReference(), call == null ? null : call.id().value(), report, state,
                item.reference(), currency, content, false, actor.email(), now));
        submission.ifPresent(token -> submissions.remember(token, request.id().toString(), now));
        audit.recordBy(actor.email(), AuditType.SUPPORT_FUND, "request:" + request.reference(), request.emergency() ? "opened (emergency)" : "opened");
        return request;
    }

    public FundRequest edit(Actor actor, FundRequestId id, long version, FundRequest.Content content) {
        FundRequest request = writable(actor, id, version);
        checkAgainstCall(call(request).orElse(null), content);
        request.edit(content, clock.instant());
        audit.recordBy(actor.email(), AuditType.SUPPORT_FUND, "request:" + request.reference(), "edited");
        return request;
    }

    /** Sends the request: refused while something is missing; the version sent is frozen. */
    public FundRequest submit(Actor actor, FundRequestId id, long version) {
        FundRequest request = writable(actor, id, version);
        Optional<FundCall> call = call(request);
        if (call.isPresent() && request.status() == RequestStatus.DRAFT && !call.get().openOn(today())) {
            throw new Refusal("fund", "call-closed", call.get().reference());
        }
        checkAgainstCall(call.orElse(null), request.content());
        LocalDate decideBy = call.map(c -> c.closesOn().plusDays(90)).orElse(today().plusDays(emergencyDays));
        Instant now = clock.instant();
        request.submit(decideBy, now);
        versions.save(new RequestVersion(request.id().value(), request.versions(), actor.email(), now, frozen(request)));
        audit.recordBy(actor.email(), AuditType.SUPPORT_FUND, "request:" + request.reference(), "submitted v" + request.versions());
        return request;
    }

    /** The state reports a milestone reached, with what was done. */
    public FundRequest reach(Actor actor, FundRequestId id, long version, int index, LocalDate on, String report) {
        FundRequest request = current(actor, id, version);
        if (!access.writesFor(actor, request.state()) && !access.keeps(actor)) {
            throw new org.turath.shared.NotAllowedException();
        }
        if (on == null || on.isAfter(today()) || report == null || report.isBlank()) {
            throw new Refusal("fund", "progress-report");
        }
        request.reach(index, on, report, clock.instant());
        audit.recordBy(actor.email(), AuditType.SUPPORT_FUND, "request:" + request.reference(), "milestone " + (index + 1) + " reached");
        pages.forget();
        return request;
    }

    /** A document for the request: a PDF a reader can open, within the size limit. */
    public FundRequest attach(Actor actor, FundRequestId id, long version, InputStream upload, String originalName) {
        FundRequest request = writable(actor, id, version);
        request.addDocument(fundFiles.keepPdf(upload, originalName, "document.pdf"), clock.instant());
        audit.recordBy(actor.email(), AuditType.SUPPORT_FUND, "request:" + request.reference(), "document added");
        return request;
    }

    public FundRequest detach(Actor actor, FundRequestId id, long version, int index) {
        FundRequest request = writable(actor, id, version);
        RequestDocument removed = request.removeDocument(index, clock.instant());
        fundFiles.dropAfterCommit(removed.storedFile());
        audit.recordBy(actor.email(), AuditType.SUPPORT_FUND, "request:" + request.reference(), "document removed");
        return request;
    }

    /** Where a document is on disk, for those who may read the request. */
    @Transactional(readOnly = true)
    public Path document(Actor actor, FundRequestId id, int index) {
        FundRequest request = request(actor, id);
        if (index < 0 || index >= request.documents().size()) {
            throw new NotFoundException("document");
        }
        return fundFiles.path(request.documents().get(index).storedFile());
    }

    @Transactional(readOnly = true)
    public List<RequestVersion> versions(Actor actor, FundRequestId id) {
        FundRequest request = request(actor, id);
        return versions.findByRequestIdOrderByNumberDesc(request.id().value());
    }

    @Transactional(readOnly = true)
    public Optional<FundCall> call(FundRequest request) {
        return request.callId() == null ? Optional.empty() : calls.findById(request.callId());
    }

    private void checkAgainstCall(FundCall call, FundRequest.Content content) {
        if (call == null) {
            return;
        }
        if (content.kind() != null && !call.kinds().contains(content.kind())) {
            throw new Refusal("fund", "kind-not-in-call");
        }
        if (content.amountRequested() != null && content.amountRequested().compareTo(call.maxAmount()) > 0) {
            throw new Refusal("fund", "amount-over-max", call.maxAmount().stripTrailingZeros().toPlainString(), call.currency());
        }
    }

    private FundRequest current(Actor actor, FundRequestId id, long version) {
        FundRequest request = request(actor, id);
        if (request.version() != version) {
            throw new Refusal("fund", "stale");
        }
        return request;
    }

    private FundRequest writable(Actor actor, FundRequestId id, long version) {
        FundRequest request = current(actor, id, version);
        access.requireWriterOf(actor, request);
        if (!request.status().editable()) {
            throw new Refusal("fund", "wrong-status");
        }
        return request;
    }

    /** SF-<year>-<number>: the year's next number (the reference's uniqueness refuses a clash between nodes). */
    private String nextReference() {
        String prefix = "SF-" + Year.now(clock) + "-";
        return prefix + String.format("%03d", requests.countByReferenceStartingWith(prefix) + 1);
    }

    private String frozen(FundRequest request) {
        FundRequest.Content content = request.content();
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("reference", request.reference());
        all.put("item", request.itemReference());
        all.put("state", request.state());
        all.put("kind", content.kind() == null ? null : content.kind().name());
        all.put("applicant", content.applicant());
        all.put("title", texts(content.title()));
        all.put("objectives", texts(content.objectives()));
        all.put("workPlan", texts(content.workPlan()));
        all.put("currency", request.currency());
        all.put("amountRequested", content.amountRequested());
        all.put("budget", content.budget().stream().map(b -> Map.of("label", b.label(), "amount", b.amount(), "cofunding", b.cofunding(),
                "cofunder", b.cofunder() == null ? "" : b.cofunder())).toList());
        all.put("milestones", content.milestones().stream().map(m -> Map.of("title", m.title(), "dueOn", String.valueOf(m.dueOn()),
                "tranche", m.tranche())).toList());
        all.put("documents", request.documents().stream().map(d -> Map.of("name", d.name(), "size", d.fileSize())).toList());
        return json.writeValueAsString(all);
    }

    private static Map<String, String> texts(org.turath.shared.LocalizedText text) {
        Map<String, String> map = new LinkedHashMap<>();
        for (org.turath.shared.Language language : org.turath.shared.Language.values()) {
            text.in(language).ifPresent(t -> map.put(language.tag(), t));
        }
        return map;
    }
}
