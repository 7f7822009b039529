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
import org.turath.exhibitions.MuseumEventId;
import org.turath.exhibitions.MuseumEventKind;
import org.turath.exhibitions.domain.MuseumEvent;
import org.turath.exhibitions.internal.EventDesk;
import org.turath.exhibitions.internal.ExhibitionDesk;
import org.turath.museums.MuseumId;
import org.turath.museums.MuseumsApi;
import org.turath.shared.Language;
import org.turath.shared.RequestParameters;
import org.turath.shared.Slice;
import org.turath.web.NoStore;
import org.turath.web.RecordEditor;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.turath.web.WebConfiguration.LANG;

/**
 * The museums' programme in the back office: a curator lists, adds and edits the workshops, talks and guided visits of
 * the museums they curate; the secretariat does so for all and publishes them. A refused form comes back as typed.
 */
@Controller
class EventAdminPages {

    private static final int PAGE = 50;

    private final EventDesk desk;
    private final ExhibitionDesk exhibitions;
    private final ExhibitionViews views;
    private final MuseumsApi museums;
    private final RecordEditor<Actor, MuseumEventId, MuseumEvent, EventForm> editor;

    EventAdminPages(EventDesk desk, ExhibitionDesk exhibitions, ExhibitionViews views, MuseumsApi museums, MessageSource messages) {
        this.desk = desk;
        this.exhibitions = exhibitions;
        this.views = views;
        this.museums = museums;
        this.editor = new RecordEditor<>("/admin/museum-events", "exhibitions/admin-event", messages, desk::event, this::form,
                this::prepare);
    }

    /** No page here is kept by a browser or a cache, a refused one included. */
    @ModelAttribute
    void personal(HttpServletResponse response) {
        NoStore.personal(response);
    }

    @GetMapping("/" + LANG + "/admin/museum-events")
    String list(@PathVariable Language lang, @RequestParam(name = "cursor", required = false) String cursor, Actor actor, Model model) {
        Slice<MuseumEvent> page = desk.desk(actor, RequestParameters.present(cursor), PAGE);
        model.addAttribute("events", page.items().stream().map(e -> views.event(e, lang)).toList());
        model.addAttribute("next", page.nextCursor().orElse(null));
        return "exhibitions/admin-events";
    }

    @GetMapping("/" + LANG + "/admin/museum-events/new")
    String newForm(@PathVariable Language lang, Actor actor, Model model, HttpServletResponse response) {
        String first = exhibitions.curated(actor).stream().findFirst().map(MuseumsApi.MuseumSummary::reference).orElse(null);
        return editor.blank(lang, actor, EventForm.empty(first), model, response);
    }

    @PostMapping("/" + LANG + "/admin/museum-events/new")
    String create(@PathVariable Language lang, @Valid @ModelAttribute("form") EventForm form, BindingResult binding, Actor actor,
                  Model model, HttpServletResponse response) {
        exhibitions.requireWorker(actor);
        return editor.create(lang, actor, form, form.submission(), binding,
                errors -> form.read(this::museumId, this::exhibitionId, errors),
                details -> desk.create(actor, RecordEditor.submission(form.submission()), details).id(), model, response);
    }

    @GetMapping("/" + LANG + "/admin/museum-events/{id}")
    String show(@PathVariable Language lang, @PathVariable MuseumEventId id, Actor actor, Model model, HttpServletResponse response) {
        return editor.show(lang, actor, id, model, response);
    }

    @PostMapping("/" + LANG + "/admin/museum-events/{id}")
    String save(@PathVariable Language lang, @PathVariable MuseumEventId id, @Valid @ModelAttribute("form") EventForm form,
                BindingResult binding, Actor actor, Model model, HttpServletResponse response) {
        return editor.save(lang, actor, id, form, binding, errors -> form.read(this::museumId, this::exhibitionId, errors),
                details -> desk.update(actor, id, RequestParameters.version(form.version()), details), model, response);
    }

    @PostMapping("/" + LANG + "/admin/museum-events/{id}/publication")
    String publication(@PathVariable Language lang, @PathVariable MuseumEventId id, @RequestParam(name = "version", required = false) String version,
                       @RequestParam(name = "shown", required = false) String shown, Actor actor, Model model,
                       HttpServletResponse response) {
        boolean show = RequestParameters.flag(shown == null ? "" : shown, "shown");
        return editor.act(lang, actor, id, () -> desk.publish(actor, id, RequestParameters.version(version), show),
                show ? "?published" : "?withdrawn", model, response);
    }

    private EventForm form(MuseumEvent event) {
        String museum = museums.find(new MuseumId(event.museumId())).map(MuseumsApi.MuseumSummary::reference).orElse(null);
        String exhibition = Optional.ofNullable(event.exhibitionId()).flatMap(exhibitions::reference).orElse(null);
        return EventForm.of(event, museum, exhibition);
    }

    private Optional<UUID> museumId(String reference) {
        return museums.findByReference(reference).map(m -> m.id().value());
    }

    private Optional<UUID> exhibitionId(String reference) {
        return exhibitions.idOf(reference);
    }

    private void prepare(Model model, Language lang, Actor actor, MuseumEvent event, EventForm form, Map<String, String> errors,
                         String problem) {
        model.addAttribute("event", event);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("problem", problem);
        model.addAttribute("keeper", exhibitions.keeps(actor));
        model.addAttribute("curated", exhibitions.curated(actor));
        model.addAttribute("kinds", MuseumEventKind.values());
    }
}
