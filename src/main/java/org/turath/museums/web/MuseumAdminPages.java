package org.turath.museums.web;

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
import org.turath.geo.GeoApi;
import org.turath.museums.MuseumId;
import org.turath.museums.MuseumKind;
import org.turath.museums.domain.Museum;
import org.turath.museums.domain.MuseumListing;
import org.turath.museums.internal.MuseumDesk;
import org.turath.shared.Language;
import org.turath.shared.Refusal;
import org.turath.shared.RequestParameters;
import org.turath.shared.Slice;
import org.turath.web.FieldErrors;
import org.turath.web.NoStore;
import org.turath.web.Refused;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.turath.web.WebConfiguration.LANG;

/**
 * The museums' back office: the secretariat sees every entry, opens new ones, publishes and names curators; a curator
 * sees and edits the entries they curate. A refused form comes back as typed, with each problem by its field.
 */
@Controller
class MuseumAdminPages {

    private static final int PAGE = 50;

    private final MuseumDesk desk;
    private final MuseumViews views;
    private final GeoApi geo;
    private final MessageSource messages;

    MuseumAdminPages(MuseumDesk desk, MuseumViews views, GeoApi geo, MessageSource messages) {
        this.desk = desk;
        this.views = views;
        this.geo = geo;
        this.messages = messages;
    }

    @GetMapping("/" + LANG + "/admin/museums")
    String list(@PathVariable Language lang, @RequestParam(name = "state", required = false) String state,
                @RequestParam(name = "kind", required = false) String kind,
                @RequestParam(name = "cursor", required = false) String cursor, Actor actor, Model model,
                HttpServletResponse response) {
        NoStore.personal(response);
        MuseumPages.Filters filters = MuseumPages.Filters.read(state, kind, null, geo.memberStateCodes());
        Slice<Museum> page = desk.desk(actor, new MuseumListing.Filter(filters.state(), filters.kind(), Optional.empty(), false,
                Optional.empty()), lang, RequestParameters.present(cursor), PAGE);
        model.addAttribute("cards", views.cards(page.items(), lang));
        model.addAttribute("next", page.nextCursor().orElse(null));
        model.addAttribute("kinds", MuseumKind.values());
        model.addAttribute("states", geo.memberStates(lang));
        model.addAttribute("state", filters.state().orElse(null));
        model.addAttribute("kind", filters.kind().map(Enum::name).orElse(null));
        model.addAttribute("keeper", desk.keeps(actor));
        return "museums/admin-list";
    }

    @GetMapping("/" + LANG + "/admin/museums/new")
    String newForm(@PathVariable Language lang, Actor actor, Model model, HttpServletResponse response) {
        NoStore.personal(response);
        desk.requireKeeper(actor);
        prepare(model, lang, actor, null, MuseumForm.empty(), Map.of(), null);
        model.addAttribute("submission", UUID.randomUUID().toString());
        return "museums/admin-museum";
    }

    @PostMapping("/" + LANG + "/admin/museums/new")
    String create(@PathVariable Language lang, @Valid @ModelAttribute("form") MuseumForm form, BindingResult binding, Actor actor,
                  Model model, HttpServletResponse response) {
        NoStore.personal(response);
        desk.requireKeeper(actor);
        Map<String, String> errors = FieldErrors.of(binding);
        Museum.Details details = form.read(geo.memberStateCodes(), errors);
        return Refused.saveOrShowAgain(errors, () -> {
            Museum museum = desk.create(actor, Optional.ofNullable(form.submission()).filter(t -> t.matches("[0-9a-f-]{36}")), details);
            return "redirect:/" + lang.tag() + "/admin/museums/" + museum.id() + "?saved";
        }, messages, lang, response, problem -> {
            prepare(model, lang, actor, null, form, errors, problem);
            model.addAttribute("submission", form.submission());
            return "museums/admin-museum";
        });
    }

    @GetMapping("/" + LANG + "/admin/museums/{id}")
    String show(@PathVariable Language lang, @PathVariable MuseumId id, Actor actor, Model model, HttpServletResponse response) {
        NoStore.personal(response);
        Museum museum = desk.museum(actor, id);
        prepare(model, lang, actor, museum, MuseumForm.of(museum), Map.of(), null);
        return "museums/admin-museum";
    }

    @PostMapping("/" + LANG + "/admin/museums/{id}")
    String save(@PathVariable Language lang, @PathVariable MuseumId id, @Valid @ModelAttribute("form") MuseumForm form,
                BindingResult binding, Actor actor, Model model, HttpServletResponse response) {
        NoStore.personal(response);
        desk.museum(actor, id);
        Map<String, String> errors = FieldErrors.of(binding);
        Museum.Details details = form.read(geo.memberStateCodes(), errors);
        return Refused.saveOrShowAgain(errors, () -> {
            desk.update(actor, id, RequestParameters.version(form.version()), details);
            return "redirect:/" + lang.tag() + "/admin/museums/" + id + "?saved";
        }, messages, lang, response, problem -> {
            prepare(model, lang, actor, desk.museum(actor, id), form, errors, problem);
            return "museums/admin-museum";
        });
    }

    @PostMapping("/" + LANG + "/admin/museums/{id}/publication")
    String publication(@PathVariable Language lang, @PathVariable MuseumId id,
                       @RequestParam(name = "version", required = false) String version,
                       @RequestParam(name = "shown", required = false) String shown, Actor actor, Model model,
                       HttpServletResponse response) {
        NoStore.personal(response);
        boolean show = RequestParameters.flag(shown == null ? "" : shown, "shown");
        try {
            desk.publish(actor, id, RequestParameters.version(version), show);
            return "redirect:/" + lang.tag() + "/admin/museums/" + id + (show ? "?published" : "?withdrawn");
        } catch (Refusal refusal) {
            return refused(lang, id, actor, model, response, refusal);
        }
    }

    @PostMapping("/" + LANG + "/admin/museums/{id}/curators")
    String addCurator(@PathVariable Language lang, @PathVariable MuseumId id, @RequestParam(name = "email", required = false) String email,
                      Actor actor, Model model, HttpServletResponse response) {
        NoStore.personal(response);
        try {
            desk.addCurator(actor, id, email);
            return "redirect:/" + lang.tag() + "/admin/museums/" + id + "?curators#curators";
        } catch (Refusal refusal) {
            model.addAttribute("curatorEmail", email);
            return refused(lang, id, actor, model, response, refusal);
        }
    }

    @PostMapping("/" + LANG + "/admin/museums/{id}/curators/remove")
    String removeCurator(@PathVariable Language lang, @PathVariable MuseumId id,
                         @RequestParam(name = "email", required = false) String email, Actor actor, HttpServletResponse response) {
        NoStore.personal(response);
        desk.removeCurator(actor, id, email == null ? "" : email);
        return "redirect:/" + lang.tag() + "/admin/museums/" + id + "?curators#curators";
    }

    private String refused(Language lang, MuseumId id, Actor actor, Model model, HttpServletResponse response, Refusal refusal) {
        response.setStatus(Refused.status(refusal));
        Museum museum = desk.museum(actor, id);
        prepare(model, lang, actor, museum, MuseumForm.of(museum), Map.of(), null);
        model.addAttribute("actionProblem", Refused.say(messages, refusal, lang));
        return "museums/admin-museum";
    }

    private void prepare(Model model, Language lang, Actor actor, Museum museum, MuseumForm form, Map<String, String> errors,
                         String problem) {
        model.addAttribute("museum", museum);
        model.addAttribute("card", museum == null ? null : views.card(museum, lang));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("problem", problem);
        model.addAttribute("kinds", MuseumKind.values());
        model.addAttribute("states", geo.memberStates(lang));
        model.addAttribute("keeper", desk.keeps(actor));
    }
}
