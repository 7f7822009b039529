package org.turath.alerts.web;

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
import org.turath.alerts.AlertEvent;
import org.turath.alerts.AlertId;
import org.turath.alerts.AlertStatus;
import org.turath.alerts.domain.ObjectAlert;
import org.turath.alerts.internal.AlertDesk;
import org.turath.alerts.internal.AlertPhotoDesk;
import org.turath.geo.GeoApi;
import org.turath.museums.MuseumId;
import org.turath.museums.MuseumsApi;
import org.turath.shared.Language;
import org.turath.shared.LocalizedText;
import org.turath.shared.Refusal;
import org.turath.shared.RequestParameters;
import org.turath.shared.Slice;
import org.turath.shared.TextInput;
import org.turath.web.NoStore;
import org.turath.web.RecordEditor;
import org.turath.web.Trilingual;

import java.io.InputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.turath.web.WebConfiguration.LANG;

/**
 * The alerts' back office: a curator or focal point writes an alert, gives it photographs and sends it; the secretariat
 * verifies and publishes it or returns it with a note, and later marks the object recovered or withdraws the alert. A
 * refused form comes back as typed with each problem by its field; a refused photograph says why.
 */
@Controller
class AlertAdminPages {

    private static final int PAGE = 50;

    private final AlertDesk desk;
    private final AlertPhotoDesk photos;
    private final AlertViews views;
    private final MuseumsApi museums;
    private final GeoApi geo;
    private final RecordEditor<Actor, AlertId, ObjectAlert, AlertForm> editor;

    AlertAdminPages(AlertDesk desk, AlertPhotoDesk photos, AlertViews views, MuseumsApi museums, GeoApi geo, MessageSource messages) {
        this.desk = desk;
        this.photos = photos;
        this.views = views;
        this.museums = museums;
        this.geo = geo;
        this.editor = new RecordEditor<>("/admin/alerts", "alerts/admin-alert", messages, desk::alert,
                alert -> AlertForm.of(alert, museumReference(alert)), this::prepare);
    }

    /** No page here is kept by a browser or a cache, a refused one included. */
    @ModelAttribute
    void personal(HttpServletResponse response) {
        NoStore.personal(response);
    }

    /** What a photograph's form posts beside the file. */
    record PhotoForm(String credit, Trilingual alt) {
    }

    @GetMapping("/" + LANG + "/admin/alerts")
    String list(@PathVariable Language lang, @RequestParam(name = "cursor", required = false) String cursor, Actor actor, Model model) {
        Slice<ObjectAlert> page = desk.desk(actor, RequestParameters.present(cursor), PAGE);
        model.addAttribute("cards", views.cards(page.items(), lang));
        model.addAttribute("next", page.nextCursor().orElse(null));
        model.addAttribute("keeper", desk.keeps(actor));
        return "alerts/admin-list";
    }

    @GetMapping("/" + LANG + "/admin/alerts/new")
    String newForm(@PathVariable Language lang, Actor actor, Model model, HttpServletResponse response) {
        desk.requireReporter(actor);
        Optional<MuseumsApi.MuseumSummary> first = desk.curated(actor).stream().findFirst();
        String state = first.map(MuseumsApi.MuseumSummary::state).orElse(actor.states().stream().sorted().findFirst().orElse(null));
        return editor.blank(lang, actor, AlertForm.empty(state, first.map(MuseumsApi.MuseumSummary::reference).orElse(null)), model,
                response);
    }

    @PostMapping("/" + LANG + "/admin/alerts/new")
    String create(@PathVariable Language lang, @Valid @ModelAttribute("form") AlertForm form, BindingResult binding, Actor actor,
                  Model model, HttpServletResponse response) {
        desk.requireReporter(actor);
        return editor.create(lang, actor, form, form.submission(), binding, errors -> read(form, errors),
                details -> desk.create(actor, RecordEditor.submission(form.submission()), details).id(), model, response);
    }

    @GetMapping("/" + LANG + "/admin/alerts/{id}")
    String show(@PathVariable Language lang, @PathVariable AlertId id, Actor actor, Model model, HttpServletResponse response) {
        return editor.show(lang, actor, id, model, response);
    }

    @PostMapping("/" + LANG + "/admin/alerts/{id}")
    String save(@PathVariable Language lang, @PathVariable AlertId id, @Valid @ModelAttribute("form") AlertForm form,
                BindingResult binding, Actor actor, Model model, HttpServletResponse response) {
        return editor.save(lang, actor, id, form, binding, errors -> read(form, errors),
                details -> desk.update(actor, id, RequestParameters.version(form.version()), details), model, response);
    }

    @PostMapping("/" + LANG + "/admin/alerts/{id}/submit")
    String submit(@PathVariable Language lang, @PathVariable AlertId id, @RequestParam(name = "version", required = false) String version,
                  Actor actor, Model model, HttpServletResponse response) {
        return editor.act(lang, actor, id, () -> desk.submit(actor, id, RequestParameters.version(version)), "?submitted", model,
                response);
    }

    @PostMapping("/" + LANG + "/admin/alerts/{id}/review")
    String review(@PathVariable Language lang, @PathVariable AlertId id, @RequestParam(name = "version", required = false) String version,
                  @RequestParam(name = "decision", required = false) String decision,
                  @RequestParam(name = "note", required = false) String note, Actor actor, Model model, HttpServletResponse response) {
        boolean verified = "publish".equals(decision);
        return editor.act(lang, actor, id, () -> {
            if (!verified && !"return".equals(decision)) {
                throw new Refusal("alerts", "decision");
            }
            desk.review(actor, id, RequestParameters.version(version), verified, note(note));
        }, verified ? "?published" : "?returned", model, response);
    }

    @PostMapping("/" + LANG + "/admin/alerts/{id}/status")
    String status(@PathVariable Language lang, @PathVariable AlertId id, @RequestParam(name = "version", required = false) String version,
                  @RequestParam(name = "status", required = false) String status,
                  @RequestParam(name = "note", required = false) String note, Actor actor, Model model, HttpServletResponse response) {
        return editor.act(lang, actor, id, () -> {
            AlertStatus wanted = RequestParameters.named(AlertStatus.class, status).orElseThrow(() -> new Refusal("alerts", "decision"));
            desk.status(actor, id, RequestParameters.version(version), wanted, note(note));
        }, "?status", model, response);
    }

    @PostMapping("/" + LANG + "/admin/alerts/{id}/photos")
    String addPhoto(@PathVariable Language lang, @PathVariable AlertId id, @ModelAttribute("photoForm") PhotoForm form,
                    @RequestParam(name = "photo", required = false) MultipartFile upload, Actor actor, Model model,
                    HttpServletResponse response) {
        desk.alert(actor, id);
        model.addAttribute("photoForm", form);
        return editor.act(lang, actor, id, () -> {
            String credit = TextInput.line(form.credit());
            if (credit == null || credit.length() > 300) {
                throw new Refusal("alerts", "photo-credit");
            }
            Trilingual alt = Trilingual.orEmpty(form.alt());
            LocalizedText altText = alt.line();
            if (altText.isEmpty() || alt.longerThan(500)) {
                throw new Refusal("alerts", "photo-alt");
            }
            if (upload == null || upload.isEmpty()) {
                throw new Refusal("alerts", "photo-missing");
            }
            try (InputStream in = upload.getInputStream()) {
                photos.add(actor, id, in, credit, altText);
            }
        }, "?photo#photos", model, response);
    }

    @PostMapping("/" + LANG + "/admin/alerts/{id}/photos/remove")
    String removePhoto(@PathVariable Language lang, @PathVariable AlertId id, @RequestParam(name = "photo", required = false) String photo,
                       Actor actor, Model model, HttpServletResponse response) {
        return editor.act(lang, actor, id, () -> photos.remove(actor, id, RequestParameters.pathId(photo, "photo")), "?removed#photos",
                model, response);
    }

    private static String note(String typed) {
        String note = TextInput.block(typed);
        if (note != null && note.length() > 2000) {
            throw new Refusal("alerts", "note-long");
        }
        return note;
    }

    private ObjectAlert.Details read(AlertForm form, Map<String, String> errors) {
        return form.read(geo.memberStateCodes(), reference -> museums.findByReference(reference).map(m -> m.id().value()),
                LocalDate.now(ZoneOffset.ofHours(14)), errors);
    }

    private String museumReference(ObjectAlert alert) {
        return alert.museumId() == null ? null
                : museums.find(new MuseumId(alert.museumId())).map(MuseumsApi.MuseumSummary::reference).orElse(null);
    }

    private void prepare(Model model, Language lang, Actor actor, ObjectAlert alert, AlertForm form, Map<String, String> errors,
                         String problem) {
        model.addAttribute("alert", alert);
        model.addAttribute("card", alert == null ? null : views.card(alert, lang));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("problem", problem);
        model.addAttribute("editable", alert == null || desk.mayEdit(actor, alert));
        List<MuseumsApi.MuseumSummary> curated = desk.curated(actor);
        model.addAttribute("curated", curated);
        // a reporter is offered the states they may report for: their own, and their museums'
        java.util.Set<String> own = new java.util.HashSet<>(actor.states());
        curated.forEach(m -> own.add(m.state()));
        boolean keeper = desk.keeps(actor);
        model.addAttribute("states", geo.memberStates(lang).stream().filter(c -> keeper || own.contains(c.iso2())).toList());
        model.addAttribute("keeper", keeper);
        model.addAttribute("events", AlertEvent.values());
        model.addAttribute("statuses", AlertStatus.values());
        model.addAttribute("photos", alert == null ? List.of() : photos.of(alert.id()));
        model.addAttribute("history", alert == null ? List.of() : desk.history(alert));
        model.addAttribute("maxPhotoMegabytes", photos.maxMegabytes());
        if (!model.containsAttribute("photoForm")) {
            model.addAttribute("photoForm", new PhotoForm(null, null));
        }
    }
}
