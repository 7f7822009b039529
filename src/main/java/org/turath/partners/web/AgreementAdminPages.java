package org.turath.partners.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.core.io.Resource;
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
import org.turath.partners.AgreementId;
import org.turath.partners.AgreementKind;
import org.turath.partners.Renewal;
import org.turath.partners.domain.Agreement;
import org.turath.partners.domain.Outcome;
import org.turath.partners.domain.Partner;
import org.turath.partners.internal.PartnerDesk;
import org.turath.shared.Language;
import org.turath.shared.Refusal;
import org.turath.shared.RequestParameters;
import org.turath.shared.Slice;
import org.turath.shared.TextInput;
import org.turath.web.Downloads;
import org.turath.web.NoStore;
import org.turath.web.RecordEditor;

import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

import static org.turath.web.WebConfiguration.LANG;

/**
 * The secretariat's agreements: every agreement (the latest change first), those ending in the next six months, those
 * whose signature date is not on record; an agreement's form (kept as typed when refused, a funding plan that does not
 * add up said where); renewal and termination in one action each; the signed document.
 */
@Controller
class AgreementAdminPages {

    private static final int PAGE = 50;
    private static final int PARTNERS_OFFERED = 500;

    /** What the renewal and termination buttons post. */
    record ActionForm(String version, String decision, String on, String note) {
    }

    private final PartnerDesk desk;
    private final PartnerViews views;
    private final RecordEditor<Actor, AgreementId, Agreement, AgreementForm> editor;

    AgreementAdminPages(PartnerDesk desk, PartnerViews views, MessageSource messages) {
        this.desk = desk;
        this.views = views;
        this.editor = new RecordEditor<>("/admin/agreements", "partners/admin-agreement", messages, desk::agreement,
                AgreementForm::of, this::prepare);
    }

    /** No page here is kept by a browser or a cache, a refused one included. */
    @ModelAttribute
    void personal(HttpServletResponse response) {
        NoStore.personal(response);
    }

    @GetMapping("/" + LANG + "/admin/agreements")
    String list(@PathVariable Language lang, @RequestParam(name = "view", required = false) String view,
                @RequestParam(name = "cursor", required = false) String cursor, Actor actor, Model model) {
        String shown = "ending".equals(view) || "undated".equals(view) ? view : "all";
        List<Agreement> rows;
        String next = null;
        switch (shown) {
            case "ending" -> {
                Slice<Agreement> page = desk.ending(actor, RequestParameters.present(cursor), PAGE);
                rows = page.items();
                next = page.nextCursor().orElse(null);
            }
            case "undated" -> rows = desk.undated(actor, PAGE);
            default -> {
                Slice<Agreement> page = desk.agreements(actor, RequestParameters.present(cursor), PAGE);
                rows = page.items();
                next = page.nextCursor().orElse(null);
            }
        }
        model.addAttribute("agreements", views.agreements(rows, lang, false));
        model.addAttribute("next", next);
        model.addAttribute("view", shown);
        return "partners/admin-agreements";
    }

    @GetMapping("/" + LANG + "/admin/agreements/new")
    String newForm(@PathVariable Language lang, Actor actor, Model model, HttpServletResponse response) {
        return editor.blank(lang, actor, AgreementForm.empty(actor.email()), model, response);
    }

    @PostMapping("/" + LANG + "/admin/agreements/new")
    String create(@PathVariable Language lang, @Valid @ModelAttribute("form") AgreementForm form, BindingResult binding, Actor actor,
                  Model model, HttpServletResponse response) {
        return editor.create(lang, actor, form, form.submission(), binding, errors -> form.read(desk.today(), errors),
                details -> desk.create(actor, RecordEditor.submission(form.submission()), details).id(), model, response);
    }

    @GetMapping("/" + LANG + "/admin/agreements/{id}")
    String show(@PathVariable Language lang, @PathVariable AgreementId id, @RequestParam(name = "done", required = false) String done,
                Actor actor, Model model, HttpServletResponse response) {
        model.addAttribute("done", done != null && done.matches("renew|terminate|document") ? done : null);
        return editor.show(lang, actor, id, model, response);
    }

    @PostMapping("/" + LANG + "/admin/agreements/{id}")
    String save(@PathVariable Language lang, @PathVariable AgreementId id, @Valid @ModelAttribute("form") AgreementForm form,
                BindingResult binding, Actor actor, Model model, HttpServletResponse response) {
        return editor.save(lang, actor, id, form, binding, errors -> form.read(desk.today(), errors),
                details -> desk.update(actor, id, RequestParameters.version(form.version()), details), model, response);
    }

    @PostMapping("/" + LANG + "/admin/agreements/{id}/renew")
    String renew(@PathVariable Language lang, @PathVariable AgreementId id, @ModelAttribute ActionForm action, Actor actor, Model model,
                 HttpServletResponse response) {
        model.addAttribute("action", action);
        return editor.act(lang, actor, id, () -> {
            String decision = TextInput.line(action.decision());
            if (decision != null && decision.length() > 300) {
                throw new Refusal("partners", "decision-long");
            }
            desk.renew(actor, id, RequestParameters.version(action.version()), decision);
        }, "?done=renew", model, response);
    }

    @PostMapping("/" + LANG + "/admin/agreements/{id}/terminate")
    String terminate(@PathVariable Language lang, @PathVariable AgreementId id, @ModelAttribute ActionForm action, Actor actor,
                     Model model, HttpServletResponse response) {
        model.addAttribute("action", action);
        return editor.act(lang, actor, id, () -> {
            String note = TextInput.block(action.note());
            if (note != null && note.length() > 2000) {
                throw new Refusal("partners", "note-long");
            }
            LocalDate on;
            try {
                on = TextInput.line(action.on()) == null ? null : LocalDate.parse(action.on().strip());
            } catch (DateTimeParseException e) {
                throw new Refusal("partners", "termination-missing");
            }
            desk.terminate(actor, id, RequestParameters.version(action.version()), on, note);
        }, "?done=terminate", model, response);
    }

    @PostMapping("/" + LANG + "/admin/agreements/{id}/document")
    String attach(@PathVariable Language lang, @PathVariable AgreementId id, @RequestParam(name = "version", required = false) String version,
                  @RequestParam(name = "document", required = false) MultipartFile upload, Actor actor, Model model,
                  HttpServletResponse response) {
        return editor.act(lang, actor, id, () -> {
            if (upload == null || upload.isEmpty()) {
                throw new Refusal("partners", "document-missing");
            }
            try (InputStream in = upload.getInputStream()) {
                desk.attach(actor, id, RequestParameters.version(version), in, upload.getOriginalFilename());
            }
        }, "?done=document", model, response);
    }

    @GetMapping("/" + LANG + "/admin/agreements/{id}/document")
    ResponseEntity<Resource> document(@PathVariable Language lang, @PathVariable AgreementId id, Actor actor) {
        Agreement agreement = desk.agreement(actor, id);
        return Downloads.attachment(desk.document(actor, id), MediaType.APPLICATION_PDF,
                agreement.documentName() == null ? "agreement.pdf" : agreement.documentName(), "private, no-store");
    }

    private void prepare(Model model, Language lang, Actor actor, Agreement agreement, AgreementForm form, Map<String, String> errors,
                         String problem) {
        model.addAttribute("agreement", agreement);
        model.addAttribute("view", agreement == null ? null : views.agreements(List.of(agreement), lang, false).get(0));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("problem", problem);
        model.addAttribute("kinds", AgreementKind.values());
        model.addAttribute("renewals", Renewal.values());
        model.addAttribute("outcomeKinds", Outcome.Kind.values());
        List<Partner> offered = new ArrayList<>();
        Optional<String> after = Optional.empty();
        do {
            Slice<Partner> page = desk.partners(actor, "", lang, after, 200);
            offered.addAll(page.items());
            after = page.nextCursor();
        } while (after.isPresent() && offered.size() < PARTNERS_OFFERED);
        model.addAttribute("partnerOptions", views.cards(offered, lang));
        model.addAttribute("partyRows", IntStream.range(0, AgreementForm.PARTY_ROWS).boxed().toList());
        model.addAttribute("outcomeRows", IntStream.range(0, AgreementForm.OUTCOME_ROWS).boxed().toList());
        model.addAttribute("today", desk.today().toString());
    }
}
