package org.turath.exhibitions.web;

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
import org.turath.exhibitions.ExhibitionId;
import org.turath.exhibitions.domain.Exhibition;
import org.turath.exhibitions.domain.ExhibitionPiece;
import org.turath.exhibitions.domain.ExhibitionSection;
import org.turath.exhibitions.internal.ExhibitionDesk;
import org.turath.shared.Language;
import org.turath.shared.NotFoundException;
import org.turath.shared.Refusal;
import org.turath.shared.RequestParameters;
import org.turath.web.FieldErrors;
import org.turath.web.NoStore;
import org.turath.web.Refused;

import java.util.Map;

import static org.turath.web.WebConfiguration.LANG;

/**
 * An exhibition's sections in the back office: each on its own page — its title, its narrative and the rows of what it
 * shows — added at the end, saved, moved one place up or down, removed. Every change carries the exhibition's version,
 * so two people editing the same exhibition do not overwrite each other.
 */
@Controller
class SectionAdminPages {

    private final ExhibitionDesk desk;
    private final MessageSource messages;

    SectionAdminPages(ExhibitionDesk desk, MessageSource messages) {
        this.desk = desk;
        this.messages = messages;
    }

    @GetMapping("/" + LANG + "/admin/exhibitions/{id}/sections/new")
    String newForm(@PathVariable Language lang, @PathVariable ExhibitionId id, Actor actor, Model model, HttpServletResponse response) {
        NoStore.personal(response);
        Exhibition exhibition = desk.exhibition(actor, id);
        prepare(model, lang, exhibition, 0, SectionForm.empty(exhibition.version()), Map.of(), null);
        return "exhibitions/admin-section";
    }

    @PostMapping("/" + LANG + "/admin/exhibitions/{id}/sections/new")
    String create(@PathVariable Language lang, @PathVariable ExhibitionId id, @Valid @ModelAttribute("form") SectionForm form,
                  BindingResult binding, Actor actor, Model model, HttpServletResponse response) {
        return save(lang, id, 0, form, binding, actor, model, response);
    }

    @GetMapping("/" + LANG + "/admin/exhibitions/{id}/sections/{number}")
    String show(@PathVariable Language lang, @PathVariable ExhibitionId id, @PathVariable String number, Actor actor, Model model,
                HttpServletResponse response) {
        NoStore.personal(response);
        Exhibition exhibition = desk.exhibition(actor, id);
        int n = number(number);
        ExhibitionSection section = desk.section(actor, id, n);
        prepare(model, lang, exhibition, n, SectionForm.of(section, exhibition.version()), Map.of(), null);
        return "exhibitions/admin-section";
    }

    @PostMapping("/" + LANG + "/admin/exhibitions/{id}/sections/{number}")
    String update(@PathVariable Language lang, @PathVariable ExhibitionId id, @PathVariable String number,
                  @Valid @ModelAttribute("form") SectionForm form, BindingResult binding, Actor actor, Model model,
                  HttpServletResponse response) {
        int n = number(number);
        desk.section(actor, id, n);
        return save(lang, id, n, form, binding, actor, model, response);
    }

    private String save(Language lang, ExhibitionId id, int number, SectionForm form, BindingResult binding, Actor actor, Model model,
                        HttpServletResponse response) {
        NoStore.personal(response);
        desk.exhibition(actor, id);
        Map<String, String> errors = FieldErrors.of(binding);
        ExhibitionSection.Draft draft = form.read(errors);
        return Refused.saveOrShowAgain(errors, () -> {
            long version = RequestParameters.version(form.version());
            int saved = number;
            if (number == 0) {
                saved = desk.addSection(actor, id, version, draft);
            } else {
                desk.saveSection(actor, id, version, number, draft);
            }
            return "redirect:/" + lang.tag() + "/admin/exhibitions/" + id + "/sections/" + saved + "?saved";
        }, messages, lang, response, problem -> {
            prepare(model, lang, desk.exhibition(actor, id), number, form.withSpareRows(), errors, problem);
            return "exhibitions/admin-section";
        });
    }

    @PostMapping("/" + LANG + "/admin/exhibitions/{id}/sections/{number}/remove")
    String remove(@PathVariable Language lang, @PathVariable ExhibitionId id, @PathVariable String number,
                  @RequestParam(name = "version", required = false) String version, Actor actor, Model model,
                  HttpServletResponse response) {
        NoStore.personal(response);
        int n = number(number);
        try {
            desk.removeSection(actor, id, RequestParameters.version(version), n);
            return "redirect:/" + lang.tag() + "/admin/exhibitions/" + id + "?section-removed#sections";
        } catch (Refusal refusal) {
            return refused(lang, id, n, actor, model, response, refusal);
        }
    }

    @PostMapping("/" + LANG + "/admin/exhibitions/{id}/sections/{number}/move")
    String move(@PathVariable Language lang, @PathVariable ExhibitionId id, @PathVariable String number,
                @RequestParam(name = "version", required = false) String version,
                @RequestParam(name = "to", required = false) String to, Actor actor, Model model, HttpServletResponse response) {
        NoStore.personal(response);
        int n = number(number);
        int by = "up".equals(to) ? -1 : "down".equals(to) ? 1 : 0;
        if (by == 0) {
            throw new org.turath.shared.InvalidRequestException("to");
        }
        try {
            desk.moveSection(actor, id, RequestParameters.version(version), n, by);
            return "redirect:/" + lang.tag() + "/admin/exhibitions/" + id + "?moved#sections";
        } catch (Refusal refusal) {
            return refused(lang, id, n, actor, model, response, refusal);
        }
    }

    private String refused(Language lang, ExhibitionId id, int number, Actor actor, Model model, HttpServletResponse response,
                           Refusal refusal) {
        response.setStatus(Refused.status(refusal));
        Exhibition exhibition = desk.exhibition(actor, id);
        ExhibitionSection section = desk.section(actor, id, number);
        prepare(model, lang, exhibition, number, SectionForm.of(section, exhibition.version()), Map.of(),
                Refused.say(messages, refusal, lang));
        return "exhibitions/admin-section";
    }

    /** A section's number in its address: a positive whole number, or no such section. */
    private static int number(String typed) {
        if (typed == null || !typed.matches("[1-9][0-9]{0,2}")) {
            throw new NotFoundException("section");
        }
        return Integer.parseInt(typed);
    }

    private void prepare(Model model, Language lang, Exhibition exhibition, int number, SectionForm form, Map<String, String> errors,
                         String problem) {
        model.addAttribute("exhibition", exhibition);
        model.addAttribute("title", exhibition.title().resolve(lang).orElse(null));
        model.addAttribute("number", number);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("problem", problem);
        model.addAttribute("pieceKinds", ExhibitionPiece.Kind.values());
        model.addAttribute("maxPieces", ExhibitionSection.MAX_PIECES);
    }
}
