package org.turath.partners.web;

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
import org.springframework.web.multipart.MultipartFile;
import org.turath.accounts.Actor;
import org.turath.geo.CountryInfo;
import org.turath.geo.GeoApi;
import org.turath.partners.PartnerId;
import org.turath.partners.PartnerKind;
import org.turath.partners.domain.Partner;
import org.turath.partners.internal.PartnerDesk;
import org.turath.shared.Language;
import org.turath.shared.Refusal;
import org.turath.shared.RequestParameters;
import org.turath.shared.Slice;
import org.turath.web.NoStore;
import org.turath.web.RecordEditor;

import java.io.InputStream;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.turath.web.WebConfiguration.LANG;

/** The secretariat's partners: the list by kind, a partner's form (kept as typed when refused), its logo, its agreements. */
@Controller
class PartnerAdminPages {

    private static final int PAGE = 50;

    private final PartnerDesk desk;
    private final PartnerViews views;
    private final GeoApi geo;
    private final RecordEditor<Actor, PartnerId, Partner, PartnerForm> editor;

    PartnerAdminPages(PartnerDesk desk, PartnerViews views, GeoApi geo, MessageSource messages) {
        this.desk = desk;
        this.views = views;
        this.geo = geo;
        this.editor = new RecordEditor<>("/admin/partners", "partners/admin-partner", messages, desk::partner, PartnerForm::of,
                this::prepare);
    }

    /** No page here is kept by a browser or a cache, a refused one included. */
    @ModelAttribute
    void personal(HttpServletResponse response) {
        NoStore.personal(response);
    }

    @GetMapping("/" + LANG + "/admin/partners")
    String list(@PathVariable Language lang, @RequestParam(name = "kind", required = false) String kind,
                @RequestParam(name = "cursor", required = false) String cursor, Actor actor, Model model) {
        String kindFilter = kind == null || kind.isBlank() ? "" : RequestParameters.enumValue(PartnerKind.class, kind, "kind").name();
        Slice<Partner> page = desk.partners(actor, kindFilter, lang, RequestParameters.present(cursor), PAGE);
        model.addAttribute("cards", views.cards(page.items(), lang));
        model.addAttribute("next", page.nextCursor().orElse(null));
        model.addAttribute("kinds", PartnerKind.values());
        model.addAttribute("kind", kindFilter.isEmpty() ? null : kindFilter);
        return "partners/admin-partners";
    }

    @GetMapping("/" + LANG + "/admin/partners/new")
    String newForm(@PathVariable Language lang, Actor actor, Model model, HttpServletResponse response) {
        desk.requireKeeper(actor);
        return editor.blank(lang, actor, PartnerForm.empty(), model, response);
    }

    @PostMapping("/" + LANG + "/admin/partners/new")
    String create(@PathVariable Language lang, @Valid @ModelAttribute("form") PartnerForm form, BindingResult binding, Actor actor,
                  Model model, HttpServletResponse response) {
        return editor.create(lang, actor, form, form.submission(), binding, errors -> form.read(countryCodes(), errors),
                details -> desk.createPartner(actor, RecordEditor.submission(form.submission()), details).id(), model, response);
    }

    @GetMapping("/" + LANG + "/admin/partners/{id}")
    String show(@PathVariable Language lang, @PathVariable PartnerId id, Actor actor, Model model, HttpServletResponse response) {
        return editor.show(lang, actor, id, model, response);
    }

    @PostMapping("/" + LANG + "/admin/partners/{id}")
    String save(@PathVariable Language lang, @PathVariable PartnerId id, @Valid @ModelAttribute("form") PartnerForm form,
                BindingResult binding, Actor actor, Model model, HttpServletResponse response) {
        return editor.save(lang, actor, id, form, binding, errors -> form.read(countryCodes(), errors),
                details -> desk.updatePartner(actor, id, RequestParameters.version(form.version()), details), model, response);
    }

    @PostMapping("/" + LANG + "/admin/partners/{id}/logo")
    String logo(@PathVariable Language lang, @PathVariable PartnerId id, @RequestParam(name = "version", required = false) String version,
                @RequestParam(name = "logo", required = false) MultipartFile upload, Actor actor, Model model,
                HttpServletResponse response) {
        desk.partner(actor, id);
        return editor.act(lang, actor, id, () -> {
            if (upload == null || upload.isEmpty()) {
                throw new Refusal("partners", "logo-missing");
            }
            try (InputStream in = upload.getInputStream()) {
                desk.logo(actor, id, RequestParameters.version(version), in);
            }
        }, "?logo", "logoProblem", model, response);
    }

    private Set<String> countryCodes() {
        return geo.allCountries(Language.EN).stream().map(CountryInfo::iso2).collect(Collectors.toSet());
    }

    private void prepare(Model model, Language lang, Actor actor, Partner partner, PartnerForm form, Map<String, String> errors,
                         String problem) {
        model.addAttribute("partner", partner);
        if (partner != null) {
            model.addAttribute("agreements", views.agreements(desk.agreementsWith(actor, partner.id()), lang, false));
        }
        model.addAttribute("card", partner == null ? null : views.cards(java.util.List.of(partner), lang).get(0));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("problem", problem);
        model.addAttribute("kinds", PartnerKind.values());
        model.addAttribute("countries", geo.allCountries(lang));
    }
}
