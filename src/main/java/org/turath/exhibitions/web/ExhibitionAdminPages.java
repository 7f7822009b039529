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
import org.turath.exhibitions.ExhibitionKind;
import org.turath.exhibitions.domain.Exhibition;
import org.turath.exhibitions.internal.ExhibitionDesk;
import org.turath.museums.MuseumsApi;
import org.turath.shared.Language;
import org.turath.shared.Refusal;
import org.turath.shared.RequestParameters;
import org.turath.shared.Slice;
import org.turath.shared.TextInput;
import org.turath.web.FieldErrors;
import org.turath.web.NoStore;
import org.turath.web.Refused;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.turath.web.WebConfiguration.LANG;

/**
 * The exhibitions' back office: a curator lists, makes and edits the exhibitions the museums they curate organise —
 * their own fields, their venues with dates (sections have their own pages) — and the secretariat does so for all and
 * publishes. A refused form comes back as typed, with each problem by its field; a stale edit says so.
 */
@Controller
class ExhibitionAdminPages {

    private static final int PAGE = 50;

    private final ExhibitionDesk desk;
    private final ExhibitionViews views;
    private final MuseumsApi museums;
    private final MessageSource messages;

    ExhibitionAdminPages(ExhibitionDesk desk, ExhibitionViews views, MuseumsApi museums, MessageSource messages) {
        this.desk = desk;
        this.views = views;
        this.museums = museums;
        this.messages = messages;
    }

    /** What a venue's form posts. */
    record VenueForm(String version, String museum, String opens, String closes) {
    }

    @GetMapping("/" + LANG + "/admin/exhibitions")
    String list(@PathVariable Language lang, @RequestParam(name = "cursor", required = false) String cursor, Actor actor, Model model,
                HttpServletResponse response) {
        NoStore.personal(response);
        Slice<Exhibition> page = desk.desk(actor, RequestParameters.present(cursor), PAGE);
        model.addAttribute("cards", views.cards(page.items(), lang));
        model.addAttribute("next", page.nextCursor().orElse(null));
        model.addAttribute("keeper", desk.keeps(actor));
        return "exhibitions/admin-list";
    }

    @GetMapping("/" + LANG + "/admin/exhibitions/new")
    String newForm(@PathVariable Language lang, Actor actor, Model model, HttpServletResponse response) {
        NoStore.personal(response);
        desk.requireWorker(actor);
        String first = desk.curated(actor).stream().findFirst().map(MuseumsApi.MuseumSummary::reference).orElse(null);
        prepare(model, lang, actor, null, ExhibitionForm.empty(first), Map.of(), null);
        model.addAttribute("submission", UUID.randomUUID().toString());
        return "exhibitions/admin-exhibition";
    }

    @PostMapping("/" + LANG + "/admin/exhibitions/new")
    String create(@PathVariable Language lang, @Valid @ModelAttribute("form") ExhibitionForm form, BindingResult binding, Actor actor,
                  Model model, HttpServletResponse response) {
        NoStore.personal(response);
        desk.requireWorker(actor);
        Map<String, String> errors = FieldErrors.of(binding);
        Exhibition.Details details = form.read(this::museumId, errors);
        return Refused.saveOrShowAgain(errors, () -> {
            Exhibition exhibition = desk.create(actor,
                    Optional.ofNullable(form.submission()).filter(t -> t.matches("[0-9a-f-]{36}")), details);
            return "redirect:/" + lang.tag() + "/admin/exhibitions/" + exhibition.id() + "?saved";
        }, messages, lang, response, problem -> {
            prepare(model, lang, actor, null, form, errors, problem);
            model.addAttribute("submission", form.submission());
            return "exhibitions/admin-exhibition";
        });
    }

    @GetMapping("/" + LANG + "/admin/exhibitions/{id}")
    String show(@PathVariable Language lang, @PathVariable ExhibitionId id, Actor actor, Model model, HttpServletResponse response) {
        NoStore.personal(response);
        Exhibition exhibition = desk.exhibition(actor, id);
        prepare(model, lang, actor, exhibition, ExhibitionForm.of(exhibition, museumReference(exhibition)), Map.of(), null);
        return "exhibitions/admin-exhibition";
    }

    @PostMapping("/" + LANG + "/admin/exhibitions/{id}")
    String save(@PathVariable Language lang, @PathVariable ExhibitionId id, @Valid @ModelAttribute("form") ExhibitionForm form,
                BindingResult binding, Actor actor, Model model, HttpServletResponse response) {
        NoStore.personal(response);
        desk.exhibition(actor, id);
        Map<String, String> errors = FieldErrors.of(binding);
        Exhibition.Details details = form.read(this::museumId, errors);
        return Refused.saveOrShowAgain(errors, () -> {
            desk.update(actor, id, RequestParameters.version(form.version()), details);
            return "redirect:/" + lang.tag() + "/admin/exhibitions/" + id + "?saved";
        }, messages, lang, response, problem -> {
            prepare(model, lang, actor, desk.exhibition(actor, id), form, errors, problem);
            return "exhibitions/admin-exhibition";
        });
    }

    @PostMapping("/" + LANG + "/admin/exhibitions/{id}/publication")
    String publication(@PathVariable Language lang, @PathVariable ExhibitionId id,
                       @RequestParam(name = "version", required = false) String version,
                       @RequestParam(name = "shown", required = false) String shown, Actor actor, Model model,
                       HttpServletResponse response) {
        NoStore.personal(response);
        boolean show = RequestParameters.flag(shown == null ? "" : shown, "shown");
        try {
            desk.publish(actor, id, RequestParameters.version(version), show);
            return "redirect:/" + lang.tag() + "/admin/exhibitions/" + id + (show ? "?published" : "?withdrawn");
        } catch (Refusal refusal) {
            return refused(lang, id, actor, model, response, refusal);
        }
    }

    @PostMapping("/" + LANG + "/admin/exhibitions/{id}/venues")
    String addVenue(@PathVariable Language lang, @PathVariable ExhibitionId id, @ModelAttribute("venueForm") VenueForm form, Actor actor,
                    Model model, HttpServletResponse response) {
        NoStore.personal(response);
        desk.exhibition(actor, id);
        try {
            String museum = Optional.ofNullable(TextInput.line(form.museum())).map(m -> m.toLowerCase(java.util.Locale.ROOT))
                    .filter(org.turath.web.Slugs::valid).orElse(null);
            desk.addVenue(actor, id, RequestParameters.version(form.version()), museum, day(form.opens()), day(form.closes()));
            return "redirect:/" + lang.tag() + "/admin/exhibitions/" + id + "?venue#venues";
        } catch (Refusal refusal) {
            model.addAttribute("venueForm", form);
            return refused(lang, id, actor, model, response, refusal);
        }
    }

    @PostMapping("/" + LANG + "/admin/exhibitions/{id}/venues/remove")
    String removeVenue(@PathVariable Language lang, @PathVariable ExhibitionId id,
                       @RequestParam(name = "version", required = false) String version,
                       @RequestParam(name = "venue", required = false) String venue, Actor actor, Model model,
                       HttpServletResponse response) {
        NoStore.personal(response);
        try {
            desk.removeVenue(actor, id, RequestParameters.version(version), RequestParameters.pathId(venue, "venue"));
            return "redirect:/" + lang.tag() + "/admin/exhibitions/" + id + "?venue-removed#venues";
        } catch (Refusal refusal) {
            return refused(lang, id, actor, model, response, refusal);
        }
    }

    /** A day as a date field posts it (yyyy-mm-dd); anything else is no day, which the desk refuses. */
    private static LocalDate day(String typed) {
        String text = TextInput.line(typed);
        if (text == null || text.length() > 10) {
            return null;
        }
        try {
            LocalDate day = LocalDate.parse(text);
            return day.getYear() < 1900 || day.getYear() > 2200 ? null : day;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private String refused(Language lang, ExhibitionId id, Actor actor, Model model, HttpServletResponse response, Refusal refusal) {
        response.setStatus(Refused.status(refusal));
        Exhibition exhibition = desk.exhibition(actor, id);
        prepare(model, lang, actor, exhibition, ExhibitionForm.of(exhibition, museumReference(exhibition)), Map.of(), null);
        model.addAttribute("actionProblem", Refused.say(messages, refusal, lang));
        return "exhibitions/admin-exhibition";
    }

    private Optional<UUID> museumId(String reference) {
        return museums.findByReference(reference).map(m -> m.id().value());
    }

    private String museumReference(Exhibition exhibition) {
        return views.organiser(exhibition).map(MuseumsApi.MuseumSummary::reference).orElse(null);
    }

    private void prepare(Model model, Language lang, Actor actor, Exhibition exhibition, ExhibitionForm form, Map<String, String> errors,
                         String problem) {
        model.addAttribute("exhibition", exhibition);
        model.addAttribute("card", exhibition == null ? null : views.card(exhibition, lang));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("problem", problem);
        model.addAttribute("keeper", desk.keeps(actor));
        model.addAttribute("curated", desk.curated(actor));
        model.addAttribute("kinds", ExhibitionKind.values());
        model.addAttribute("sections", exhibition == null ? java.util.List.of() : exhibition.sections());
        model.addAttribute("sectionCount", exhibition == null ? 0 : exhibition.sections().size());
        model.addAttribute("venues", exhibition == null ? java.util.List.of()
                : views.venues(exhibition, lang, LocalDate.ofInstant(desk.now(), ZoneOffset.UTC), true));
        model.addAttribute("maxSections", Exhibition.MAX_SECTIONS);
        if (!model.containsAttribute("venueForm")) {
            model.addAttribute("venueForm", new VenueForm(null, null, null, null));
        }
    }
}
