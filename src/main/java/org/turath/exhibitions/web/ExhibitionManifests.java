package org.turath.exhibitions.web;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.turath.collections.CollectionsApi;
import org.turath.collections.IiifPresentation;
import org.turath.exhibitions.domain.Exhibition;
import org.turath.exhibitions.internal.ExhibitionDesk;
import org.turath.shared.Language;
import org.turath.shared.NotFoundException;
import org.turath.web.LinkedData;
import org.turath.web.Slugs;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A IIIF Presentation 3.0 manifest per published exhibition at {@code /iiif/3/manifests/exhibitions/{exhibition}}: its
 * title and introduction in three languages, one canvas per image of each published object it shows (in the order of
 * its sections), each canvas with its object's title, credit and licence. Any IIIF viewer may open it (CORS).
 */
@RestController
class ExhibitionManifests {

    private final ExhibitionDesk desk;
    private final ExhibitionViews views;
    private final IiifPresentation presentation;
    private final LinkedData linked;
    private final JsonMapper json;

    ExhibitionManifests(ExhibitionDesk desk, ExhibitionViews views, IiifPresentation presentation, LinkedData linked, JsonMapper json) {
        this.desk = desk;
        this.views = views;
        this.presentation = presentation;
        this.linked = linked;
        this.json = json;
    }

    @GetMapping("/iiif/3/manifests/exhibitions/{reference}")
    ResponseEntity<String> manifest(@PathVariable String reference) {
        Exhibition exhibition = (Slugs.valid(reference) ? desk.shown(reference) : Optional.<Exhibition>empty())
                .orElseThrow(() -> new NotFoundException("exhibition"));
        String id = linked.absolute("/iiif/3/manifests/exhibitions/" + exhibition.reference());
        List<Map<String, Object>> canvases = new ArrayList<>();
        String firstCredit = null;
        String firstRights = null;
        for (CollectionsApi.ShownObject object : views.objects(exhibition)) {
            for (CollectionsApi.ShownImage image : object.images()) {
                canvases.add(presentation.canvas(id, canvases.size() + 1, image, object.title()));
                firstCredit = firstCredit == null ? image.credit() : firstCredit;
                firstRights = firstRights == null ? image.rights() : firstRights;
            }
        }
        if (canvases.isEmpty()) {
            // a manifest has at least one canvas: an exhibition showing no object with an image has none
            throw new NotFoundException("manifest");
        }
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("@context", IiifPresentation.CONTEXT);
        manifest.put("id", id);
        manifest.put("type", "Manifest");
        manifest.put("label", IiifPresentation.languageMap(exhibition.title()));
        if (!exhibition.introduction().isEmpty()) {
            manifest.put("summary", IiifPresentation.languageMap(exhibition.introduction()));
        }
        manifest.put("metadata", List.of(Map.of("label", presentation.label("exhibitions.field.kind"),
                "value", presentation.label("exhibitions.kind." + exhibition.kind().name()))));
        if (exhibition.rightToLeft()) {
            manifest.put("viewingDirection", "right-to-left");
        }
        manifest.put("homepage", List.of(Map.of("id", linked.absolute("/" + Language.DEFAULT.tag() + "/exhibitions/" + exhibition.reference()),
                "type", "Text", "label", IiifPresentation.languageMap(exhibition.title()), "format", "text/html")));
        manifest.put("provider", presentation.provider());
        // the first image's licence and credit for the whole; each canvas says its own
        manifest.put("rights", firstRights);
        manifest.put("requiredStatement", presentation.credit(firstCredit));
        manifest.put("items", canvases);
        return ResponseEntity.ok().contentType(IiifPresentation.MEDIA_TYPE).cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic())
                .header("Access-Control-Allow-Origin", "*").body(json.writeValueAsString(manifest));
    }
}
