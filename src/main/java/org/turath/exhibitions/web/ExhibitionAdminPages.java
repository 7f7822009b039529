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
import org.turath.shared.RequestParameters;
import org.turath.shared.Slice;
import org.turath.shared.TextInput;
import org.turath.web.NoStore;
import org.turath.web.RecordEditor;

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
    private final RecordEditor<Actor, ExhibitionId, Exhibition, ExhibitionForm> editor;

    ExhibitionAdminPages(ExhibitionDesk desk, ExhibitionViews views, MuseumsApi museums, MessageSource messages) {
        this.desk = desk;
        this.views = views;
        this.museums = museums;
        this.editor = new RecordEditor<>("/admin/exhibitions", "exhibitions/admin-exhibition", messages, desk::exhibition,
                exhibition -> ExhibitionForm.of(exhibition, museumReference(exhibition)), this::prepare);
    }

    /** No page here is kept by a browser or a cache, a refused one included. */
    @ModelAttribute
    void personal(HttpServletResponse response) {
        NoStore.personal(response);
    }

    /** What a venue's form posts. */
    record VenueForm(String version, String museum, String opens, String closes) {
    }

    @GetMapping("/" + LANG + "/admin/exhibitions")
    String list(@PathVariable Language lang, @RequestParam(name = "cursor", required = false) String cursor, Actor actor, Model model) {
        Slice<Exhibition> page = desk.desk(actor, RequestParameters.present(cursor), PAGE);
        model.addAttribute("cards", views.cards(page.items(), lang));
        model.addAttribute("next", page.nextCursor().orElse(null));
        model.addAttribute("keeper", desk.keeps(actor));
        return "exhibitions/admin-list";
    }

    @GetMapping("/" + LANG + "/admin/exhibitions/new")
    String newForm(@PathVariable Language lang, Actor actor, Model model, HttpServletResponse response) {
        desk.requireWorker(actor);
        String first = desk.curated(actor).stream().findFirst().map(MuseumsApi.MuseumSummary::reference).orElse(null);
        return editor.blank(lang, actor, ExhibitionForm.empty(first), model, response);
    }

    @PostMapping("/" + LANG + "/admin/exhibitions/new")
    String create(@PathVariable Language lang, @Valid @ModelAttribute("form") ExhibitionForm form, BindingResult binding, Actor actor,
                  Model model, HttpServletResponse response) {
        desk.requireWorker(actor);
        return editor.create(lang, actor, form, form.submission(), binding, errors -> form.read(this::museumId, errors),
                details -> desk.create(actor, RecordEditor.submission(form.submission()), details).id(), model, response);
    }

    @GetMapping("/" + LANG + "/admin/exhibitions/{id}")
    String show(@PathVariable Language lang, @PathVariable ExhibitionId id, Actor actor, Model model, HttpServletResponse response) {
        return editor.show(lang, actor, id, model, response);
    }

    @PostMapping("/" + LANG + "/admin/exhibitions/{id}")
    String save(@PathVariable Language lang, @PathVariable ExhibitionId id, @Valid @ModelAttribute("form") ExhibitionForm form,
                BindingResult binding, Actor actor, Model model, HttpServletResponse response) {
        return editor.save(lang, actor, id, form, binding, errors -> form.read(this::museumId, errors),
                details -> desk.update(actor, id, RequestParameters.version(form.version()), details), model, response);
    }

    @PostMapping("/" + LANG + "/admin/exhibitions/{id}/publication")
    String publication(@PathVariable Language lang, @PathVariable ExhibitionId id,
                       @RequestParam(name = "version", required = false) String version,
                       @RequestParam(name = "shown", required = false) String shown, Actor actor, Model model,
                       HttpServletResponse response) {
        boolean show = RequestParameters.flag(shown == null ? "" : shown, "shown");
        return editor.act(lang, actor, id, () -> desk.publish(actor, id, RequestParameters.version(version), show),
                show ? "?published" : "?withdrawn", model, response);
    }

    @PostMapping("/" + LANG + "/admin/exhibitions/{id}/venues")
    String addVenue(@PathVariable Language lang, @PathVariable ExhibitionId id, @ModelAttribute("venueForm") VenueForm form, Actor actor,
                    Model model, HttpServletResponse response) {
        desk.exhibition(actor, id);
        model.addAttribute("venueForm", form);
        return editor.act(lang, actor, id, () -> {
            String museum = Optional.ofNullable(TextInput.line(form.museum())).map(m -> m.toLowerCase(java.util.Locale.ROOT))
                    .filter(org.turath.web.Slugs::valid).orElse(null);
            desk.addVenue(actor, id, RequestParameters.version(form.version()), museum, day(form.opens()), day(form.closes()));
        }, "?venue#venues", model, response);
    }

    @PostMapping("/" + LANG + "/admin/exhibitions/{id}/venues/remove")
    String removeVenue(@PathVariable Language lang, @PathVariable ExhibitionId id,
                       @RequestParam(name = "version", required = false) String version,
                       @RequestParam(name = "venue", required = false) String venue, Actor actor, Model model,
                       HttpServletResponse response) {
        return editor.act(lang, actor, id,
                () -> desk.removeVenue(actor, id, RequestParameters.version(version), RequestParameters.pathId(venue, "venue")),
                "?venue-removed#venues", model, response);
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
