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

    private final org.turath.pagecache.KeptModels keptModels;
    private final org.turath.registry.internal.pages.ListingPages listings;

    StatesController(GeoApi geo, RegistryApi registry, HeritageViews views, org.turath.web.LinkedData linked,
                     org.turath.pagecache.KeptModels keptModels, org.turath.registry.internal.pages.ListingPages listings) {
        this.linked = linked;
        this.keptModels = keptModels;
        this.listings = listings;
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
        String after = cursor.filter(c -> !c.isBlank()).orElse(null);
        // what a state's page shows is read once per page of it and stamp of the List's pages
        model.addAllAttributes(keptModels.get(new StatePage(country.iso2(), after, lang), listings.current(),
                () -> stateModel(country, after, lang)));
        return "registry/state";
    }

    /** The key of a state's page's model ({@link org.turath.pagecache.KeptModels}). */
    private record StatePage(String iso2, String after, Language lang) {
    }

    private java.util.Map<String, Object> stateModel(CountryInfo country, String after, Language lang) {
        java.util.Map<String, Object> model = new java.util.LinkedHashMap<>();
        HeritageQuery query = HeritageQuery.all(lang).inState(country.iso2()).after(after);
        Slice<HeritageSummary> page = registry.list(query);
        model.put("country", country);
        model.put("countryName", country.name(lang));
        model.put("cards", views.cards(page.items(), lang));
        model.put("nextCursor", page.nextCursor().orElse(null));
        model.put("canonical", "/" + lang.tag() + "/states/" + country.iso2().toLowerCase(Locale.ROOT));
        java.util.Map<String, Object> thing = linked.thing("Country", "/" + lang.tag() + "/states/" + country.iso2().toLowerCase(Locale.ROOT));
        thing.put("identifier", country.iso2());
        thing.put("name", org.turath.web.LinkedData.texts(country.names()));
        thing.put("mainEntityOfPage", linked.pages("/states/" + country.iso2().toLowerCase(Locale.ROOT)));
        thing.put("containsPlace", page.items().stream().map(item -> java.util.Map.of("@id",
                linked.absolute("/id/heritage/" + item.reference()))).toList());
        model.put(org.turath.web.LinkedData.MODEL, linked.script(thing));
        return model;
    }
}
