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
import org.turath.web.FieldErrors;
import org.turath.web.NoStore;
import org.turath.web.Refused;
import org.turath.web.Trilingual;

import java.io.IOException;
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
    private final MessageSource messages;

    CollectionAdminPages(CollectionDesk desk, ImageDesk images, ObjectViews views, MuseumsApi museums, MessageSource messages) {
        this.desk = desk;
        this.images = images;
        this.views = views;
        this.museums = museums;
        this.messages = messages;
    }

    /** What an image's form posts beside the file. */
    record ImageForm(String credit, String licence, Trilingual alt) {
    }

    @GetMapping("/" + LANG + "/admin/collections")
    String list(@PathVariable Language lang, @RequestParam(name = "cursor", required = false) String cursor, Actor actor, Model model,
                HttpServletResponse response) {
        NoStore.personal(response);
        Slice<CollectionObject> page = desk.desk(actor, Optional.empty(), lang, RequestParameters.present(cursor), PAGE);
        model.addAttribute("cards", views.cards(page.items(), lang));
        model.addAttribute("next", page.nextCursor().orElse(null));
        model.addAttribute("keeper", desk.keeps(actor));
        return "collections/admin-list";
    }

    @GetMapping("/" + LANG + "/admin/collections/new")
    String newForm(@PathVariable Language lang, Actor actor, Model model, HttpServletResponse response) {
        NoStore.personal(response);
        desk.requireWorker(actor);
        String first = desk.curated(actor).stream().findFirst().map(MuseumsApi.MuseumSummary::reference).orElse(null);
        prepare(model, lang, actor, null, ObjectForm.empty(first), Map.of(), null);
        model.addAttribute("submission", UUID.randomUUID().toString());
        return "collections/admin-object";
    }

    @PostMapping("/" + LANG + "/admin/collections/new")
    String create(@PathVariable Language lang, @Valid @ModelAttribute("form") ObjectForm form, BindingResult binding, Actor actor,
                  Model model, HttpServletResponse response) {
        NoStore.personal(response);
        desk.requireWorker(actor);
        Map<String, String> errors = FieldErrors.of(binding);
        CollectionObject.Details details = form.read(this::museumId, errors);
        return Refused.saveOrShowAgain(errors, () -> {
            CollectionObject object = desk.create(actor, Optional.ofNullable(form.submission()).filter(t -> t.matches("[0-9a-f-]{36}")),
                    details);
            return "redirect:/" + lang.tag() + "/admin/collections/" + object.id() + "?saved";
        }, messages, lang, response, problem -> {
            prepare(model, lang, actor, null, form, errors, problem);
            model.addAttribute("submission", form.submission());
            return "collections/admin-object";
        });
    }

    @GetMapping("/" + LANG + "/admin/collections/{id}")
    String show(@PathVariable Language lang, @PathVariable CollectionObjectId id, Actor actor, Model model,
                HttpServletResponse response) {
        NoStore.personal(response);
        CollectionObject object = desk.object(actor, id);
        prepare(model, lang, actor, object, ObjectForm.of(object, museumReference(object)), Map.of(), null);
        return "collections/admin-object";
    }

    @PostMapping("/" + LANG + "/admin/collections/{id}")
    String save(@PathVariable Language lang, @PathVariable CollectionObjectId id, @Valid @ModelAttribute("form") ObjectForm form,
                BindingResult binding, Actor actor, Model model, HttpServletResponse response) {
        NoStore.personal(response);
        desk.object(actor, id);
        Map<String, String> errors = FieldErrors.of(binding);
        CollectionObject.Details details = form.read(this::museumId, errors);
        return Refused.saveOrShowAgain(errors, () -> {
            desk.update(actor, id, RequestParameters.version(form.version()), details);
            return "redirect:/" + lang.tag() + "/admin/collections/" + id + "?saved";
        }, messages, lang, response, problem -> {
            prepare(model, lang, actor, desk.object(actor, id), form, errors, problem);
            return "collections/admin-object";
        });
    }

    @PostMapping("/" + LANG + "/admin/collections/{id}/publication")
    String publication(@PathVariable Language lang, @PathVariable CollectionObjectId id,
                       @RequestParam(name = "version", required = false) String version,
                       @RequestParam(name = "shown", required = false) String shown, Actor actor, Model model,
                       HttpServletResponse response) {
        NoStore.personal(response);
        boolean show = RequestParameters.flag(shown == null ? "" : shown, "shown");
        try {
            desk.publish(actor, id, RequestParameters.version(version), show);
            return "redirect:/" + lang.tag() + "/admin/collections/" + id + (show ? "?published" : "?withdrawn");
        } catch (Refusal refusal) {
            return refused(lang, id, actor, model, response, refusal);
        }
    }

    @PostMapping("/" + LANG + "/admin/collections/{id}/images")
    String addImage(@PathVariable Language lang, @PathVariable CollectionObjectId id, @ModelAttribute("imageForm") ImageForm form,
                    @RequestParam(name = "image", required = false) MultipartFile upload, Actor actor, Model model,
                    HttpServletResponse response) throws IOException {
        NoStore.personal(response);
        desk.object(actor, id);
        try {
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
            return "redirect:/" + lang.tag() + "/admin/collections/" + id + "?image#images";
        } catch (Refusal refusal) {
            model.addAttribute("imageForm", form);
            return refused(lang, id, actor, model, response, refusal);
        }
    }

    @PostMapping("/" + LANG + "/admin/collections/{id}/images/remove")
    String removeImage(@PathVariable Language lang, @PathVariable CollectionObjectId id,
                       @RequestParam(name = "image", required = false) String image, Actor actor, HttpServletResponse response) {
        NoStore.personal(response);
        images.remove(actor, id, RequestParameters.pathId(image, "image"));
        return "redirect:/" + lang.tag() + "/admin/collections/" + id + "?removed#images";
    }

    private String refused(Language lang, CollectionObjectId id, Actor actor, Model model, HttpServletResponse response, Refusal refusal) {
        response.setStatus(Refused.status(refusal));
        CollectionObject object = desk.object(actor, id);
        prepare(model, lang, actor, object, ObjectForm.of(object, museumReference(object)), Map.of(), null);
        model.addAttribute("actionProblem", Refused.say(messages, refusal, lang));
        return "collections/admin-object";
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
