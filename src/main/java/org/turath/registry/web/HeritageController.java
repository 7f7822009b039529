package org.turath.registry.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.turath.geo.GeoApi;
import org.turath.registry.HeritageKind;
import org.turath.registry.HeritageQuery;
import org.turath.registry.HeritageSort;
import org.turath.registry.HeritageStatus;
import org.turath.registry.ListParameters;
import org.turath.registry.RegistryApi;
import org.turath.shared.Language;
import org.turath.shared.NotFoundException;
import org.turath.shared.Slice;
import org.turath.web.MapSettings;
import org.turath.registry.HeritageSummary;
import tools.jackson.databind.json.JsonMapper;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.turath.web.WebConfiguration.LANG;

/** The List, filtered and paged, and the page of each heritage item. */
@Controller
class HeritageController {

    private static final Pattern REFERENCE = Pattern.compile("[A-Z]{2,5}-\\d{1,9}");
    private static final String UNESCO_CRITERIA = "UNESCO";

    private final RegistryApi registry;
    private final GeoApi geo;
    private final HeritageViews views;
    private final JsonMapper json;
    private final MapSettings mapSettings;

    HeritageController(RegistryApi registry, GeoApi geo, HeritageViews views, JsonMapper json,
                       MapSettings mapSettings) {
        this.registry = registry;
        this.geo = geo;
        this.views = views;
        this.json = json;
        this.mapSettings = mapSettings;
    }

    @GetMapping("/" + LANG + "/heritage")
    String list(@PathVariable Language lang, @ModelAttribute("filters") ListParameters filters, Model model) {
        HeritageQuery query = filters.toQuery(lang);
        Slice<HeritageSummary> page = registry.list(query);
        model.addAttribute("cards", views.cards(page.items(), lang));
        model.addAttribute("nextCursor", page.nextCursor().orElse(null));
        model.addAttribute("filtered", filters.any());
        model.addAttribute("memberStates", geo.memberStates(lang));
        model.addAttribute("kinds", Arrays.stream(HeritageKind.values()).map(HeritageViews::enumKey).toList());
        model.addAttribute("statuses", Arrays.stream(HeritageStatus.values()).map(HeritageViews::enumKey).toList());
        model.addAttribute("sorts", Arrays.stream(HeritageSort.values()).map(HeritageViews::enumKey).toList());
        model.addAttribute("criteria", registry.criteria(UNESCO_CRITERIA).stream()
                .map(criterion -> Map.entry(criterion.key(), HeritageViews.criterion(criterion, lang))).toList());
        return "registry/list";
    }

    @GetMapping("/" + LANG + "/heritage/{reference}")
    String item(@PathVariable Language lang, @PathVariable String reference, Model model,
                org.springframework.web.context.request.WebRequest request, java.security.Principal principal) {
        if (!REFERENCE.matcher(reference).matches()) {
            throw new NotFoundException("heritage item");
        }
        if (principal == null) {
            // visitors' pages differ only by item, language and deployment: a repeat visit is answered
            // from a cheap stamp, before any rendering (signed-in pages keep the body-hash ETag)
            String stamp = registry.publicStamp(reference).orElseThrow(() -> new NotFoundException("heritage item"));
            if (request.checkNotModified(pageTag(reference, lang, stamp))) {
                return null;
            }
        }
        var item = registry.find(reference).orElseThrow(() -> new NotFoundException("heritage item"));
        HeritageViews.Page page = views.page(item, lang);
        model.addAttribute("item", page);
        List<ImageView> images = registry.images(reference).stream().map(image -> new ImageView(image.href(),
                image.thumbnail(), image.caption().resolve(lang).orElse(null), image.credit(), image.width(), image.height(),
                image.medium(), image.srcset(), image.licence())).toList();
        model.addAttribute("images", images);
        model.addAttribute("banner", HeritageViews.banner(reference));
        model.addAttribute("related", related(page, lang));
        model.addAttribute("og", new org.turath.web.PageCard(page.name().text(),
                page.description().map(description -> org.turath.shared.PlainText.of(description.html().html())).orElse(null),
                images.isEmpty() ? null : images.get(0).href()));
        model.addAttribute("mapData", json.writeValueAsString(mapData(page)));
        model.addAttribute("mapSettings", mapSettings);
        return "registry/item";
    }

    /** Other heritage of the item's first state (three at most). */
    private List<HeritageViews.Card> related(HeritageViews.Page page, Language lang) {
        if (page.states().isEmpty()) {
            return List.of();
        }
        HeritageQuery sameState = HeritageQuery.all(lang).inState(page.states().get(0).iso2()).withLimit(4);
        return views.cards(registry.list(sameState).items().stream()
                .filter(other -> !other.reference().equals(page.reference())).limit(3).toList(), lang);
    }

    /** The banner of an item without a photograph: its pattern depends only on its reference and kind. */
    @GetMapping(value = "/art/heritage/{reference}.svg", produces = "image/svg+xml")
    @org.springframework.web.bind.annotation.ResponseBody
    org.springframework.http.ResponseEntity<String> banner(@PathVariable String reference) {
        if (!REFERENCE.matcher(reference).matches()) {
            throw new NotFoundException("heritage item");
        }
        var item = registry.find(reference).orElseThrow(() -> new NotFoundException("heritage item"));
        return org.springframework.http.ResponseEntity.ok()
                .cacheControl(org.springframework.http.CacheControl.maxAge(java.time.Duration.ofDays(1)).cachePublic())
                .contentType(org.springframework.http.MediaType.valueOf("image/svg+xml"))
                .body(HeritageArt.banner(reference, item.kind()));
    }

    /** When this node started: a new deployment may render the same item differently. */
    private static final String STARTED = Long.toHexString(System.currentTimeMillis());

    private static String pageTag(String reference, Language lang, String stamp) {
        String source = reference + "|" + lang.tag() + "|" + stamp + "|" + STARTED;
        // weak, as every page's: the same page goes out gzipped or not
        return "W/\"" + org.springframework.util.DigestUtils.md5DigestAsHex(source.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                + "\"";
    }

    /** An image on the item's page, its caption in the reader's language (or a marked fallback). */
    record ImageView(String href, String thumbnail, org.turath.shared.Localized caption, String credit, int width, int height,
                     String medium, String srcset, org.turath.registry.ImageLicence licence) {
    }

    /** The markers of the item's map: the property itself and each located component. */
    private static List<Map<String, Object>> mapData(HeritageViews.Page page) {
        List<Map<String, Object>> markers = new java.util.ArrayList<>();
        if (page.latitude() != null && page.longitude() != null) {
            markers.add(marker(page.name().text(), page.latitude(), page.longitude()));
        }
        for (HeritageViews.ComponentView component : page.components()) {
            if (component.latitude() != null && component.longitude() != null) {
                markers.add(marker(component.name().text(), component.latitude(), component.longitude()));
            }
        }
        return markers;
    }

    private static Map<String, Object> marker(String name, double latitude, double longitude) {
        Map<String, Object> marker = new LinkedHashMap<>();
        marker.put("name", name);
        marker.put("lat", latitude);
        marker.put("lon", longitude);
        return marker;
    }
}
