package org.turath.fund.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.turath.accounts.Actor;
import org.turath.fund.FundCallId;
import org.turath.fund.FundRequestId;
import org.turath.fund.ProjectKind;
import org.turath.fund.RequestStatus;
import org.turath.fund.domain.FundCall;
import org.turath.fund.domain.FundRequest;
import org.turath.fund.domain.RequestVersion;
import org.turath.fund.domain.Review;
import org.turath.fund.internal.CallDesk;
import org.turath.fund.internal.InvitationDesk;
import org.turath.fund.internal.ProjectPhotoDesk;
import org.turath.fund.internal.RequestDesk;
import org.turath.fund.internal.ReviewDesk;
import org.turath.risk.RiskReportId;
import org.turath.shared.Language;
import org.turath.shared.NotFoundException;
import org.turath.shared.Refusal;
import org.turath.shared.RequestParameters;
import org.turath.shared.Slice;
import org.turath.web.Downloads;
import org.turath.web.FieldErrors;
import org.turath.web.NoStore;
import org.turath.web.PhotoDetails;
import org.turath.web.Refused;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.turath.web.WebConfiguration.LANG;

/**
 * A state's requests in the back office: the list, opening one under an open call or on the emergency fast track, the
 * request's page (its form while it is a draft or sent back — saved as typed, autosaved, what is missing listed — its
 * documents, its versions, its milestones once funded), and submission. The review's actions are in {@link ReviewPages}.
 */
@Controller
class RequestPages {

    static final String BASE = "/admin/fund/requests";
    private static final int PAGE = 30;

    private final RequestDesk desk;
    private final ReviewDesk review;
    private final CallDesk calls;
    private final FundViews views;
    private final MessageSource messages;
    private final ProjectPhotoDesk photos;
    private final InvitationDesk invitations;

    /** Who a focal point invites to write the request with them. */
    record InvitationForm(String email, String name, String institution, String language) implements org.turath.web.FormRecord {

        static InvitationForm empty() {
            return new InvitationForm(null, null, null, null);
        }
    }

    /** What a photograph's form posts beside its file. */
    record PhotoForm(String takenOn, String credit, org.turath.web.Trilingual caption) implements org.turath.web.FormRecord {

        static PhotoForm empty() {
            return new PhotoForm(null, null, null);
        }
    }

    RequestPages(RequestDesk desk, ReviewDesk review, CallDesk calls, FundViews views, MessageSource messages, ProjectPhotoDesk photos,
                 InvitationDesk invitations) {
        this.photos = photos;
        this.invitations = invitations;
        this.desk = desk;
        this.review = review;
        this.calls = calls;
        this.views = views;
        this.messages = messages;
    }

    @GetMapping("/" + LANG + BASE)
    String list(@PathVariable Language lang, @RequestParam(name = "status", required = false) String status,
                @RequestParam(name = "cursor", required = false) String cursor, Actor actor, Model model, HttpServletResponse response) {
        NoStore.personal(response);
        if (!review.keeps(actor) && !actor.hasAny(org.turath.accounts.Role.FOCAL_POINT, org.turath.accounts.Role.EVALUATOR)) {
            // a person of an applying institution: the requests they are invited to write (none for anyone else)
            Slice<FundRequest> page = invitations.invitedTo(actor, RequestParameters.present(cursor), PAGE);
            model.addAttribute("requests", views.requests(page.items(), lang));
            model.addAttribute("next", page.nextCursor().orElse(null));
            model.addAttribute("statuses", List.of());
            model.addAttribute("status", "");
            model.addAttribute("keeper", false);
            model.addAttribute("openCalls", List.of());
            model.addAttribute("invitee", true);
            return "fund/requests";
        }
        if (!review.keeps(actor) && !actor.hasAny(org.turath.accounts.Role.FOCAL_POINT)) {
            // an expert: the requests they are asked to review
            Slice<Review> page = review.myReviews(actor, RequestParameters.present(cursor), PAGE);
            Map<UUID, FundRequest> byId = review.requestsById(page.items().stream().map(Review::requestId).toList());
            model.addAttribute("reviews", page.items());
            model.addAttribute("reviewed", views.requests(page.items().stream().map(r -> byId.get(r.requestId())).toList(), lang));
            model.addAttribute("next", page.nextCursor().orElse(null));
            return "fund/reviews";
        }
        Optional<RequestStatus> shown = RequestParameters.named(RequestStatus.class, status);
        Slice<FundRequest> page = desk.requests(actor, shown.map(Set::of).orElse(Set.of()), RequestParameters.present(cursor), PAGE);
        model.addAttribute("requests", views.requests(page.items(), lang));
        model.addAttribute("next", page.nextCursor().orElse(null));
        model.addAttribute("statuses", RequestStatus.values());
        model.addAttribute("status", shown.map(Enum::name).orElse(""));
        model.addAttribute("keeper", review.keeps(actor));
        model.addAttribute("openCalls", calls.open(20));
        return "fund/requests";
    }

    @GetMapping("/" + LANG + BASE + "/new")
    String newForm(@PathVariable Language lang, @RequestParam(name = "call", required = false) String call,
                   @RequestParam(name = "emergency", required = false) String emergency, Actor actor, Model model,
                   HttpServletResponse response) {
        NoStore.personal(response);
        RequestForm form = RequestForm.empty(call, null, null);
        prepareNew(model, lang, actor, form, Map.of(), null, emergency != null);
        model.addAttribute("submission", UUID.randomUUID().toString());
        return "fund/request-new";
    }

    @PostMapping("/" + LANG + BASE + "/new")
    String open(@PathVariable Language lang, @Valid @ModelAttribute("form") RequestForm form, BindingResult binding, Actor actor,
                Model model, HttpServletResponse response) {
        NoStore.personal(response);
        Map<String, String> errors = FieldErrors.of(binding);
        FundRequest.Content content = form.read(desk.today(), errors);
        boolean emergency = form.call() == null || form.call().isBlank();
        FundCallId callId = emergency ? null : new FundCallId(RequestParameters.uuid(form.call(), "call"));
        boolean reportGiven = form.report() != null && !form.report().isBlank();
        if (emergency && !reportGiven) {
            errors.put("report", "fund.error.report");
        }
        RiskReportId report = emergency && reportGiven ? new RiskReportId(RequestParameters.uuid(form.report(), "report")) : null;
        if (!emergency && (form.item() == null || form.item().isBlank())) {
            errors.put("item", "fund.error.item");
        }
        return Refused.saveOrShowAgain(errors, () -> {
            FundRequest request = desk.open(actor, org.turath.web.RecordEditor.submission(form.submission()),
                    callId, report, form.item() == null ? null : form.item().strip(), content);
            return "redirect:/" + lang.tag() + BASE + "/" + request.id() + "?saved";
        }, messages, lang, response, problem -> {
            prepareNew(model, lang, actor, form, errors, problem, emergency);
            model.addAttribute("submission", form.submission());
            return "fund/request-new";
        });
    }

    @GetMapping("/" + LANG + BASE + "/{id}")
    String show(@PathVariable Language lang, @PathVariable FundRequestId id, @RequestParam(name = "done", required = false) String done,
                Actor actor, Model model, HttpServletResponse response) {
        NoStore.personal(response);
        FundRequest request = desk.request(actor, id);
        prepare(model, lang, actor, request, RequestForm.of(request), Map.of(), null);
        model.addAttribute("done", done != null && done.matches("[a-z-]{1,20}") ? done : null);
        return "fund/request";
    }

    @PostMapping("/" + LANG + BASE + "/{id}")
    String edit(@PathVariable Language lang, @PathVariable FundRequestId id, @Valid @ModelAttribute("form") RequestForm form,
                BindingResult binding, Actor actor, Model model, HttpServletResponse response) {
        NoStore.personal(response);
        Map<String, String> errors = FieldErrors.of(binding);
        FundRequest.Content content = form.read(desk.today(), errors);
        String problem = null;
        if (errors.isEmpty()) {
            try {
                desk.edit(actor, id, RequestParameters.version(form.version()), content);
                return "redirect:/" + lang.tag() + BASE + "/" + id + "?saved";
            } catch (Refusal refusal) {
                problem = Refused.say(messages, refusal, lang);
                if (refusal.code().equals("stale")) {
                    response.setStatus(HttpStatus.CONFLICT.value());
                }
            }
        }
        if (response.getStatus() != HttpStatus.CONFLICT.value()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        }
        prepare(model, lang, actor, desk.request(actor, id), form, errors, problem);
        return "fund/request";
    }

    /** The request page's autosave: the same form, posted in the background while the person types. */
    @PostMapping(value = "/" + LANG + BASE + "/{id}", headers = "X-Autosave=1")
    ResponseEntity<Void> autosave(@PathVariable Language lang, @PathVariable FundRequestId id, @Valid @ModelAttribute("form") RequestForm form,
                                  BindingResult binding, Actor actor) {
        Map<String, String> errors = FieldErrors.of(binding);
        FundRequest.Content content = form.read(desk.today(), errors);
        if (!errors.isEmpty()) {
            return ResponseEntity.unprocessableContent().build();
        }
        try {
            FundRequest saved = desk.edit(actor, id, RequestParameters.version(form.version()), content);
            return ResponseEntity.noContent().header("X-Version", String.valueOf(saved.version() + 1)).build();
        } catch (Refusal refusal) {
            return ResponseEntity.status(refusal.code().equals("stale") ? HttpStatus.CONFLICT : HttpStatus.UNPROCESSABLE_CONTENT).build();
        }
    }

    @PostMapping("/" + LANG + BASE + "/{id}/submit")
    String submit(@PathVariable Language lang, @PathVariable FundRequestId id, @RequestParam(name = "version", required = false) String version,
                  Actor actor, Model model, HttpServletResponse response) {
        return act(lang, actor, id, model, response, "submitted", () -> desk.submit(actor, id, RequestParameters.version(version)));
    }

    @PostMapping("/" + LANG + BASE + "/{id}/documents")
    String attach(@PathVariable Language lang, @PathVariable FundRequestId id, @RequestParam(name = "version", required = false) String version,
                  @RequestParam(name = "document", required = false) MultipartFile upload, Actor actor, Model model,
                  HttpServletResponse response) throws IOException {
        return act(lang, actor, id, model, response, "document", () -> {
            if (upload == null || upload.isEmpty()) {
                throw new Refusal("fund", "document-missing");
            }
            try (InputStream in = upload.getInputStream()) {
                desk.attach(actor, id, RequestParameters.version(version), in, upload.getOriginalFilename());
            }
        });
    }

    @PostMapping("/" + LANG + BASE + "/{id}/documents/{index}/remove")
    String detach(@PathVariable Language lang, @PathVariable FundRequestId id, @PathVariable String index,
                  @RequestParam(name = "version", required = false) String version, Actor actor, Model model, HttpServletResponse response) {
        return act(lang, actor, id, model, response, "removed",
                () -> desk.detach(actor, id, RequestParameters.version(version), RequestParameters.intBetween(index, 0, 99, "index")));
    }

    @GetMapping("/" + LANG + BASE + "/{id}/documents/{index}")
    ResponseEntity<Resource> document(@PathVariable Language lang, @PathVariable FundRequestId id, @PathVariable String index, Actor actor) {
        int n = RequestParameters.intBetween(index, 0, 99, "index");
        FundRequest request = desk.request(actor, id);
        if (n >= request.documents().size()) {
            throw new NotFoundException("document");
        }
        return Downloads.attachment(desk.document(actor, id, n), MediaType.APPLICATION_PDF, request.documents().get(n).name(),
                "private, no-store");
    }

    /** A version as it was submitted, as the JSON document frozen then. */
    @GetMapping("/" + LANG + BASE + "/{id}/versions/{number}")
    ResponseEntity<byte[]> version(@PathVariable Language lang, @PathVariable FundRequestId id, @PathVariable String number, Actor actor) {
        int n = RequestParameters.intBetween(number, 1, 999, "number");
        FundRequest request = desk.request(actor, id);
        RequestVersion version = desk.versions(actor, id).stream().filter(v -> v.number() == n).findFirst()
                .orElseThrow(() -> new NotFoundException("version"));
        return Downloads.attachment(version.content().getBytes(StandardCharsets.UTF_8), MediaType.APPLICATION_JSON,
                request.reference() + "-v" + n + ".json", "private, no-store");
    }

    @PostMapping("/" + LANG + BASE + "/{id}/milestones/{index}/reached")
    String reached(@PathVariable Language lang, @PathVariable FundRequestId id, @PathVariable String index,
                   @ModelAttribute ReviewPages.ActionForm action, Actor actor, Model model, HttpServletResponse response) {
        return act(lang, actor, id, model, response, "reached", () -> desk.reach(actor, id, RequestParameters.version(action.version()), RequestParameters.intBetween(index, 0, 99, "index"),
                    ReviewPages.day(action.on()), action.note()));
    }

    /** A photograph of a funded project's work, for its public page. */
    @PostMapping("/" + LANG + BASE + "/{id}/photos")
    String addPhoto(@PathVariable Language lang, @PathVariable FundRequestId id, @ModelAttribute("photoForm") PhotoForm form,
                    @RequestParam(name = "photo", required = false) MultipartFile upload, Actor actor, Model model,
                    HttpServletResponse response) throws IOException {
        model.addAttribute("photoForm", form);
        return act(lang, actor, id, model, response, "photo#photos", () -> {
            PhotoDetails details = PhotoDetails.read("fund", form.takenOn(), form.credit(), form.caption(), desk.today());
            if (upload == null || upload.isEmpty()) {
                throw new Refusal("fund", "photo-missing");
            }
            try (InputStream in = upload.getInputStream()) {
                photos.add(actor, id, in, details);
            }
        });
    }

    @PostMapping("/" + LANG + BASE + "/{id}/photos/{photo}/remove")
    String removePhoto(@PathVariable Language lang, @PathVariable FundRequestId id, @PathVariable String photo, Actor actor, Model model,
                       HttpServletResponse response) {
        return act(lang, actor, id, model, response, "photo-removed#photos",
                () -> photos.remove(actor, id, RequestParameters.pathId(photo, "photo")));
    }

    /** A person of the applying institution, invited to write the request with the focal point. */
    @PostMapping("/" + LANG + BASE + "/{id}/invitations")
    String invite(@PathVariable Language lang, @PathVariable FundRequestId id, @ModelAttribute("invitationForm") InvitationForm form,
                  Actor actor, Model model, HttpServletResponse response) {
        model.addAttribute("invitationForm", form);
        return act(lang, actor, id, model, response, "invited#invitations", () -> {
            String name = org.turath.shared.TextInput.line(form.name());
            String institution = org.turath.shared.TextInput.line(form.institution());
            if (name == null || name.length() > 200 || institution == null || institution.length() > 200) {
                throw new Refusal("fund", "invite-who");
            }
            Language language = Language.fromTag(form.language() == null ? "" : form.language().strip()).orElse(lang);
            invitations.invite(actor, id, new InvitationDesk.Invitee(form.email() == null ? "" : form.email().strip(), name, institution, language));
        });
    }

    @PostMapping("/" + LANG + BASE + "/{id}/invitations/{invitation}/withdraw")
    String withdraw(@PathVariable Language lang, @PathVariable FundRequestId id, @PathVariable String invitation, Actor actor, Model model,
                    HttpServletResponse response) {
        return act(lang, actor, id, model, response, "withdrawn#invitations",
                () -> invitations.withdraw(actor, id, RequestParameters.pathId(invitation, "invitation")));
    }

    /** One step on a request, as its page's forms take it: done, the page again saying what ({@code ?done=…}). */
    interface Step {
        void take() throws IOException;
    }

    /**
     * Takes {@code step} on the request and goes back to its page saying {@code done}; refused, shows the page again with
     * the refusal's status and message, and any typed form the handler put in the model kept as typed.
     */
    private String act(Language lang, Actor actor, FundRequestId id, Model model, HttpServletResponse response, String done, Step step) {
        NoStore.personal(response);
        Map<String, Object> typed = new java.util.LinkedHashMap<>(model.asMap());
        try {
            step.take();
            return "redirect:/" + lang.tag() + BASE + "/" + id + "?done=" + done;
        } catch (Refusal refusal) {
            String page = refused(lang, actor, id, model, response, refusal);
            model.addAllAttributes(typed);
            return page;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    String refused(Language lang, Actor actor, FundRequestId id, Model model, HttpServletResponse response, Refusal refusal) {
        FundRequest request = desk.request(actor, id);
        response.setStatus(Refused.status(refusal));
        prepare(model, lang, actor, request, RequestForm.of(request), Map.of(), null);
        model.addAttribute("actionProblem", Refused.say(messages, refusal, lang));
        return "fund/request";
    }

    void prepare(Model model, Language lang, Actor actor, FundRequest request, RequestForm form, Map<String, String> errors, String problem) {
        Optional<FundCall> call = desk.call(request);
        model.addAttribute("request", request);
        model.addAttribute("view", views.request(request, lang));
        model.addAttribute("call", call.orElse(null));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("problem", problem);
        model.addAttribute("editable", desk.mayEdit(actor, request));
        model.addAttribute("missing", request.missing());
        model.addAttribute("keeper", review.keeps(actor));
        model.addAttribute("writer", !review.keeps(actor) && desk.writes(actor, request));
        // the state's own focal points report milestones and read the grant; people they invited write the request only
        model.addAttribute("stateWriter", !review.keeps(actor) && actor.states().contains(request.state()));
        List<Review> reviews = review.reviewsOf(actor, request);
        model.addAttribute("versions", desk.versions(actor, request.id()));
        model.addAttribute("reviews", reviews);
        model.addAttribute("criteria", review.criteria(request));
        model.addAttribute("ownReview", reviews.stream().filter(r -> r.expert().equals(actor.email())).findFirst().orElse(null));
        model.addAttribute("reviewsNeeded", request.emergency() ? ReviewDesk.REVIEWS_NEEDED_EMERGENCY : ReviewDesk.REVIEWS_NEEDED);
        model.addAttribute("kinds", call.map(c -> List.copyOf(c.kinds())).orElse(List.of(ProjectKind.values())));
        model.addAttribute("budgetRows", IntStream.range(0, RequestForm.BUDGET_ROWS).boxed().toList());
        model.addAttribute("milestoneRows", IntStream.range(0, RequestForm.MILESTONE_ROWS).boxed().toList());
        model.addAttribute("today", desk.today().toString());
        model.addAttribute("photos", photos.of(request));
        model.addAttribute("mayAddPhotos", photos.mayAdd(actor, request));
        model.addAttribute("maxPhotos", ProjectPhotoDesk.MAX_PER_PROJECT);
        model.addAttribute("photoForm", PhotoForm.empty());
        model.addAttribute("invitations", invitations.of(actor, request));
        model.addAttribute("mayInvite", invitations.mayInvite(actor, request));
        model.addAttribute("invitationForm", InvitationForm.empty());
    }

    private void prepareNew(Model model, Language lang, Actor actor, RequestForm form, Map<String, String> errors, String problem,
                            boolean emergency) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("problem", problem);
        model.addAttribute("emergency", emergency);
        model.addAttribute("openCalls", calls.open(20));
        model.addAttribute("reports", desk.reportsFor(actor));
        model.addAttribute("kinds", ProjectKind.values());
        model.addAttribute("emergencyDays", desk.emergencyDays());
        model.addAttribute("noState", actor.states().isEmpty());
    }
}
