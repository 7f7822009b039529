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

/** The home page: live counts of the List, its latest inscriptions, and the sections other modules add (news, trainings). */
@Controller
class HomeController {

    private static final int HIGHLIGHTS = 6;

    private final RegistryApi registry;
    private final HeritageViews views;
    private final java.util.List<org.turath.web.HomeSection> sections;

    HomeController(RegistryApi registry, HeritageViews views, java.util.List<org.turath.web.HomeSection> sections) {
        this.registry = registry;
        this.views = views;
        this.sections = sections.stream().sorted(java.util.Comparator.comparingInt(org.turath.web.HomeSection::order)).toList();
    }

    @GetMapping({"/" + LANG, "/" + LANG + "/"})
    String home(@PathVariable Language lang, Model model) {
        model.addAttribute("stats", registry.statistics());
        HeritageQuery latest = HeritageQuery.all(lang).sortedBy(HeritageSort.YEAR).withLimit(HIGHLIGHTS);
        model.addAttribute("highlights", views.cards(registry.list(latest).items(), lang));
        model.addAttribute("sections", sections.stream()
                .flatMap(section -> section.content(lang).map(content -> new org.turath.web.HomeSection.Drawn(section.template(), content)).stream())
                .toList());
        return "registry/home";
    }
}
