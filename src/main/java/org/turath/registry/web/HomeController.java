package org.turath.registry.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.turath.registry.HeritageQuery;
import org.turath.registry.HeritageSort;
import org.turath.registry.RegistryApi;
import org.turath.shared.Language;

import static org.turath.shared.web.WebConfiguration.LANG;

/** The home page: live counts of the List and its latest inscriptions. */
@Controller
class HomeController {

    private static final int HIGHLIGHTS = 6;

    private final RegistryApi registry;
    private final HeritageViews views;

    HomeController(RegistryApi registry, HeritageViews views) {
        this.registry = registry;
        this.views = views;
    }

    @GetMapping({"/" + LANG, "/" + LANG + "/"})
    String home(@PathVariable Language lang, Model model) {
        model.addAttribute("stats", registry.statistics());
        HeritageQuery latest = HeritageQuery.all(lang).sortedBy(HeritageSort.YEAR).withLimit(HIGHLIGHTS);
        model.addAttribute("highlights", views.cards(registry.list(latest).items(), lang));
        return "registry/home";
    }
}
