package org.turath.registry.web;

import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
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
    private final org.turath.registry.HeritageLinkedData linkedData;
    private final org.turath.web.LinkedData linked;
    private final RelatedCards relatedCards;
    private final org.turath.pagecache.KeptModels keptModels;
    private final org.turath.registry.internal.pages.ListingPages listings;

    HeritageController(RegistryApi registry, GeoApi geo, HeritageViews views, JsonMapper json,
                       MapSettings mapSettings, org.turath.registry.HeritageLinkedData linkedData,
                       org.turath.web.LinkedData linked, RelatedCards relatedCards, org.turath.pagecache.KeptModels keptModels,
                       org.turath.registry.internal.pages.ListingPages listings) {
        this.keptModels = keptModels;
        this.listings = listings;
        this.relatedCards = relatedCards;
        this.linkedData = linkedData;
        this.linked = linked;
        this.registry = registry;
        this.geo = geo;
        this.views = views;
        this.json = json;
        this.mapSettings = mapSettings;
    }

    /** The keys of the pages whose model is kept ({@link org.turath.pagecache.KeptModels}). */
    private record ItemPage(String reference, Language lang) {
    }

    private record ListPage(ListParameters filters, Language lang) {
    }

    @GetMapping("/" + LANG + "/heritage")
    String list(@PathVariable Language lang, @ModelAttribute("filters") ListParameters filters, Model model) {
        HeritageQuery query = filters.toQuery(lang);
        // what the List shows is read once per choice of filters and stamp of the List's pages
        model.addAllAttributes(keptModels.get(new ListPage(filters, lang), listings.current(), () -> listModel(filters, query, lang)));
        return "registry/list";
    }

    private Map<String, Object> listModel(ListParameters filters, HeritageQuery query, Language lang) {
        Map<String, Object> model = new LinkedHashMap<>();
        Slice<HeritageSummary> page = registry.list(query);
        model.put("cards", views.cards(page.items(), lang));
        model.put("nextCursor", page.nextCursor().orElse(null));
        model.put("filtered", filters.any());
        model.put("memberStates", geo.memberStates(lang));
        model.put("kinds", Arrays.stream(HeritageKind.values()).map(HeritageViews::enumKey).toList());
        model.put("statuses", Arrays.stream(HeritageStatus.values()).map(HeritageViews::enumKey).toList());
        model.put("sorts", Arrays.stream(HeritageSort.values()).map(HeritageViews::enumKey).toList());
        model.put("criteria", registry.criteria(UNESCO_CRITERIA).stream()
                .map(criterion -> Map.entry(criterion.key(), HeritageViews.criterion(criterion, lang))).toList());
        model.put(org.turath.web.LinkedData.MODEL, linked.script(linked.listing("CollectionPage", "/" + lang.tag() + "/heritage",
                lang, "heritage.list.title", null, null, page.items().stream()
                        .map(item -> Map.entry("/" + lang.tag() + "/heritage/" + item.reference(), item.name())).toList())));
        return model;
    }

    /**
     * An item's page. What it shows is read in one read-only transaction: one connection and one snapshot for the
     * item, its images and every module's section (each of which would otherwise take a connection and a commit of
     * its own), and the item loaded once for all of them.
     */
    @GetMapping("/" + LANG + "/heritage/{reference}")
    @Transactional(readOnly = true)
    String item(@PathVariable Language lang, @PathVariable String reference, Model model,
                org.springframework.web.context.request.WebRequest request, java.security.Principal principal,
                jakarta.servlet.http.HttpServletResponse response) {
        // the same address gives JSON-LD to a client that asks for it: caches keep the two apart
        org.turath.web.LinkedData.variesByAccept(response);
        if (!REFERENCE.matcher(reference).matches()) {
            throw new NotFoundException("heritage item");
        }
        // the same stamp tells whether the record's part of the page, drawn for an earlier reader, is still right
        String stamp = registry.publicStamp(reference).orElseThrow(() -> new NotFoundException("heritage item"));
        // visitors' pages differ only by item, language and deployment: a repeat visit is answered from the
        // stamp, before any rendering (signed-in pages keep the body-hash ETag)
        if (principal == null && request.checkNotModified(pageTag(reference, lang, stamp))) {
            return null;
        }
        // the same stamp tells whether what the page shows, read and drawn for an earlier reader, is still right
        model.addAttribute("keptPart", reference + "|" + lang.tag() + "|" + stamp);
        model.addAllAttributes(keptModels.get(new ItemPage(reference, lang), stamp, () -> itemModel(reference, lang)));
        return "registry/item";
    }

    /**
     * What an item's page shows: the item, its images, the related items, every module's section, its card for
     * sharing, its map and its linked data.
     */
    private Map<String, Object> itemModel(String reference, Language lang) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        var item = registry.find(reference).orElseThrow(() -> new NotFoundException("heritage item"));
        HeritageViews.Page page = views.page(item, lang);
        attributes.put("item", page);
        List<org.turath.registry.MediaInfo> media = registry.images(reference);
        List<ImageView> images = media.stream().map(image -> new ImageView(image.href(),
                image.thumbnail(), image.caption().resolve(lang).orElse(null), image.credit(), image.width(), image.height(),
                image.medium(), image.srcset(), image.licence())).toList();
        attributes.put("images", images);
        attributes.put("banner", HeritageViews.banner(reference));
        attributes.put("related", related(page, lang));
        attributes.put("sections", registry.sections().stream()
                .flatMap(section -> section.content(reference, lang)
                        .map(content -> new org.turath.registry.HeritageSection.Drawn(section.template(), content, section.anchor(),
                                section.linkKey())).stream())
                .toList());
        attributes.put("og", new org.turath.web.PageCard(page.name().text(),
                page.description().map(description -> org.turath.shared.PlainText.of(description.html().html())).orElse(null),
                images.isEmpty() ? null : images.get(0).href()));
        attributes.put("mapData", json.writeValueAsString(mapData(page)));
        attributes.put("mapSettings", mapSettings);
        attributes.put(org.turath.web.LinkedData.MODEL, linked.script(linkedData.describe(item, media)));
        return attributes;
    }

    /** The same item as linked data, for a client that asks its page's address for JSON-LD. */
    @GetMapping(path = "/" + LANG + "/heritage/{reference}", produces = org.turath.web.LinkedData.MEDIA_TYPE)
    org.springframework.http.ResponseEntity<String> itemAsLinkedData(@PathVariable Language lang, @PathVariable String reference) {
        var item = registry.find(reference).orElseThrow(() -> new NotFoundException("heritage item"));
        return linked.answer(linkedData.describe(item, registry.images(reference)));
    }

    /**
     * The item's address that names the thing, not a page: {@code /id/heritage/IWH-0042} sends a browser to its page
     * in the language it prefers (Arabic first) and a linked-data client to the JSON-LD (303 See Other).
     */
    @GetMapping("/id/heritage/{reference}")
    org.springframework.http.ResponseEntity<Void> thing(@PathVariable String reference,
                                                        @org.springframework.web.bind.annotation.RequestHeader(value = "Accept", required = false) String accept,
                                                        jakarta.servlet.http.HttpServletRequest request) {
        if (!REFERENCE.matcher(reference).matches() || registry.publicStamp(reference).isEmpty()) {
            throw new NotFoundException("heritage item");
        }
        boolean data = accept != null && (accept.contains(org.turath.web.LinkedData.MEDIA_TYPE) || accept.contains("application/json"))
                && !accept.contains("text/html");
        String target = data ? "/api/v1/heritage/" + reference + ".jsonld"
                : "/" + preferred(request).tag() + "/heritage/" + reference;
        return org.springframework.http.ResponseEntity.status(org.springframework.http.HttpStatus.SEE_OTHER)
                .location(java.net.URI.create(target)).varyBy(org.springframework.http.HttpHeaders.ACCEPT,
                        org.springframework.http.HttpHeaders.ACCEPT_LANGUAGE).build();
    }

    /** The first of the portal's languages the request's Accept-Language names, Arabic when none. */
    private static Language preferred(jakarta.servlet.http.HttpServletRequest request) {
        if (request.getHeader(org.springframework.http.HttpHeaders.ACCEPT_LANGUAGE) == null) {
            return Language.DEFAULT;
        }
        for (java.util.Enumeration<java.util.Locale> locales = request.getLocales(); locales.hasMoreElements(); ) {
            java.util.Optional<Language> language = Language.fromTag(locales.nextElement().getLanguage());
            if (language.isPresent()) {
                return language.get();
            }
        }
        return Language.DEFAULT;
    }

    /** Other heritage of the item's first state (three at most). */
    private List<HeritageViews.Card> related(HeritageViews.Page page, Language lang) {
        if (page.states().isEmpty()) {
            return List.of();
        }
        return relatedCards.besides(page.reference(), page.states().get(0).iso2(), lang);
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
