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
import org.turath.shared.Refusal;
import org.turath.shared.RequestParameters;
import org.turath.web.NoStore;
import org.turath.web.Refused;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
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
    private final MessageSource messages;

    QudsAdminPages(QudsDesk desk, RiskAccess access, Landmarks landmarks, QudsViews views, MessageSource messages) {
        this.desk = desk;
        this.access = access;
        this.landmarks = landmarks;
        this.views = views;
        this.messages = messages;
    }

    @GetMapping("/" + LANG + "/admin/al-quds")
    String list(@PathVariable Language lang, @RequestParam(name = "cursor", required = false) String cursor, Actor actor, Model model,
                HttpServletResponse response) {
        NoStore.personal(response);
        var page = desk.desk(actor, RequestParameters.present(cursor), PAGE);
        model.addAttribute("entries", views.entries(page.items(), lang));
        model.addAttribute("next", page.nextCursor().orElse(null));
        return "risk/quds-admin-list";
    }

    @GetMapping("/" + LANG + "/admin/al-quds/new")
    String newForm(@PathVariable Language lang, Actor actor, Model model, HttpServletResponse response) {
        NoStore.personal(response);
        desk.requireWriter(actor);
        prepare(model, lang, actor, null, QudsForm.empty(), Map.of(), null);
        model.addAttribute("submission", UUID.randomUUID().toString());
        return "risk/quds-admin-edit";
    }

    @PostMapping("/" + LANG + "/admin/al-quds/new")
    String create(@PathVariable Language lang, @ModelAttribute("form") QudsForm form, Actor actor, Model model, HttpServletResponse response) {
        NoStore.personal(response);
        Map<String, String> errors = new java.util.LinkedHashMap<>();
        QudsEvent.Content content = form.read(desk.today(), errors);
        return Refused.saveOrShowAgain(errors, () -> {
            QudsEvent entry = desk.create(actor, Optional.ofNullable(form.submission()).filter(t -> t.matches("[0-9a-f-]{36}")), content);
            return "redirect:/" + lang.tag() + "/admin/al-quds/" + entry.id() + "?saved";
        }, messages, lang, response, problem -> {
            prepare(model, lang, actor, null, form, errors, problem);
            model.addAttribute("submission", form.submission());
            return "risk/quds-admin-edit";
        });
    }

    @GetMapping("/" + LANG + "/admin/al-quds/{id}")
    String show(@PathVariable Language lang, @PathVariable QudsEventId id, @RequestParam(name = "done", required = false) String done,
                Actor actor, Model model, HttpServletResponse response) {
        NoStore.personal(response);
        QudsEvent entry = desk.entry(actor, id);
        prepare(model, lang, actor, entry, QudsForm.of(entry), Map.of(), null);
        model.addAttribute("done", done != null && done.matches("submit|verify|publish|return") ? done : null);
        return "risk/quds-admin-edit";
    }

    @PostMapping("/" + LANG + "/admin/al-quds/{id}")
    String save(@PathVariable Language lang, @PathVariable QudsEventId id, @ModelAttribute("form") QudsForm form, Actor actor, Model model,
                HttpServletResponse response) {
        NoStore.personal(response);
        desk.entry(actor, id);
        Map<String, String> errors = new java.util.LinkedHashMap<>();
        QudsEvent.Content content = form.read(desk.today(), errors);
        return Refused.saveOrShowAgain(errors, () -> {
            desk.update(actor, id, RequestParameters.version(form.version()), content);
            return "redirect:/" + lang.tag() + "/admin/al-quds/" + id + "?saved";
        }, messages, lang, response, problem -> {
            prepare(model, lang, actor, desk.entry(actor, id), form, errors, problem);
            return "risk/quds-admin-edit";
        });
    }

    @PostMapping("/" + LANG + "/admin/al-quds/{id}/step")
    String step(@PathVariable Language lang, @PathVariable QudsEventId id, @ModelAttribute ReportAdminPages.StepForm step, Actor actor,
                Model model, HttpServletResponse response) {
        NoStore.personal(response);
        try {
            WorkflowSteps.take(desk, actor, id, step);
            return "redirect:/" + lang.tag() + "/admin/al-quds/" + id + "?done=" + step.action();
        } catch (Refusal refusal) {
            QudsEvent entry = desk.entry(actor, id);
            response.setStatus(Refused.status(refusal));
            prepare(model, lang, actor, entry, QudsForm.of(entry), Map.of(), null);
            model.addAttribute("stepProblem", Refused.say(messages, refusal, lang));
            model.addAttribute("typedComment", step.comment());
            return "risk/quds-admin-edit";
        }
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
