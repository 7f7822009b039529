package org.turath.registry.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.turath.geo.CountryInfo;
import org.turath.geo.GeoApi;
import org.turath.registry.HeritageQuery;
import org.turath.registry.HeritageSummary;
import org.turath.registry.RegistryApi;
import org.turath.shared.Language;
import org.turath.shared.NotFoundException;
import org.turath.shared.Slice;

import java.util.Locale;
import java.util.Optional;

import static org.turath.web.WebConfiguration.LANG;

/** The member states and, for each, its heritage on the List. */
@Controller
class StatesController {

    private final GeoApi geo;
    private final RegistryApi registry;
    private final HeritageViews views;

    private final org.turath.web.LinkedData linked;

    StatesController(GeoApi geo, RegistryApi registry, HeritageViews views, org.turath.web.LinkedData linked) {
        this.linked = linked;
        this.geo = geo;
        this.registry = registry;
        this.views = views;
    }

    @GetMapping("/" + LANG + "/states")
    String states(@PathVariable Language lang, Model model) {
        model.addAttribute("states", geo.memberStates(lang));
        return "registry/states";
    }

    @GetMapping("/" + LANG + "/states/{iso2}")
    String state(@PathVariable Language lang, @PathVariable String iso2, @RequestParam Optional<String> cursor, Model model) {
        if (!iso2.matches("[A-Za-z]{2}")) {
            throw new NotFoundException("state");
        }
        CountryInfo country = geo.country(iso2).orElseThrow(() -> new NotFoundException("state"));
        HeritageQuery query = HeritageQuery.all(lang).inState(country.iso2()).after(cursor.filter(c -> !c.isBlank()).orElse(null));
        Slice<HeritageSummary> page = registry.list(query);
        model.addAttribute("country", country);
        model.addAttribute("countryName", country.name(lang));
        model.addAttribute("cards", views.cards(page.items(), lang));
        model.addAttribute("nextCursor", page.nextCursor().orElse(null));
        model.addAttribute("canonical", "/" + lang.tag() + "/states/" + country.iso2().toLowerCase(Locale.ROOT));
        java.util.Map<String, Object> thing = linked.thing("Country", "/" + lang.tag() + "/states/" + country.iso2().toLowerCase(Locale.ROOT));
        thing.put("identifier", country.iso2());
        thing.put("name", org.turath.web.LinkedData.texts(country.names()));
        thing.put("mainEntityOfPage", linked.pages("/states/" + country.iso2().toLowerCase(Locale.ROOT)));
        thing.put("containsPlace", page.items().stream().map(item -> java.util.Map.of("@id",
                linked.absolute("/id/heritage/" + item.reference()))).toList());
        model.addAttribute(org.turath.web.LinkedData.MODEL, linked.script(thing));
        return "registry/state";
    }
}
