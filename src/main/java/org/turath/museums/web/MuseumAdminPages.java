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
import org.turath.shared.RequestParameters;
import org.turath.shared.Slice;
import org.turath.web.NoStore;
import org.turath.web.RecordEditor;

import java.util.Map;
import java.util.Optional;

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
    private final RecordEditor<Actor, MuseumId, Museum, MuseumForm> editor;

    MuseumAdminPages(MuseumDesk desk, MuseumViews views, GeoApi geo, MessageSource messages) {
        this.desk = desk;
        this.views = views;
        this.geo = geo;
        this.editor = new RecordEditor<>("/admin/museums", "museums/admin-museum", messages, desk::museum, MuseumForm::of,
                this::prepare);
    }

    /** No page here is kept by a browser or a cache, a refused one included. */
    @ModelAttribute
    void personal(HttpServletResponse response) {
        NoStore.personal(response);
    }

    @GetMapping("/" + LANG + "/admin/museums")
    String list(@PathVariable Language lang, @RequestParam(name = "state", required = false) String state,
                @RequestParam(name = "kind", required = false) String kind,
                @RequestParam(name = "cursor", required = false) String cursor, Actor actor, Model model) {
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
        desk.requireKeeper(actor);
        return editor.blank(lang, actor, MuseumForm.empty(), model, response);
    }

    @PostMapping("/" + LANG + "/admin/museums/new")
    String create(@PathVariable Language lang, @Valid @ModelAttribute("form") MuseumForm form, BindingResult binding, Actor actor,
                  Model model, HttpServletResponse response) {
        desk.requireKeeper(actor);
        return editor.create(lang, actor, form, form.submission(), binding, errors -> form.read(geo.memberStateCodes(), errors),
                details -> desk.create(actor, RecordEditor.submission(form.submission()), details).id(), model, response);
    }

    @GetMapping("/" + LANG + "/admin/museums/{id}")
    String show(@PathVariable Language lang, @PathVariable MuseumId id, Actor actor, Model model, HttpServletResponse response) {
        return editor.show(lang, actor, id, model, response);
    }

    @PostMapping("/" + LANG + "/admin/museums/{id}")
    String save(@PathVariable Language lang, @PathVariable MuseumId id, @Valid @ModelAttribute("form") MuseumForm form,
                BindingResult binding, Actor actor, Model model, HttpServletResponse response) {
        return editor.save(lang, actor, id, form, binding, errors -> form.read(geo.memberStateCodes(), errors),
                details -> desk.update(actor, id, RequestParameters.version(form.version()), details), model, response);
    }

    @PostMapping("/" + LANG + "/admin/museums/{id}/publication")
    String publication(@PathVariable Language lang, @PathVariable MuseumId id,
                       @RequestParam(name = "version", required = false) String version,
                       @RequestParam(name = "shown", required = false) String shown, Actor actor, Model model,
                       HttpServletResponse response) {
        boolean show = RequestParameters.flag(shown == null ? "" : shown, "shown");
        return editor.act(lang, actor, id, () -> desk.publish(actor, id, RequestParameters.version(version), show),
                show ? "?published" : "?withdrawn", model, response);
    }

    @PostMapping("/" + LANG + "/admin/museums/{id}/curators")
    String addCurator(@PathVariable Language lang, @PathVariable MuseumId id, @RequestParam(name = "email", required = false) String email,
                      Actor actor, Model model, HttpServletResponse response) {
        model.addAttribute("curatorEmail", email);
        return editor.act(lang, actor, id, () -> desk.addCurator(actor, id, email), "?curators#curators", model, response);
    }

    @PostMapping("/" + LANG + "/admin/museums/{id}/curators/remove")
    String removeCurator(@PathVariable Language lang, @PathVariable MuseumId id,
                         @RequestParam(name = "email", required = false) String email, Actor actor) {
        desk.removeCurator(actor, id, email == null ? "" : email);
        return editor.redirect(lang, id, "?curators#curators");
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
