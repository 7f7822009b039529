package org.turath.collections.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.turath.collections.domain.CollectionObject;
import org.turath.collections.domain.ObjectImage;
import org.turath.collections.internal.CollectionDesk;
import org.turath.collections.internal.ImageDesk;
import org.turath.museums.MuseumsApi;
import org.turath.registry.RegistryApi;
import org.turath.shared.InvalidRequestException;
import org.turath.shared.Language;
import org.turath.shared.NotFoundException;
import org.turath.shared.RequestParameters;
import org.turath.shared.Slice;
import org.turath.web.LinkedData;
import org.turath.web.Slugs;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static org.turath.web.WebConfiguration.LANG;

/**
 * The collections for the public: objects of the member states' museums (all, or one museum's), alphabetical in the
 * reader's language a page at a time, and each object's page with its Object ID description, its images in a deep-zoom
 * viewer and its IIIF manifest.
 */
@Controller
class CollectionPages {

    private static final int PAGE = 24;

    private final CollectionDesk desk;
    private final ImageDesk images;
    private final ObjectViews views;
    private final MuseumsApi museums;
    private final RegistryApi registry;
    private final LinkedData linked;

    CollectionPages(CollectionDesk desk, ImageDesk images, ObjectViews views, MuseumsApi museums, RegistryApi registry,
                    LinkedData linked) {
        this.desk = desk;
        this.images = images;
        this.views = views;
        this.museums = museums;
        this.registry = registry;
        this.linked = linked;
    }

    @GetMapping("/" + LANG + "/collections")
    String list(@PathVariable Language lang, @RequestParam(name = "museum", required = false) String museum,
                @RequestParam(name = "cursor", required = false) String cursor, Model model) {
        Optional<MuseumsApi.MuseumSummary> chosen = RequestParameters.present(museum).map(m -> m.strip().toLowerCase(Locale.ROOT))
                .map(m -> (Slugs.valid(m) ? museums.findByReference(m) : Optional.<MuseumsApi.MuseumSummary>empty())
                        .filter(MuseumsApi.MuseumSummary::published).orElseThrow(() -> new InvalidRequestException("museum")));
        Slice<CollectionObject> page = desk.shown(chosen.map(m -> m.id().value()), lang, RequestParameters.present(cursor), PAGE);
        model.addAttribute("cards", views.cards(page.items(), lang));
        model.addAttribute("next", page.nextCursor().orElse(null));
        model.addAttribute("museum", chosen.orElse(null));
        model.addAttribute("museumName", chosen.flatMap(m -> m.name().resolve(lang)).orElse(null));
        return "collections/list";
    }

    @GetMapping("/" + LANG + "/collections/{reference}")
    String object(@PathVariable Language lang, @PathVariable String reference, Model model,
                  jakarta.servlet.http.HttpServletResponse response) {
        CollectionObject object = shown(reference);
        List<ObjectImage> ready = ready(object);
        LinkedData.variesByAccept(response);
        model.addAttribute("card", views.card(object, lang));
        model.addAttribute("object", object);
        model.addAttribute("images", ready);
        model.addAttribute("inscriptionDir", ObjectViews.direction(object.inscriptionLanguage()));
        model.addAttribute("heritage", registry.summaries(List.copyOf(new java.util.TreeSet<>(object.heritage()))));
        model.addAttribute("related", object.related().stream().sorted().map(desk::shown).flatMap(Optional::stream)
                .map(o -> views.card(o, lang)).toList());
        model.addAttribute("manifest", "/iiif/3/manifests/" + object.reference());
        model.addAttribute(LinkedData.MODEL, linked.script(describe(object, ready)));
        return "collections/object";
    }

    /**
     * The same object as linked data, for a client that asks its page's address for JSON-LD: schema.org, or Linked Art
     * when the JSON-LD it accepts names Linked Art's profile ({@code application/ld+json;profile="…linked-art.json"}).
     */
    @GetMapping(path = "/" + LANG + "/collections/{reference}", produces = LinkedData.MEDIA_TYPE)
    org.springframework.http.ResponseEntity<String> objectAsLinkedData(@PathVariable Language lang, @PathVariable String reference,
                                                                      @org.springframework.web.bind.annotation.RequestHeader(
                                                                              name = "Accept", required = false) String accept) {
        CollectionObject object = shown(reference);
        if (!ObjectLinkedArt.asked(accept)) {
            return linked.answer(describe(object, ready(object)));
        }
        return org.springframework.http.ResponseEntity.ok()
                .contentType(org.springframework.http.MediaType.parseMediaType(ObjectLinkedArt.MEDIA_TYPE))
                .varyBy(org.springframework.http.HttpHeaders.ACCEPT)
                .body(linked.document(ObjectLinkedArt.describe(object, museums.find(new org.turath.museums.MuseumId(object.museumId())),
                        ready(object), linked)));
    }

    private CollectionObject shown(String reference) {
        return (Slugs.valid(reference) ? desk.shown(reference) : Optional.<CollectionObject>empty())
                .orElseThrow(() -> new NotFoundException("object"));
    }

    private List<ObjectImage> ready(CollectionObject object) {
        return images.of(Optional.empty(), object.id()).stream().filter(i -> i.status() == ObjectImage.Status.READY).toList();
    }

    /** The object as schema.org describes a museum's object, names tagged with their languages. */
    private Map<String, Object> describe(CollectionObject object, List<ObjectImage> ready) {
        String path = "/collections/" + object.reference();
        Map<String, Object> thing = linked.thing("CreativeWork", "/" + Language.DEFAULT.tag() + path);
        thing.put("additionalType", "https://schema.org/VisualArtwork");
        thing.put("name", LinkedData.texts(object.title()));
        thing.put("description", object.description().isEmpty() ? null : LinkedData.texts(object.description()));
        thing.put("artform", object.objectType().isEmpty() ? null : LinkedData.texts(object.objectType()));
        thing.put("material", object.materials().isEmpty() ? null : LinkedData.texts(object.materials()));
        thing.put("temporalCoverage", object.period().isEmpty() ? null : LinkedData.texts(object.period()));
        thing.put("identifier", object.inventoryNumber());
        thing.put("mainEntityOfPage", linked.pages(path));
        museums.find(new org.turath.museums.MuseumId(object.museumId())).ifPresent(m -> thing.put("holdingArchive",
                Map.of("@type", "Museum", "@id", linked.absolute("/" + Language.DEFAULT.tag() + "/museums/" + m.reference()),
                        "name", LinkedData.texts(m.name()))));
        thing.put("image", ready.isEmpty() ? null : ready.stream().map(i -> linked.absolute("/iiif/3/" + i.id() + "/full/max/0/default.jpg")).toList());
        thing.put("subjectOf", linked.absolute("/iiif/3/manifests/" + object.reference()));
        thing.put("dateModified", object.updatedAt().toString());
        thing.put("publisher", linked.publisher());
        return thing;
    }
}
