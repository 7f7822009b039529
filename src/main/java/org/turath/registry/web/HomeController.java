package org.turath.registry.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.turath.registry.HeritageQuery;
import org.turath.registry.HeritageSort;
import org.turath.registry.RegistryApi;
import org.turath.shared.Language;

import static org.turath.web.WebConfiguration.LANG;

/**
 * The home page: the List's figures, featured heritage (chosen by the centre: {@code turath.home.featured}), the map,
 * the latest inscriptions, and the sections other modules add (news, coming trainings).
 */
@Controller
class HomeController {

    private static final int HIGHLIGHTS = 6;

    private final RegistryApi registry;
    private final HeritageViews views;
    private final java.util.List<org.turath.web.HomeSection> sections;
    private final java.util.List<String> featured;

    private final org.turath.web.LinkedData linked;
    private final org.turath.pagecache.KeptModels keptModels;
    private final org.turath.registry.internal.pages.ListingPages.HomePages homePages;

    HomeController(RegistryApi registry, HeritageViews views, java.util.List<org.turath.web.HomeSection> sections,
                   @org.springframework.beans.factory.annotation.Value("${turath.home.featured:}") java.util.List<String> featured,
                   org.turath.web.LinkedData linked, org.turath.pagecache.KeptModels keptModels,
                   org.turath.registry.internal.pages.ListingPages.HomePages homePages) {
        this.linked = linked;
        this.keptModels = keptModels;
        this.homePages = homePages;
        this.registry = registry;
        this.views = views;
        this.featured = featured.stream().map(String::strip).filter(reference -> !reference.isEmpty()).toList();
        this.sections = sections.stream().sorted(java.util.Comparator.comparingInt(org.turath.web.HomeSection::order)).toList();
    }

    /** The key of the home page's model ({@link org.turath.pagecache.KeptModels}). */
    private record HomePage(Language lang) {
    }

    /** The home page: what it shows read once per language and stamp of the home page (the List's and its sections'). */
    @GetMapping({"/" + LANG, "/" + LANG + "/"})
    String home(@PathVariable Language lang, Model model) {
        model.addAllAttributes(keptModels.get(new HomePage(lang), homePages.current(), () -> homeModel(lang)));
        return "registry/home";
    }

    private java.util.Map<String, Object> homeModel(Language lang) {
        java.util.Map<String, Object> model = new java.util.LinkedHashMap<>();
        var statistics = registry.statistics();
        model.put("stats", statistics);
        model.put("kinds", java.util.Arrays.stream(org.turath.registry.HeritageKind.values())
                .filter(kind -> statistics.ofKind(kind) > 0)
                .map(kind -> java.util.Map.entry(HeritageViews.enumKey(kind), statistics.ofKind(kind))).toList());
        model.put("featured", views.cards(registry.summaries(featured), lang));
        HeritageQuery latest = HeritageQuery.all(lang).sortedBy(HeritageSort.YEAR).withLimit(HIGHLIGHTS);
        model.put("highlights", views.cards(registry.list(latest).items(), lang));
        model.put("sections", sections.stream()
                .flatMap(section -> section.content(lang).map(content -> new org.turath.web.HomeSection.Drawn(section.template(), content)).stream())
                .toList());
        // the portal as a web site with its search, published by the centre
        java.util.Map<String, Object> site = linked.thing("WebSite", "/#website");
        site.put("name", linked.publisher().get("name"));
        site.put("url", linked.absolute("/" + lang.tag() + "/"));
        site.put("inLanguage", java.util.List.of("ar", "en", "fr"));
        site.put("potentialAction", java.util.Map.of("@type", "SearchAction",
                "target", linked.absolute("/" + lang.tag() + "/search?q={search_term_string}"),
                "query-input", "required name=search_term_string"));
        site.put("publisher", linked.publisher());
        model.put(org.turath.web.LinkedData.MODEL, linked.script(site));
        return model;
    }
}
