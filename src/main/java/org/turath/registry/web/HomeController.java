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

    HomeController(RegistryApi registry, HeritageViews views, java.util.List<org.turath.web.HomeSection> sections,
                   @org.springframework.beans.factory.annotation.Value("${turath.home.featured:}") java.util.List<String> featured,
                   org.turath.web.LinkedData linked) {
        this.linked = linked;
        this.registry = registry;
        this.views = views;
        this.featured = featured.stream().map(String::strip).filter(reference -> !reference.isEmpty()).toList();
        this.sections = sections.stream().sorted(java.util.Comparator.comparingInt(org.turath.web.HomeSection::order)).toList();
    }

    @GetMapping({"/" + LANG, "/" + LANG + "/"})
    String home(@PathVariable Language lang, Model model) {
        var statistics = registry.statistics();
        model.addAttribute("stats", statistics);
        model.addAttribute("kinds", java.util.Arrays.stream(org.turath.registry.HeritageKind.values())
                .filter(kind -> statistics.ofKind(kind) > 0)
                .map(kind -> java.util.Map.entry(HeritageViews.enumKey(kind), statistics.ofKind(kind))).toList());
        model.addAttribute("featured", views.cards(registry.summaries(featured), lang));
        HeritageQuery latest = HeritageQuery.all(lang).sortedBy(HeritageSort.YEAR).withLimit(HIGHLIGHTS);
        model.addAttribute("highlights", views.cards(registry.list(latest).items(), lang));
        model.addAttribute("sections", sections.stream()
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
        model.addAttribute(org.turath.web.LinkedData.MODEL, linked.script(site));
        return "registry/home";
    }
}
