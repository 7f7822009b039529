package org.turath.collections.web;

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
import org.turath.collections.CollectionObjectId;
import org.turath.collections.Licence;
import org.turath.collections.domain.CollectionObject;
import org.turath.collections.internal.CollectionDesk;
import org.turath.collections.internal.ImageDesk;
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
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.turath.web.WebConfiguration.LANG;

/**
 * The collections' back office: a curator lists, adds and edits the objects of the museums they curate and gives them
 * images; the secretariat does so for every museum and publishes. A refused form comes back as typed, with each problem
 * by its field; a refused image says why (its type, its size, its pixels) and keeps the object as it was.
 */
@Controller
class CollectionAdminPages {

    private static final int PAGE = 50;

    private final CollectionDesk desk;
    private final ImageDesk images;
    private final ObjectViews views;
    private final MuseumsApi museums;
    private final RecordEditor<Actor, CollectionObjectId, CollectionObject, ObjectForm> editor;

    CollectionAdminPages(CollectionDesk desk, ImageDesk images, ObjectViews views, MuseumsApi museums, MessageSource messages) {
        this.desk = desk;
        this.images = images;
        this.views = views;
        this.museums = museums;
        this.editor = new RecordEditor<>("/admin/collections", "collections/admin-object", messages, desk::object,
                object -> ObjectForm.of(object, museumReference(object)), this::prepare);
    }

    /** No page here is kept by a browser or a cache, a refused one included. */
    @ModelAttribute
    void personal(HttpServletResponse response) {
        NoStore.personal(response);
    }

    /** What an image's form posts beside the file. */
    record ImageForm(String credit, String licence, Trilingual alt) {
    }

    @GetMapping("/" + LANG + "/admin/collections")
    String list(@PathVariable Language lang, @RequestParam(name = "cursor", required = false) String cursor, Actor actor, Model model) {
        Slice<CollectionObject> page = desk.desk(actor, Optional.empty(), lang, RequestParameters.present(cursor), PAGE);
        model.addAttribute("cards", views.cards(page.items(), lang));
        model.addAttribute("next", page.nextCursor().orElse(null));
        model.addAttribute("keeper", desk.keeps(actor));
        return "collections/admin-list";
    }

    @GetMapping("/" + LANG + "/admin/collections/new")
    String newForm(@PathVariable Language lang, Actor actor, Model model, HttpServletResponse response) {
        desk.requireWorker(actor);
        String first = desk.curated(actor).stream().findFirst().map(MuseumsApi.MuseumSummary::reference).orElse(null);
        return editor.blank(lang, actor, ObjectForm.empty(first), model, response);
    }

    @PostMapping("/" + LANG + "/admin/collections/new")
    String create(@PathVariable Language lang, @Valid @ModelAttribute("form") ObjectForm form, BindingResult binding, Actor actor,
                  Model model, HttpServletResponse response) {
        desk.requireWorker(actor);
        return editor.create(lang, actor, form, form.submission(), binding, errors -> form.read(this::museumId, errors),
                details -> desk.create(actor, RecordEditor.submission(form.submission()), details).id(), model, response);
    }

    @GetMapping("/" + LANG + "/admin/collections/{id}")
    String show(@PathVariable Language lang, @PathVariable CollectionObjectId id, Actor actor, Model model,
                HttpServletResponse response) {
        return editor.show(lang, actor, id, model, response);
    }

    @PostMapping("/" + LANG + "/admin/collections/{id}")
    String save(@PathVariable Language lang, @PathVariable CollectionObjectId id, @Valid @ModelAttribute("form") ObjectForm form,
                BindingResult binding, Actor actor, Model model, HttpServletResponse response) {
        return editor.save(lang, actor, id, form, binding, errors -> form.read(this::museumId, errors),
                details -> desk.update(actor, id, RequestParameters.version(form.version()), details), model, response);
    }

    @PostMapping("/" + LANG + "/admin/collections/{id}/publication")
    String publication(@PathVariable Language lang, @PathVariable CollectionObjectId id,
                       @RequestParam(name = "version", required = false) String version,
                       @RequestParam(name = "shown", required = false) String shown, Actor actor, Model model,
                       HttpServletResponse response) {
        boolean show = RequestParameters.flag(shown == null ? "" : shown, "shown");
        return editor.act(lang, actor, id, () -> desk.publish(actor, id, RequestParameters.version(version), show),
                show ? "?published" : "?withdrawn", model, response);
    }

    @PostMapping("/" + LANG + "/admin/collections/{id}/images")
    String addImage(@PathVariable Language lang, @PathVariable CollectionObjectId id, @ModelAttribute("imageForm") ImageForm form,
                    @RequestParam(name = "image", required = false) MultipartFile upload, Actor actor, Model model,
                    HttpServletResponse response) {
        desk.object(actor, id);
        model.addAttribute("imageForm", form);
        return editor.act(lang, actor, id, () -> {
            String credit = TextInput.line(form.credit());
            if (credit == null || credit.length() > 300) {
                throw new Refusal("collections", "image-credit");
            }
            Licence licence = RequestParameters.named(Licence.class, form.licence()).orElseThrow(() -> new Refusal("collections", "image-licence"));
            Trilingual alt = Trilingual.orEmpty(form.alt());
            LocalizedText altText = alt.line();
            if (altText.isEmpty() || alt.longerThan(500)) {
                throw new Refusal("collections", "image-alt");
            }
            if (upload == null || upload.isEmpty()) {
                throw new Refusal("collections", "image-missing");
            }
            try (InputStream in = upload.getInputStream()) {
                images.add(actor, id, in, new ImageDesk.Details(credit, licence, altText, false));
            }
        }, "?image#images", model, response);
    }

    @PostMapping("/" + LANG + "/admin/collections/{id}/images/remove")
    String removeImage(@PathVariable Language lang, @PathVariable CollectionObjectId id,
                       @RequestParam(name = "image", required = false) String image, Actor actor) {
        images.remove(actor, id, RequestParameters.pathId(image, "image"));
        return editor.redirect(lang, id, "?removed#images");
    }

    private Optional<UUID> museumId(String reference) {
        return museums.findByReference(reference).map(m -> m.id().value());
    }

    private String museumReference(CollectionObject object) {
        return museums.find(new MuseumId(object.museumId())).map(MuseumsApi.MuseumSummary::reference).orElse(null);
    }

    private void prepare(Model model, Language lang, Actor actor, CollectionObject object, ObjectForm form, Map<String, String> errors,
                         String problem) {
        model.addAttribute("object", object);
        model.addAttribute("card", object == null ? null : views.card(object, lang));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("problem", problem);
        model.addAttribute("keeper", desk.keeps(actor));
        model.addAttribute("curated", desk.curated(actor));
        model.addAttribute("licences", Licence.values());
        model.addAttribute("images", object == null ? java.util.List.of() : images.of(Optional.of(actor), object.id()));
        model.addAttribute("maxImageMegabytes", images.maxMegabytes());
        if (!model.containsAttribute("imageForm")) {
            model.addAttribute("imageForm", new ImageForm(null, null, null));
        }
    }
}
