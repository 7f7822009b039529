package org.turath.collections.web;

import org.springframework.context.MessageSource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.turath.accounts.Actor;
import org.turath.collections.CollectionsApi;
import org.turath.collections.IiifPresentation;
import org.turath.collections.domain.CollectionObject;
import org.turath.collections.domain.ObjectImage;
import org.turath.collections.internal.CollectionDesk;
import org.turath.collections.internal.IiifImages;
import org.turath.collections.internal.ImageDesk;
import org.turath.museums.MuseumId;
import org.turath.museums.MuseumsApi;
import org.turath.shared.Language;
import org.turath.shared.LocalizedText;
import org.turath.shared.NotFoundException;
import org.turath.shared.RequestParameters;
import org.turath.web.LinkedData;
import org.turath.web.Slugs;
import tools.jackson.databind.json.JsonMapper;

import javax.imageio.ImageIO;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * IIIF for the collections: the Image API 3.0 (level 1) over each image's tiles at {@code /iiif/3/{image}}, and a
 * Presentation API 3.0 manifest per object at {@code /iiif/3/manifests/{object}} — labels and metadata in the three
 * languages, the credit as the required statement, the licence as {@code rights}, one canvas per image, pages turning
 * right to left for a manuscript in an Arabic script. Any IIIF viewer may open them from anywhere (CORS). Images of an
 * object not yet published are seen only by those who edit it.
 */
@RestController
class IiifController {

    static final String IMAGE_CONTEXT = "http://iiif.io/api/image/3/context.json";
    static final String PRESENTATION_CONTEXT = IiifPresentation.CONTEXT;
    private static final MediaType INFO = MediaType.parseMediaType("application/ld+json;profile=\"" + IMAGE_CONTEXT + "\"");
    private static final MediaType MANIFEST = IiifPresentation.MEDIA_TYPE;

    private final ImageDesk images;
    private final CollectionDesk desk;
    private final MuseumsApi museums;
    private final LinkedData linked;
    private final IiifPresentation presentation;
    private final JsonMapper json;

    IiifController(ImageDesk images, CollectionDesk desk, MuseumsApi museums, LinkedData linked,
                   IiifPresentation presentation, JsonMapper json) {
        this.images = images;
        this.desk = desk;
        this.museums = museums;
        this.linked = linked;
        this.presentation = presentation;
        this.json = json;
    }

    @GetMapping("/iiif/3/{id}")
    ResponseEntity<Void> base(@PathVariable String id) {
        UUID imageId = RequestParameters.pathId(id, "image");
        return ResponseEntity.status(HttpStatus.SEE_OTHER).header("Location", "/iiif/3/" + imageId + "/info.json")
                .header("Access-Control-Allow-Origin", "*").build();
    }

    @GetMapping("/iiif/3/{id}/info.json")
    ResponseEntity<String> info(@PathVariable String id, Authentication authentication) {
        ImageDesk.Shown shown = shown(id, authentication);
        return ResponseEntity.ok().contentType(INFO).cacheControl(caching(shown.object()))
                .header("Access-Control-Allow-Origin", "*")
                .body(json.writeValueAsString(info(shown)));
    }

    @GetMapping("/iiif/3/{id}/{region}/{size}/{rotation}/{file}")
    ResponseEntity<?> image(@PathVariable String id, @PathVariable String region, @PathVariable String size,
                            @PathVariable String rotation, @PathVariable String file, Authentication authentication) {
        int dot = file.lastIndexOf('.');
        if (dot < 1) {
            return problem(HttpStatus.BAD_REQUEST, "quality.format");
        }
        ImageDesk.Shown shown = shown(id, authentication);
        IiifImages.Answer answer;
        try {
            answer = images.answer(shown, region, size, rotation, file.substring(0, dot), file.substring(dot + 1));
        } catch (IiifImages.ImageRequestException e) {
            return problem(HttpStatus.valueOf(e.status()), e.getMessage());
        }
        ResponseEntity.BodyBuilder ok = ResponseEntity.ok().contentType(MediaType.IMAGE_JPEG).cacheControl(caching(shown.object()))
                .header("Access-Control-Allow-Origin", "*").header("X-Content-Type-Options", "nosniff")
                .header("Link", "<" + IMAGE_CONTEXT + ">;rel=\"profile\"");
        if (answer instanceof IiifImages.Answer.TileFile tile) {
            return ok.body(new FileSystemResource(tile.file()));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(((IiifImages.Answer.Drawn) answer).image(), "jpg", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ok.body(out.toByteArray());
    }

    @GetMapping("/iiif/3/manifests/{reference}")
    ResponseEntity<String> manifest(@PathVariable String reference, Authentication authentication) {
        CollectionObject object = (Slugs.valid(reference) ? desk.shown(reference) : Optional.<CollectionObject>empty())
                .orElseThrow(() -> new NotFoundException("object"));
        List<ObjectImage> ready = images.of(Optional.empty(), object.id()).stream()
                .filter(i -> i.status() == ObjectImage.Status.READY).toList();
        if (ready.isEmpty()) {
            // a manifest has at least one canvas: an object without a ready image has none yet
            throw new NotFoundException("manifest");
        }
        return ResponseEntity.ok().contentType(MANIFEST).cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic())
                .header("Access-Control-Allow-Origin", "*")
                .body(json.writeValueAsString(manifest(object, ready)));
    }

    private ImageDesk.Shown shown(String id, Authentication authentication) {
        return images.shown(Actor.of(authentication), RequestParameters.pathId(id, "image"))
                .orElseThrow(() -> new NotFoundException("image"));
    }

    private static CacheControl caching(CollectionObject object) {
        // tiles never change under an image's id; an unpublished object's stay out of shared caches
        return object.published() ? CacheControl.maxAge(Duration.ofDays(30)).cachePublic() : CacheControl.noStore();
    }

    private ResponseEntity<String> problem(HttpStatus status, String detail) {
        return ResponseEntity.status(status).contentType(MediaType.TEXT_PLAIN).header("Access-Control-Allow-Origin", "*")
                .body(status.value() + " " + status.getReasonPhrase() + ": " + detail + "\n");
    }

    private Map<String, Object> info(ImageDesk.Shown shown) {
        ObjectImage image = shown.image();
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("@context", IMAGE_CONTEXT);
        info.put("id", service(image));
        info.put("type", "ImageService3");
        info.put("protocol", "http://iiif.io/api/image");
        info.put("profile", "level1");
        info.put("width", image.width());
        info.put("height", image.height());
        info.put("maxWidth", IiifImages.MAX_SIDE);
        info.put("maxHeight", IiifImages.MAX_SIDE);
        info.put("tiles", List.of(Map.of("width", IiifImages.TILE, "height", IiifImages.TILE,
                "scaleFactors", images.scaleFactors(shown))));
        List<Map<String, Integer>> sizes = new ArrayList<>();
        for (int factor : images.scaleFactors(shown)) {
            int w = (image.width() + factor - 1) / factor;
            int h = (image.height() + factor - 1) / factor;
            if (w <= IiifImages.MAX_SIDE && h <= IiifImages.MAX_SIDE) {
                sizes.add(0, Map.of("width", w, "height", h));
            }
        }
        info.put("sizes", sizes);
        info.put("rights", image.licence().uri());
        return info;
    }

    private String service(ObjectImage image) {
        return linked.absolute("/iiif/3/" + image.id());
    }

    private Map<String, Object> manifest(CollectionObject object, List<ObjectImage> ready) {
        String id = linked.absolute("/iiif/3/manifests/" + object.reference());
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("@context", PRESENTATION_CONTEXT);
        manifest.put("id", id);
        manifest.put("type", "Manifest");
        manifest.put("label", IiifPresentation.languageMap(object.title()));
        Optional<MuseumsApi.MuseumSummary> museum = museums.find(new MuseumId(object.museumId()));
        List<Map<String, Object>> metadata = new ArrayList<>();
        entry(metadata, "collections.field.objectType", object.objectType());
        entry(metadata, "collections.field.materials", object.materials());
        entry(metadata, "collections.field.period", object.period());
        entry(metadata, "collections.field.maker", object.maker());
        entry(metadata, "collections.field.origin", object.origin());
        museum.ifPresent(m -> entry(metadata, "collections.field.museum", m.name()));
        entry(metadata, "collections.field.inventoryNumber", new LocalizedText(object.inventoryNumber(), object.inventoryNumber(),
                object.inventoryNumber()));
        if (object.inscription() != null) {
            Map<String, Object> inscription = new LinkedHashMap<>();
            inscription.put("label", presentation.label("collections.field.inscription"));
            inscription.put("value", Map.of(object.inscriptionLanguage(), List.of(object.inscription())));
            metadata.add(inscription);
        }
        manifest.put("metadata", metadata);
        if (!object.description().isEmpty()) {
            manifest.put("summary", IiifPresentation.languageMap(object.description()));
        }
        if (object.rightToLeft()) {
            manifest.put("viewingDirection", "right-to-left");
        }
        manifest.put("homepage", List.of(Map.of("id", linked.absolute("/" + Language.DEFAULT.tag() + "/collections/" + object.reference()),
                "type", "Text", "label", IiifPresentation.languageMap(object.title()), "format", "text/html")));
        manifest.put("provider", presentation.provider());
        // one licence and one credit for the manifest: the first image's (each canvas says its own as well)
        manifest.put("rights", ready.get(0).licence().uri());
        manifest.put("requiredStatement", presentation.credit(ready.get(0).credit()));
        List<Map<String, Object>> canvases = new ArrayList<>();
        for (ObjectImage image : ready) {
            canvases.add(presentation.canvas(id, image.position(), new CollectionsApi.ShownImage(image.id(), image.width(), image.height(),
                    image.credit(), image.licence().uri(), image.alt()), image.alt()));
        }
        manifest.put("items", canvases);
        return manifest;
    }

    private void entry(List<Map<String, Object>> metadata, String key, LocalizedText value) {
        if (value == null || value.isEmpty()) {
            return;
        }
        metadata.add(Map.of("label", presentation.label(key), "value", IiifPresentation.languageMap(value)));
    }
}
