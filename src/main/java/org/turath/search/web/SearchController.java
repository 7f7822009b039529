package org.turath.search.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.turath.geo.LocatorMaps;
import org.turath.geo.OverviewMap;
import org.turath.registry.RegistryApi;
import org.turath.search.MapMarker;
import org.turath.search.SearchApi;
import org.turath.search.SearchParameters;
import org.turath.search.SearchQuery;
import org.turath.search.SearchResult;
import org.turath.shared.Language;
import org.turath.web.MapSettings;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.util.UriComponentsBuilder;

import static org.turath.web.WebConfiguration.LANG;

/** The search results page, the map of results, and the header box's suggestions. */
@Controller
class SearchController {

    private static final int SUGGESTIONS = 8;
    /** The most results the map's first view draws: as many as the interactive map shows (the markers API's cap). */
    private static final int OVERVIEW_PLACES = 20_000;

    private final SearchApi search;
    private final RegistryApi registry;
    private final SearchViews views;
    private final MapSettings mapSettings;
    private final java.util.List<org.turath.web.MapLayer> layers;
    private final org.turath.web.LinkedData linked;
    private final LocatorMaps maps;

    SearchController(SearchApi search, RegistryApi registry, SearchViews views, MapSettings mapSettings,
                     java.util.List<org.turath.web.MapLayer> layers, org.turath.web.LinkedData linked, LocatorMaps maps) {
        this.linked = linked;
        this.maps = maps;
        this.layers = java.util.List.copyOf(layers);
        this.search = search;
        this.registry = registry;
        this.views = views;
        this.mapSettings = mapSettings;
    }

    @GetMapping("/" + LANG + "/search")
    String results(@PathVariable Language lang, @ModelAttribute("params") SearchParameters params, Model model) {
        fill(model, query(params, lang), lang, "/search");
        return "search/results";
    }

    @GetMapping("/" + LANG + "/map")
    String map(@PathVariable Language lang, @ModelAttribute("params") SearchParameters params, HttpServletRequest request,
               Model model) {
        // the list beside the map shows what the map shows: located results only
        SearchQuery located = query(params, lang).locatedOnly();
        fill(model, located, lang, "/map");
        // the first view, drawn here: where the results are, without the map library (loaded when the reader explores)
        OverviewMap.Box frame = params.box() == null || params.box().isBlank() ? null : located.box()
                .map(box -> new OverviewMap.Box(box.south(), box.west(), box.north(), box.east())).orElse(null);
        java.util.List<OverviewMap.Place> places = new java.util.ArrayList<>(search.positions(located, OVERVIEW_PLACES).stream()
                .map(SearchController::place).toList());
        // other modules' layers (museums…), shown from the start as the interactive map shows them
        for (org.turath.web.MapLayer layer : layers) {
            layer.positions().get().forEach(position -> places.add(new OverviewMap.Place(position.latitude(),
                    position.longitude(), "kind-" + layer.key())));
        }
        model.addAttribute("overview", maps.overview(places, frame));
        String query = request.getQueryString();
        model.addAttribute("markersUrl", UriComponentsBuilder.fromPath("/api/v1/search/markers").query(query)
                .replaceQueryParam("cursor").replaceQueryParam("lang", lang.tag()).build().toUriString());
        model.addAttribute("areaUrl", UriComponentsBuilder.fromPath("/" + lang.tag() + "/map").query(query)
                .replaceQueryParam("cursor").replaceQueryParam("box").build().toUriString());
        model.addAttribute("mapSettings", mapSettings);
        model.addAttribute("layers", layers);
        model.addAttribute("kinds", java.util.Arrays.stream(org.turath.registry.HeritageKind.values())
                .map(kind -> kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')).toList());
        return "search/map";
    }

    /** A result on the first view, drawn in its kind's colour, ringed when in danger (as js/base-map.js draws markers). */
    private static OverviewMap.Place place(MapMarker.Position result) {
        String kind = result.kind() == null ? "" : "kind-" + result.kind().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        String style = "IN_DANGER".equals(result.status()) ? (kind + " in-danger").strip() : kind;
        return new OverviewMap.Place(result.latitude(), result.longitude(), style);
    }

    /** Options for the header box's datalist (htmx swaps them in while the reader types). */
    @GetMapping("/" + LANG + "/search/suggest")
    String suggest(@PathVariable Language lang, @RequestParam(name = "q", required = false) String q, Model model) {
        model.addAttribute("suggestions", search.suggest(q, lang, SUGGESTIONS));
        return "search/suggestions :: content";
    }

    private SearchQuery query(SearchParameters params, Language lang) {
        return params.toQuery(lang, registry::coordinates);
    }

    private void fill(Model model, SearchQuery query, Language lang, String path) {
        SearchResult result = search.search(query);
        // the page as linked data: what it lists, in order, and how many results there are in all
        model.addAttribute(org.turath.web.LinkedData.MODEL, linked.script(linked.listing(
                "/map".equals(path) ? "CollectionPage" : "SearchResultsPage", "/" + lang.tag() + path, lang,
                "/map".equals(path) ? "map.title" : query.text().isPresent() ? "search.title.for" : "search.title",
                query.text().map(text -> new Object[]{text}).orElse(null), result.total(), result.hits().stream()
                        .map(hit -> java.util.Map.entry("/" + lang.tag() + hit.page(), hit.name())).toList())));
        model.addAttribute("query", query);
        model.addAttribute("total", result.total());
        model.addAttribute("hits", views.hits(result, lang));
        model.addAttribute("facets", views.facets(result, lang));
        model.addAttribute("nextCursor", result.nextCursor().orElse(null));
        model.addAttribute("sorts", java.util.Arrays.stream(org.turath.search.SearchSort.values())
                .filter(sort -> sort != org.turath.search.SearchSort.DISTANCE || query.near().isPresent())
                .map(Enum::name).toList());
    }

    /** The map of the List, for sitemaps. */
    @org.springframework.context.annotation.Bean
    static org.turath.web.PublicPages mapLandings() {
        return org.turath.web.PublicPages.landingsOnly("map", "/map");
    }
}
