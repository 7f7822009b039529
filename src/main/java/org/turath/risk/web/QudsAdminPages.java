package org.turath.risk.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.turath.accounts.Actor;
import org.turath.risk.QudsEventId;
import org.turath.risk.domain.Landmarks;
import org.turath.risk.domain.QudsEvent;
import org.turath.risk.internal.QudsDesk;
import org.turath.risk.internal.RiskAccess;
import org.turath.shared.Language;
import org.turath.shared.RequestParameters;
import org.turath.web.NoStore;
import org.turath.web.RecordEditor;
import org.springframework.validation.BindingResult;

import java.util.Map;
import java.util.stream.IntStream;

import static org.turath.web.WebConfiguration.LANG;

/**
 * The observatory's back office: its entries (the latest change first), an entry's form (kept as typed when refused),
 * and the workflow's steps, each with the version seen so a stale page changes nothing.
 */
@Controller
class QudsAdminPages {

    private static final int PAGE = 50;

    private final QudsDesk desk;
    private final RiskAccess access;
    private final Landmarks landmarks;
    private final QudsViews views;
    private final RecordEditor<Actor, QudsEventId, QudsEvent, QudsForm> editor;

    QudsAdminPages(QudsDesk desk, RiskAccess access, Landmarks landmarks, QudsViews views, MessageSource messages) {
        this.desk = desk;
        this.access = access;
        this.landmarks = landmarks;
        this.views = views;
        this.editor = new RecordEditor<>("/admin/al-quds", "risk/quds-admin-edit", messages, desk::entry, QudsForm::of, this::prepare);
    }

    /** No page here is kept by a browser or a cache, a refused one included. */
    @ModelAttribute
    void personal(HttpServletResponse response) {
        NoStore.personal(response);
    }

    @GetMapping("/" + LANG + "/admin/al-quds")
    String list(@PathVariable Language lang, @RequestParam(name = "cursor", required = false) String cursor, Actor actor, Model model) {
        var page = desk.desk(actor, RequestParameters.present(cursor), PAGE);
        model.addAttribute("entries", views.entries(page.items(), lang));
        model.addAttribute("next", page.nextCursor().orElse(null));
        return "risk/quds-admin-list";
    }

    @GetMapping("/" + LANG + "/admin/al-quds/new")
    String newForm(@PathVariable Language lang, Actor actor, Model model, HttpServletResponse response) {
        desk.requireWriter(actor);
        return editor.blank(lang, actor, QudsForm.empty(), model, response);
    }

    @PostMapping("/" + LANG + "/admin/al-quds/new")
    String create(@PathVariable Language lang, @ModelAttribute("form") QudsForm form, BindingResult binding, Actor actor, Model model,
                  HttpServletResponse response) {
        return editor.create(lang, actor, form, form.submission(), binding, errors -> form.read(desk.today(), errors),
                content -> desk.create(actor, RecordEditor.submission(form.submission()), content).id(), model, response);
    }

    @GetMapping("/" + LANG + "/admin/al-quds/{id}")
    String show(@PathVariable Language lang, @PathVariable QudsEventId id, @RequestParam(name = "done", required = false) String done,
                Actor actor, Model model, HttpServletResponse response) {
        model.addAttribute("done", done != null && done.matches("submit|verify|publish|return") ? done : null);
        return editor.show(lang, actor, id, model, response);
    }

    @PostMapping("/" + LANG + "/admin/al-quds/{id}")
    String save(@PathVariable Language lang, @PathVariable QudsEventId id, @ModelAttribute("form") QudsForm form, BindingResult binding,
                Actor actor, Model model, HttpServletResponse response) {
        return editor.save(lang, actor, id, form, binding, errors -> form.read(desk.today(), errors),
                content -> desk.update(actor, id, RequestParameters.version(form.version()), content), model, response);
    }

    @PostMapping("/" + LANG + "/admin/al-quds/{id}/step")
    String step(@PathVariable Language lang, @PathVariable QudsEventId id, @ModelAttribute ReportAdminPages.StepForm step, Actor actor,
                Model model, HttpServletResponse response) {
        model.addAttribute("typedComment", step.comment());
        return editor.act(lang, actor, id, () -> WorkflowSteps.take(desk, actor, id, step), "?done=" + step.action(), "stepProblem", model,
                response);
    }

    private void prepare(Model model, Language lang, Actor actor, QudsEvent entry, QudsForm form, Map<String, String> errors, String problem) {
        model.addAttribute("entry", entry);
        model.addAttribute("view", entry == null ? null : views.entries(java.util.List.of(entry), lang).get(0));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("problem", problem);
        model.addAttribute("kinds", QudsEvent.Kind.values());
        model.addAttribute("landmarks", landmarks.all());
        model.addAttribute("sourceRows", IntStream.range(0, QudsForm.SOURCE_ROWS).boxed().toList());
        model.addAttribute("today", desk.today().toString());
        if (entry != null) {
            model.addAttribute("steps", desk.steps(actor, entry.id()));
            model.addAttribute("canEdit", access.mayEditEntry(actor, entry.status(), entry.createdBy()));
            model.addAttribute("canVerify", access.mayVerify(actor, entry.status(), entry.createdBy()));
            model.addAttribute("canReturn", access.mayReturn(actor, entry.status(), entry.createdBy()));
            model.addAttribute("canPublish", access.mayPublish(actor, entry.status()));
        } else {
            model.addAttribute("canEdit", true);
        }
    }
}
