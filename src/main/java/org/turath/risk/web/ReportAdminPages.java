package org.turath.risk.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.turath.accounts.Actor;
import org.turath.registry.RegistryApi;
import org.turath.risk.ReportStatus;
import org.turath.risk.RiskReportId;
import org.turath.risk.Vocabulary;
import org.turath.risk.domain.RiskReport;
import org.turath.risk.domain.Vocabularies;
import org.turath.risk.internal.RiskAccess;
import org.turath.risk.internal.RiskDesk;
import org.turath.shared.InvalidRequestException;
import org.turath.shared.Language;
import org.turath.shared.Refusal;
import org.turath.shared.RequestParameters;
import org.turath.shared.Slice;
import org.turath.web.NoStore;
import org.turath.web.RecordEditor;
import org.turath.web.Refused;

import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.turath.web.WebConfiguration.LANG;

/**
 * The back office of heritage at risk: the reports one works on, filtered by where they are in the workflow; a report's
 * form (kept as typed when refused); the workflow's actions, each with the version seen so a stale page changes nothing.
 */
@Controller
class ReportAdminPages {

    private static final int PAGE = 50;
    private static final Set<String> STEPS = Set.of("submit", "verify", "publish", "return");

    /** What a workflow button posts: the action, the version seen, and a comment (required to send a report back). */
    record StepForm(String action, String version, String comment) {
    }

    /** What a photograph's form posts beside its file. */
    record PhotoForm(String phase, String takenOn, String credit, org.turath.web.Trilingual caption) implements org.turath.web.FormRecord {
    }

    /** A first photograph given with a new report (the field form): its phase, date, credit, and caption in the page's language. */
    record FieldPhotoForm(String photoPhase, String photoTakenOn, String photoCredit, String photoCaption) implements org.turath.web.FormRecord {
    }

    private final RiskDesk desk;
    private final org.turath.risk.internal.PhotoDesk photos;
    private final RiskAccess access;
    private final RiskViews views;
    private final Vocabularies vocabularies;
    private final RegistryApi registry;
    private final MessageSource messages;
    private final RecordEditor<Actor, RiskReportId, RiskReport, ReportForm> editor;

    ReportAdminPages(RiskDesk desk, org.turath.risk.internal.PhotoDesk photos, RiskAccess access, RiskViews views, Vocabularies vocabularies,
                     RegistryApi registry, MessageSource messages) {
        this.desk = desk;
        this.photos = photos;
        this.access = access;
        this.views = views;
        this.vocabularies = vocabularies;
        this.registry = registry;
        this.messages = messages;
        this.editor = new RecordEditor<>("/admin/risk", "risk/admin-edit", messages, desk::report, ReportForm::of, this::prepare);
    }

    /** No page here is kept by a browser or a cache, a refused one included. */
    @ModelAttribute
    void personal(HttpServletResponse response) {
        NoStore.personal(response);
    }

    @GetMapping("/" + LANG + "/admin/risk")
    String list(@PathVariable Language lang, @RequestParam(name = "status", required = false) String status,
                @RequestParam(name = "cursor", required = false) String cursor, Actor actor, Model model) {
        Set<ReportStatus> statuses = status == null || status.isBlank() ? EnumSet.allOf(ReportStatus.class)
                : EnumSet.of(RequestParameters.enumValue(ReportStatus.class, status, "status"));
        Slice<RiskReport> page;
        try {
            page = desk.desk(actor, statuses, RequestParameters.present(cursor), PAGE);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new InvalidRequestException("cursor");
        }
        model.addAttribute("reports", page.items());
        model.addAttribute("cards", views.cards(page.items(), lang));
        model.addAttribute("next", page.nextCursor().orElse(null));
        model.addAttribute("statuses", ReportStatus.values());
        model.addAttribute("status", statuses.size() == 1 ? statuses.iterator().next().name() : null);
        return "risk/admin-list";
    }

    @GetMapping("/" + LANG + "/admin/risk/new")
    String newForm(@PathVariable Language lang, @RequestParam(name = "item", required = false) String item, Actor actor,
                   Model model, HttpServletResponse response) {
        desk.requireDesk(actor);
        String reference = item != null && item.matches("[A-Za-z]{2,5}-\\d{1,9}") ? item.toUpperCase(java.util.Locale.ROOT) : null;
        return editor.blank(lang, actor, ReportForm.empty(reference), model, response);
    }

    /**
     * A new report, with a first photograph when one comes with it (the field form takes one, so a report written offline
     * arrives with its photograph). The photograph is added only with the report's first arrival — a report sent again
     * after a lost answer arrives once, with one photograph — and a photograph refused leaves the report saved, the
     * refusal said on its page.
     */
    @PostMapping("/" + LANG + "/admin/risk/new")
    String create(@PathVariable Language lang, @Valid @ModelAttribute("form") ReportForm form, BindingResult binding,
                  @ModelAttribute("fieldPhoto") FieldPhotoForm fieldPhoto,
                  @RequestParam(name = "photo", required = false) org.springframework.web.multipart.MultipartFile upload, Actor actor,
                  Model model, HttpServletResponse response, org.springframework.web.servlet.mvc.support.RedirectAttributes redirect) {
        return editor.create(lang, actor, form, form.submission(), binding, errors -> form.read(vocabularies, desk.today(), errors),
                content -> {
                    RiskReport report = desk.create(actor, RecordEditor.submission(form.submission()), content);
                    if (upload != null && !upload.isEmpty() && photos.of(java.util.Optional.of(actor), report.id()).isEmpty()) {
                        try (java.io.InputStream in = upload.getInputStream()) {
                            photos.add(actor, report.id(), in, photoDetails(new PhotoForm(fieldPhoto.photoPhase(), fieldPhoto.photoTakenOn(),
                                    fieldPhoto.photoCredit(), new org.turath.web.Trilingual(
                                    lang == Language.AR ? fieldPhoto.photoCaption() : null, lang == Language.EN ? fieldPhoto.photoCaption() : null,
                                    lang == Language.FR ? fieldPhoto.photoCaption() : null))));
                        } catch (Refusal refusal) {
                            redirect.addFlashAttribute("photoProblem", Refused.say(messages, refusal, lang));
                        } catch (java.io.IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    }
                    return report.id();
                }, model, response);
    }

    @GetMapping("/" + LANG + "/admin/risk/{id}")
    String show(@PathVariable Language lang, @PathVariable RiskReportId id, @RequestParam(name = "done", required = false) String done,
                Actor actor, Model model, HttpServletResponse response) {
        // the step just taken, said back (only the steps there are)
        model.addAttribute("done", done != null && STEPS.contains(done) ? done : null);
        return editor.show(lang, actor, id, model, response);
    }

    @PostMapping("/" + LANG + "/admin/risk/{id}")
    String save(@PathVariable Language lang, @PathVariable RiskReportId id, @Valid @ModelAttribute("form") ReportForm form,
                BindingResult binding, Actor actor, Model model, HttpServletResponse response) {
        return editor.save(lang, actor, id, form, binding, errors -> form.read(vocabularies, desk.today(), errors),
                content -> desk.update(actor, id, RequestParameters.version(form.version()), content), model, response);
    }

    @PostMapping("/" + LANG + "/admin/risk/{id}/step")
    String step(@PathVariable Language lang, @PathVariable RiskReportId id, @ModelAttribute StepForm step, Actor actor, Model model,
                HttpServletResponse response) {
        model.addAttribute("typedComment", step.comment());
        return editor.act(lang, actor, id, () -> WorkflowSteps.take(desk, actor, id, step), "?done=" + step.action(), "stepProblem", model,
                response);
    }

    @PostMapping("/" + LANG + "/admin/risk/{id}/photos")
    String addPhoto(@PathVariable Language lang, @PathVariable RiskReportId id, @ModelAttribute("photoForm") PhotoForm form,
                    @RequestParam(name = "photo", required = false) org.springframework.web.multipart.MultipartFile upload, Actor actor,
                    Model model, HttpServletResponse response) {
        desk.report(actor, id);
        model.addAttribute("photoForm", form);
        return editor.act(lang, actor, id, () -> {
            org.turath.risk.internal.PhotoDesk.Details details = photoDetails(form);
            if (upload == null || upload.isEmpty()) {
                throw new Refusal("risk", "photo-missing");
            }
            try (java.io.InputStream in = upload.getInputStream()) {
                photos.add(actor, id, in, details);
            }
        }, "?photo#photos", "photoProblem", model, response);
    }

    @PostMapping("/" + LANG + "/admin/risk/{id}/photos/{photo}/remove")
    String removePhoto(@PathVariable Language lang, @PathVariable RiskReportId id, @PathVariable String photo, Actor actor, Model model,
                       HttpServletResponse response) {
        return editor.act(lang, actor, id, () -> photos.remove(actor, id, RequestParameters.pathId(photo, "photo")),
                "?photo-removed#photos", "photoProblem", model, response);
    }

    /** A photograph's details as its form gives them: before or after, its date, its credit, a caption that is its alternative text. */
    private org.turath.risk.internal.PhotoDesk.Details photoDetails(PhotoForm form) {
        org.turath.risk.domain.ReportPhoto.Phase phase = RequestParameters.named(org.turath.risk.domain.ReportPhoto.Phase.class, form.phase())
                .orElseThrow(() -> new Refusal("risk", "photo-phase"));
        org.turath.web.PhotoDetails details = org.turath.web.PhotoDetails.read("risk", form.takenOn(), form.credit(), form.caption(), desk.today());
        return new org.turath.risk.internal.PhotoDesk.Details(phase, details.takenOn(), details.credit(), details.caption());
    }

    private void prepare(Model model, Language lang, Actor actor, RiskReport report, ReportForm form, Map<String, String> errors,
                         String problem) {
        if (!model.containsAttribute("fieldPhoto")) {
            model.addAttribute("fieldPhoto", new FieldPhotoForm(null, null, null, null));
        }
        model.addAttribute("report", report);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("problem", problem);
        model.addAttribute("assessments", views.options(Vocabulary.ASSESSMENT, lang));
        model.addAttribute("conditions", views.options(Vocabulary.CONDITION, lang));
        model.addAttribute("extents", views.options(Vocabulary.EXTENT, lang));
        model.addAttribute("certainties", views.options(Vocabulary.CERTAINTY, lang));
        model.addAttribute("probabilities", views.options(Vocabulary.PROBABILITY, lang));
        model.addAttribute("priorities", views.options(Vocabulary.PRIORITY, lang));
        model.addAttribute("effectOptions", views.options(Vocabulary.EFFECT, lang));
        model.addAttribute("factorGroups", views.factorGroups(lang));
        model.addAttribute("causeRows", java.util.stream.IntStream.range(0, ReportForm.CAUSE_ROWS).boxed().toList());
        model.addAttribute("threatRows", java.util.stream.IntStream.range(0, ReportForm.THREAT_ROWS).boxed().toList());
        String reference = form.item() == null ? null : form.item().strip().toUpperCase(java.util.Locale.ROOT);
        model.addAttribute("item", reference == null ? null : registry.find(reference).orElse(null));
        model.addAttribute("today", desk.today().toString());
        if (report != null) {
            model.addAttribute("card", views.cards(java.util.List.of(report), lang).get(0));
            model.addAttribute("steps", desk.steps(actor, report.id()));
            model.addAttribute("canEdit", access.mayEdit(actor, report));
            model.addAttribute("canVerify", access.mayVerify(actor, report));
            model.addAttribute("canReturn", access.mayReturn(actor, report));
            model.addAttribute("canPublish", access.mayPublish(actor, report));
            model.addAttribute("photos", photos.of(java.util.Optional.of(actor), report.id()));
            model.addAttribute("photoPhases", org.turath.risk.domain.ReportPhoto.Phase.values());
            model.addAttribute("maxPhotos", org.turath.risk.internal.PhotoDesk.MAX_PER_REPORT);
            if (!model.containsAttribute("photoForm")) {
                model.addAttribute("photoForm", new PhotoForm(null, null, null, null));
            }
        } else {
            model.addAttribute("canEdit", true);
            model.addAttribute("photoPhases", org.turath.risk.domain.ReportPhoto.Phase.values());
        }
    }
}
